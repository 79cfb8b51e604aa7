# Generators: yield, yield from, send, return value, close, generator expressions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def inner():
    x = yield "a"
    print("inner got", x)
    yield "b"
    return "inner-result"
def outer():
    r = yield from inner()
    print("yield from returned", r)
    yield "c"
o = outer()
print(next(o))
print(o.send(42))
print(next(o))
def echo():
    received = None
    while True:
        received = yield received
        if received is None:
            return "done"
e = echo()
next(e)
print(e.send(1), e.send("two"))
try:
    e.send(None)
except StopIteration as s:
    print("return value:", s.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closing()
print(next(c))
c.close()
print(type(c).__name__, hasattr(c, "__next__"))
print(list(x for x in "abc" if x != "b"))
