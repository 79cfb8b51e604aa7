# str: find/rfind/index/rindex/count/startswith/endswith and case methods
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.rfind("o", 0, 10))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"))
try:
    s.index("xyz")
except ValueError as e:
    print(e)
print(s.startswith("hello"), s.startswith("world", 6), s.endswith("python"), s.endswith(("x", "on")))
print(s.startswith(("a", "h")), "".startswith(""), "abc".endswith("b", 0, 2))
print("Hello World".upper(), "Hello World".lower(), "hello world".title(), "hELLO wORLD".swapcase())
print("hello WORLD".capitalize(), "they're bill's".title(), "ß".upper(), "İ".lower() == "i̇")
print("abc".isalpha(), "abc1".isalpha(), "123".isdigit(), "12a".isdigit(), "".isdigit())
print("   ".isspace(), " a ".isspace(), "".isspace(), "\t\n".isspace())
print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "abc1".islower(), "123".islower())
print("abc123".isalnum(), "abc 123".isalnum(), "Title Case".istitle(), "x_1".isidentifier())
print("123".isnumeric(), "½".isnumeric(), "12".isdecimal())
print("hello"[1], "hello"[-1], "hello"[1:3], "hello"[::-1], "hello"[::2], "hello"[10:])
print(len("hello"), "ll" in "hello", "hello" * 2, "a" + "b")
print(min("hello"), max("hello"), sorted("hello"), list("hi"))
print("ab" < "b", "abc".casefold(), ord("a"), chr(97))
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
