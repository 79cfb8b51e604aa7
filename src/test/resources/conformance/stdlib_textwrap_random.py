# textwrap over 300 random texts with random TextWrapper options (every option), plus shorten/dedent/indent;
# the expected output was recorded from CPython 3.11
import random, textwrap

rnd = random.Random(2024)
ATOMS = ['a', 'b', 'ab', 'word', 'x', '-', '--', '---', '.', '!', '?', ',', '"', "'", '1', '42', '_', 'é', '\xa0',
         ' ', ' ', '  ', '\t', '\n', '\r', '\x0b', 'Hello', 'well-known', 'e-mail', 'end.', 'Mr.', 'ok?"', '(',
         ')', '#', 'α', '²', 'supercalifragilistic', 'state-of-the-art', 'x-ray', 'a--b', '1-2']

def text():
    return ''.join(rnd.choice(ATOMS) for _ in range(rnd.randint(0, 45)))

def options():
    o = {'width': rnd.randint(1, 32)}
    for k in ['expand_tabs', 'replace_whitespace', 'fix_sentence_endings', 'break_long_words',
              'drop_whitespace', 'break_on_hyphens']:
        if rnd.random() < 0.4:
            o[k] = rnd.random() < 0.5
    if rnd.random() < 0.3:
        o['tabsize'] = rnd.randint(0, 9)
    if rnd.random() < 0.3:
        o['initial_indent'] = rnd.choice(['', '* ', '    ', '>>'])
    if rnd.random() < 0.3:
        o['subsequent_indent'] = rnd.choice(['', '  ', '| '])
    if rnd.random() < 0.3:
        o['max_lines'] = rnd.randint(0, 4)
    if rnd.random() < 0.3:
        o['placeholder'] = rnd.choice([' [...]', '...', ' ~', ''])
    # an indent as wide as the line makes CPython loop forever: not a case to record
    if max(len(o.get('initial_indent', '')), len(o.get('subsequent_indent', ''))) >= o['width']:
        o['width'] += 4
    return o

def attempt(f, *a, **k):
    try:
        return f(*a, **k)
    except ValueError as e:
        return 'ValueError: %s' % e

for i in range(300):
    t = text()
    o = options()
    print(i, repr(t), sorted(o.items()))
    print('  wrap', attempt(textwrap.wrap, t, **o))
    w = textwrap.TextWrapper(**o)
    print('  fill', repr(attempt(w.fill, t)))
    so = {k: v for k, v in o.items() if k not in ('width', 'max_lines')}
    print('  shorten', repr(attempt(textwrap.shorten, t, o['width'] + 5, **so)))
    print('  dedent', repr(textwrap.dedent(t)), repr(textwrap.dedent('  ' + t.replace('\n', '\n  '))))
    print('  indent', repr(textwrap.indent(t, '> ')), repr(textwrap.indent(t, '+', lambda s: 'a' in s)))
