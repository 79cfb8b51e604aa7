# Lexing: explicit (backslash) and implicit (bracket) line continuation
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,   # comment inside brackets
    3,
]
print(items)
d = {
  'a': 1,
      'b': 2,
}
print(d)
def f(a,
      b,
          c=3):
    return a + b + c
print(f(1,
        2))
s = ("implicit "
     "string "
     'concatenation')
print(s)
if (total > 1 and
        total < 10):
    print("in range")
x = [i
     for i in range(5)
     if i % 2 == 0]
print(x)
print("a" \
      "b")
assert total == 6, \
    "never"
t = 1, \
    2
print(t)
