# Functions: lambda, closures, late binding, nonlocal, global, scoping rules
counter_total = 0
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def bump():
    global counter_total
    counter_total += 10
bump(); bump()
print(counter_total)
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
sq = lambda n: n * n
print(sq(7), (lambda *a, **k: (a, k))(1, z=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
def nested_nonlocal():
    a = 0
    def one():
        nonlocal a
        def two():
            nonlocal a
            a += 5
        two()
        a += 1
    one()
    return a
print(nested_nonlocal())
x = "global x"
def read_global():
    return x
print(read_global())
def make_acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = make_acc()
acc(1); acc(2)
print(acc(3))
print((lambda: (yield_ := 5) + 1)())
