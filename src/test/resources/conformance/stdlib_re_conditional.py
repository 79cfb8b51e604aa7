# re: conditional groups (?(id)yes|no) and Python-vs-Java regex differences.
import re
tests = [
    (r'(<)?(\w+)(?(1)>|$)', ['<user>', 'user', '<user', 'user>']),
    (r'(?P<q>")?\w+(?(q)")', ['"abc"', 'abc', '"abc']),
    (r'(a)?b(?(1)c|d)', ['abc', 'bd', 'abd', 'bc']),
    (r'\d+(?=px)', ['10px', '10em']),
    (r'(?<=\$)\d+', ['$42', '42']),
    (r'[\w\-]+@[\w.]+', ['a-b@x.org']),
    (r'\bfoo\b', ['a foo b', 'foobar']),
    (r'(?i)straße', ['STRASSE', 'Straße']),
    (r'\Z', ['abc\n']),
    (r'a$', ['a\n', 'a']),
    (r'[[]', ['[']),
    (r'[]a]', [']']),
    (r'\x41\u0042\N{LATIN SMALL LETTER C}', ['ABc']),
    (r'(?x) a  b # comment', ['ab']),
    (r'(a)|b', ['b']),
    (r'(?s).+', ['a\nb']),
    (r'\s+', ['\x1c\x1d', '\u00a0', '\x0b']),
    (r'\d', ['\u0663']),
    (r'[^\W\d]+', ['abc123']),
    (r'(?a)\w+', ['héllo']),
    (r'\w+', ['héllo']),
    (r'(?P<a>x)(?P=a)', ['xx']),
    (r'(a*)*b', ['aab']),
    (r'a{,3}', ['aaaa']),
    (r'a{2}?', ['aaa']),
    (r'\1(a)', ['aa']),
    (r'[a-\d]', ['-']),
    (r'(?<!a)b', ['ab', 'cb']),
    (r'$', ['a\nb\n']),
]
for pat, subjects in tests:
    try:
        rx = re.compile(pat)
    except re.error as e:
        print(pat, 'error:', e)
        continue
    for s in subjects:
        m = rx.search(s)
        print(repr(pat), repr(s), m and (m.group(0), m.span(), m.groups()))
print(re.findall(r'$', 'a\nb\n', re.M), re.split(r'\b', 'a b'), re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'(\w)(\d)?', r'\1\2|', 'a1b'), re.sub(r'(?P<w>\w)', r'\g<w>\g<0>', 'ab'))
print(re.findall(r'(a)(b)?', 'aab'), re.split(r'(,)|;', 'a,b;c'))
print(re.escape('a.b*c d-e_f'), re.fullmatch(r'a|ab', 'ab'))
try: re.compile(r'(?P<1a>x)')
except re.error as e: print(e)
try: re.compile(r'a)')
except re.error as e: print(e)
try: re.compile(r'[a')
except re.error as e: print(e)
try: re.compile(r'(?(2)a|b)')
except re.error as e: print(e)
try: re.sub(r'a', r'\2', 'a')
except re.error as e: print(e)
print(re.sub(r'a', lambda m: m.group().upper(), 'banana', count=2), re.subn('a', 'o', 'banana'))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.groupdict(), m.expand(r'\g<last>, \g<first>'), m.start('last'), m.lastgroup, m.lastindex, m.re.groupindex)
print(re.compile(r'\d+', re.I | re.M), re.I | re.M, re.compile('a').flags)
# Conditionals shift no group numbers: later groups, backreferences, templates, split and findall.
rx = re.compile(r'(\()?(\d+)(?(1)\))-(\w)\3')
for s in ['(12)-aa', '12-bb', '(12-cc', '12)-dd']:
    m = rx.search(s)
    print(repr(s), m and (m.group(), m.groups(), m.span(3), m.lastindex))
print(rx.sub(r'<\2|\3>', 'x (1)-aa y 2-bb'), rx.findall('(1)-aa 2-bb'), rx.split('x(1)-aa;2-bb'))
print(re.sub(r'(?P<o>\[)?(?P<v>\w+)(?(o)\])', r'\g<v>', '[a] b [c'), re.fullmatch(r'(a)?(?(1)b|c)+', 'abbb'))
for bad in [r'(?(1a)x)', r'(?()x)', r'(a)(?(1)x|y|z)', r'(?(x)a)', r'(?(0)a)']:
    try: re.compile(bad)
    except re.error as e: print(repr(bad), e)
