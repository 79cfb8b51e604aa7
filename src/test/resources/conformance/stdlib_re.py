# re: Python's regex syntax and semantics (where they differ from Java's), Match/Pattern objects, errors.
import re

# --- basic API
print(re.match(r"(\w+) (\w+)", "Isaac Newton, physicist"))
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[1], m.groups())
print(re.search(r"\d+", "abc 123 def"), re.search(r"\d+", "abc"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.fullmatch(r"a|ab", "ab"))
print(re.findall(r"\d+", "12 drummers, 11 pipers, 10 lords"))
print(re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=x"))
print(re.findall(r"(a)|b", "ab"))
print([m.span() for m in re.finditer(r"\w+", "He was carefully disguised")])
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second> \g<first> \g<0>", "hello world"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.subn(r"a", "A", "banana"), re.sub("a", "A", "banana", count=2), re.sub("a", "A", "banana", 2))
print(re.sub(r"x", r"\n\t\\", "axb"), repr(re.sub(r"x", "\\.", "axb")))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(a)|(b)", "xaybz"))
print(re.escape("http://www.python.org"), re.escape("a+b*c"), re.escape(b"a.b"))

# --- Python 3.7+ empty matches
print(re.sub("x*", "-", "abxd"), re.findall("a*?", "aa"), re.split(r"\b", "Words, words"))
print(re.findall(r"|a", "a"), re.split(r"\s*", "ab c"), re.subn(r"(?=b)", "^", "abab"))
print(re.split(r"x*", "axbc"), re.findall(r"^", "a\nb\n", re.M), re.findall(r"$", "a\nb\n", re.M))

# --- anchors and classes that differ from Java
print(re.search(r"a$", "a\n"), re.search(r"a\Z", "a\n"), re.search(r"a$", "a\n\n"))
print(re.findall(r"^\w", "ab\ncd\n", re.M), re.findall(r"\w$", "ab\ncd\n", re.M), re.findall(r"\w$", "ab\ncd\n"))
print(re.findall(r"\d+", "x٣٤y 12"), re.findall(r"\d+", "x٣٤y 12", re.A), re.findall(r"\w+", "naïve café", re.ASCII))
print(re.findall(r"\s", "a\x1cb\u2003c\x85d"), re.findall(r"\s", "a\x1cb\u2003c", re.A), re.findall(r"\w+", "x²y_z"))
print(re.findall(r"\bfoo\b", "foo.bar (foo) foobar éfoo"), re.findall(r"\Bo\B", "foo boo o"))
print(re.findall(r"\b\w+\b", "naïve café", re.A), re.findall(rb"\b\w+\b", b"na\xefve"), re.search(r"\B", ""), re.search(r"\B", "", re.A))
print(re.findall(r"a{,2}", "aaaa"), re.findall(r"a{2,}", "a aa aaa"), re.findall(r"a{}", "a{}"), re.findall(r"x{1,2", "x{1,2"))
print(re.findall(r"[]a]", "]a"), re.findall(r"[[]", "[x"), re.findall(r"[a&&b]", "&"), re.findall(r"[^]x]", "]xy"))
print(re.findall(r"[\w-]+", "a-b c_d"), re.findall(r"[\d.]+", "v1.2.3"), re.findall(r"[^\W\d]+", "ab12cd"))
print(re.findall(r".", "a\nb"), re.findall(r".", "a\nb", re.S), re.findall(r"(?s:.)", "a\n"), re.findall("\\v", "a\x0bb\nc"))
print(re.findall(r"\x41\u0042\U00000043\101\0", "ABCA\x00"), re.findall(r"\N{DIGIT ONE}", "a1"))
print(re.findall("a.c", "abc a\rc a\u2028c"), re.findall("a$", "a\r"), re.findall("^", "\r\n", re.M))

# --- flags
print(re.findall(r"ab", "AB ab aB", re.I), re.findall(r"(?i)ab", "AB ab"), re.findall(r"a(?i:b)c", "aBc ABC"))
print(re.findall(r"é", "É", re.I), re.findall(r"k", "\u212a", re.I), re.findall(r"k", "\u212a", re.I | re.A))
p = re.compile(r"""
    (?P<key>\w+)   # the key
    \s* = \s*      # equals
    (?P<val>[^#\s]+)  # the value [not a #]
""", re.X)
print(p.findall("a = 1  b=2"), re.findall(r"(?x) a b # comment", "ab"), re.findall(r"[ ]x", " x", re.X))
print(re.compile("a").flags, re.compile("a", re.I | re.M).flags, re.compile(b"a").flags, re.compile("(?s)a").flags)
print(re.I, re.I | re.M, re.A | re.I, repr(re.NOFLAG), re.IGNORECASE == 2, int(re.M), re.I | 0 == re.I)
print(re.compile("a"), re.compile("a", re.I | re.S), re.compile(b"x", re.X), re.compile("a", re.A))

# --- groups
m = re.match(r"(?P<first_name>\w+) (?P<last_name>\w+)", "Malcolm Reynolds")
print(m.group("first_name"), m.groupdict(), m.start("last_name"), m.end(1), m.span("first_name"))
print(m.lastindex, m.lastgroup, m.re, m.string, m.pos, m.endpos, m.regs)
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"), re.match(r"(a)(b)?", "ac").span(2))
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex, re.match(r"(a)|(b)", "b").lastindex)
print(re.match(r"(?P<x>a)(?P=x)", "aa"), re.match(r"(a)\1", "aa"), re.match(r"(a)\1", "ab"))
print(re.match(r"(\d+)\.(\d+)", "3.14").expand(r"\2.\1 \g<1>"))
p = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)")
print(p, p.groups, p.groupindex, p.pattern, p.search("on 2024-05-01").group("y", "m"))
print(p.match("x2024-05", 1), p.match("x2024-05", 1, 5), p.search("2024-05", 0, 6), p.fullmatch("a2024-05b", 1, 8))
print(re.compile(r"^a").search("ba", 1), re.compile(r"(?<=b)a").search("ba", 1), re.compile(r"a$").search("ab", 0, 1))
print(re.match(r"(?:a|b)+", "abba"), re.match(r"(?>a+)a", "aaa"), re.match(r"a++b", "aab"), re.match(r"a*+a", "aaa"))
print(re.match(r"a(?#comment)b", "ab"), re.search(r"(?<!x)y", "xy zy").start(), re.search(r"(?=\d)\w+", "ab 1c"))
try:
    m.group(5)
