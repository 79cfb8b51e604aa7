# str: format(), zfill/center/ljust/rjust, partition/rpartition, splitlines, encode
print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[0]} {0[1]} {d[k]}".format([5, 6], d={"k": "v"}))
class P:
    name = "pt"
print("{p.name}".format(p=P()), "{{}} {}".format(1))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("r", "l", "c", "s"))
print("{:5d}|{:05d}|{:+d}|{:x}|{:X}|{:o}|{:b}|{:e}".format(42, 42, 42, 255, 255, 8, 5, 12345.678))
print("{:.3f} {:.0f} {:10.2f}| {:,} {:.2%}".format(3.14159, 2.5, 3.14159, 1234567, 0.1234))
print("{!r} {!s}".format("x", "y"), "{0!r:>5}".format("a"))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "ab".center(6) + "]", "[" + "ab".center(7, "*") + "]", "[" + "abc".center(2) + "]")
print("ab".ljust(5, ".") + "|", "ab".rjust(5) + "|", "toolong".ljust(3))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="))
print("none".rpartition("="))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), len("€".encode()))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"))
print("x".join("{}".format(i) for i in range(3)))
print("{:>{w}}|".format("hi", w=5), "{:{fill}<4}".format(1, fill="0"))
print("tab\there".expandtabs(4), "a".join(["1", "2"]))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
