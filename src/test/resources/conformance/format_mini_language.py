# format() builtin and the format-spec mini-language for int, float and str
print(format(42), format(42, "d"), format(42, "6"), format(42, "<6") + "|", format(42, "^6") + "|")
print(format(-42, "08"), format(42, "+"), format(-42, " "), format(42, "=+8"))
print(format(255, "x"), format(255, "#X"), format(8, "#o"), format(5, "#b"), format(5, "08b"))
print(format(1234567, ","), format(1234567, "_"), format(1234567.891, ",.2f"), format(0xdeadbeef, "_x"))
print(format(3.14159, ".2f"), format(3.14159, "10.4f") + "|", format(2.0, ".0f"), format(0.5, ".0f"))
print(format(1e10, "e"), format(1.5e-7, ".2e"), format(123456.0, "g"), format(1234567.0, "g"))
print(format(0.000012345, "g"), format(100.0, "g"), format(3.0, ""), format(1e16, ""))
print(format(0.25, "%"), format(0.125, ".1%"), format(1.0, ".3"), format(123.456, ".2"))
print(format("text", "10") + "|", format("text", ">10"), format("text", "*^10"), format("abc", ".2"))
print(format(True, ""), format(True, "d"), format(3, ".2f"), format(-0.0, ".1f"))
print(format(12.5, "08.2f"), format(-12.5, "08.2f"), format(12.5, "+.1f"))
print(format(float("inf"), "f"), format(float("nan"), ".2f"), format(float("-inf"), "e"))
print("{:,d}".format(10 ** 12), "{:.3g}".format(0.0001234), "{:g}".format(1e-5))
print(format(123, "c") if False else format(65, "c"), format(10, "n"))
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