except IndexError as e:
    print("IndexError", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError", e)

# --- bytes patterns
print(re.findall(rb"\w+", b"hello w\xe9rld"), re.sub(rb"l+", b"L", b"hello"), re.split(rb",", b"a,b"))
print(re.match(rb"(\d+)", b"42x"), re.match(rb"(\d+)", b"42x").group(1), re.findall(rb"[\x80-\xff]", b"a\xe9"))
print(re.findall(b"(?i)\xe9", b"\xc9\xe9"))

# --- non-BMP text: indices are code points
m = re.search(r"b+", "😀😀abbb")
print(m.span(), m.group(), re.findall(r".", "a😀b"), re.sub("😀", "x", "a😀b"), re.split("😀", "a😀b"))

# --- errors
for pat in ["*a", "a**", "(a", "a)", "[a", "\\q", "(?P<1>a)", "(?P=x)", "(?<x>a)", "(?<=a*)b", "a{3,1}",
            "(?P<a>x)(?P<a>y)", "\\1(a)", "(a\\1)", "[z-a]", "x\\", "a\nb(", "(?z)", "a(?i)b", "\\x4",
            "[\\A]", "(?P<a", "\\777", "(?i", "abc)"]:
    try:
        re.compile(pat)
        print("compiled?", repr(pat))
    except re.error as e:
        print(repr(pat), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for bad in [lambda: re.search("a", 3), lambda: re.search(b"a", "s"), lambda: re.search("a", b"s"),
            lambda: re.sub("(a)", r"\2", "a"), lambda: re.sub("(a)", r"\g<x>", "a"), lambda: re.sub("a", r"\q", "a"),
            lambda: re.compile("a", re.L), lambda: re.compile(b"a", re.U), lambda: re.compile(re.compile("a"), re.I),
            lambda: re.sub("a", lambda m: 5, "a")]:
    try:
        print(bad())
    except (re.error, TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(type(re.error("x")), re.error.__module__, re.error("m", "ab", 1), isinstance(re.error("x"), Exception))
print(type(re.compile("a")), type(re.match("a", "a")), re.compile("a") == re.compile("a"), re.Pattern, re.Match)
re.purge()
print(re.compile("x+") is re.compile("x+"))
try:
    re.compile("(")
except re.error as e:
    raise
