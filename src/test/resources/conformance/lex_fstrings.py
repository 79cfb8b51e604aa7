# Lexing: f-strings with nested expressions, quotes, conversions and '='
name = "World"
n = 42
items = [1, 2, 3]
d = {"key": "value"}
print(f"Hello, {name}!")
print(f"{n + 1} {n * 2} {n // 5} {n % 5}")
print(f"{items[0]} {items[-1]} {len(items)} {d['key']}")
print(f"{'nested quotes'} {'x' if False else 'y'}")
print(f"{{literal braces}} {{{n}}}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n=} {name=} {n + 1 = }")
print(f"{[x * 2 for x in items]}")
print(f"{(lambda x: x * 10)(3)}")
print(F"upper prefix {n}", rf"raw {n}\n", fr"{name}\t")
print(f"""triple {name}
second line {n}""")
print(f"{3.14159:.2f} {n:5d}| {n:<5}| {n:^7}| {n:>5}|")
width = 8
prec = 3
print(f"{3.14159:{width}.{prec}f}|")
print(f"{name:{'>'}{width}}")
obj = 3.5
print(f"{obj!r:>6}|")
print(f"{'a' + 'b'}" f"{n}" "plain")
print(f"{n:#x} {n:#o} {n:#b} {n:08.3f} {1234567:,} {1234567:_}")
print(f"{-5:+} {5:+} {5: } {0.25:.1%}")
def g():
    return "called"
print(f"{g()} {g().upper()}")
