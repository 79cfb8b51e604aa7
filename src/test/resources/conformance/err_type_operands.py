# Uncaught TypeError for unsupported operand types (CPython 3.11 wording)
for a, b in [(1, 2), ("a", "b")]:
    print(a + b)
try:
    [1] - [2]
except TypeError as e:
    print(e)
try:
    1 < "x"
except TypeError as e:
    print(e)
try:
    -"s"
except TypeError as e:
    print(e)
try:
    "ab" * 2.5
except TypeError as e:
    print(e)
print(1 + "1")
