# str: split/rsplit (sep, maxsplit, whitespace), join, strip family, replace
s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "".split(), "".split(","))
print("1\t2\n3  4".split(), "xAyAz".split("A"), "abc".split("abc"))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(3)))
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("cmowz."))
print("path/to/".rstrip("/"), "  \t\n x \n".strip())
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello world".replace("o", "0").replace("l", "1"))
print("no match".replace("zz", "y"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
print("a\nb\r\nc".split("\n"), "x".join([]))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
