# Builtins: int(x, base), float(), str/repr/ascii, chr/ord, hex/oct/bin, hash of ints
print(int("42"), int("-42"), int("ff", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("1010", 2))
print(int("z", 36), int("0b101", 0), int("0o17", 0), int("  7  "), int(3.99), int(True), int("1_000"))
print(float("inf"), float("-inf"), float("nan"), float("1e3"), float(" 2.5 "), float("-0"), float(5))
print(str(1), str(1.5), str([1, "a"]), str(None), str(True), repr("a'b"), repr(1.0), repr([1, "x"]))
print(ascii("naïve ☃"), ascii([1, "é"]), repr("naïve"))
print(chr(65), chr(8364), ord("A"), ord("€"), chr(0x1F600) == "\U0001F600")
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hash(1) == 1, hash(-1), hash(0), hash(2 ** 61), hash(True), hash(1.0) == hash(1))
print(bool("False"), list("ab"), tuple([1]), set([1]), dict([(1, 2)]))
for bad in ["x", "1.5", "", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("8", 8)
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
print(int(" -3 "), round(float("2.675"), 2), str(10 ** 20), repr(2 ** 0.5))
