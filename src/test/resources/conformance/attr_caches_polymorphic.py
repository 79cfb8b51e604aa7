# One attribute name read, stored and called at one site on instances of many classes (and layouts):
# every instance must still see its own values, class changes must show at once, and a megamorphic
# site (more layouts than any cache holds) must stay right.


def make_classes(n):
    classes = []
    for i in range(n):
        def step(self, i=i):
            return self.value * 10 + i
        ns = {"step": step, "tag": "class%d" % i}
        classes.append(type("C%d" % i, (object,), ns))
    return classes


def build(classes):
    objs = []
    for i, cls in enumerate(classes):
        o = cls()
        # different orders of names: different layouts of one class too
        if i % 2:
            o.extra = i
            o.value = i
        else:
            o.value = i
            o.extra = -i
        objs.append(o)
    return objs


def read_all(objs):
    total = 0
    for o in objs:
        total += o.value + o.extra
    return total


def call_all(objs):
    return [o.step() for o in objs]


def store_all(objs, k):
    for o in objs:
        o.value = o.value + k


for n in (2, 5, 9, 20):
    classes = make_classes(n)
    objs = build(classes)
    for rnd in range(300):
        store_all(objs, 1)
    print(n, read_all(objs), call_all(objs)[:6], [o.tag for o in objs][-2:])
    # a class changes: a method replaced, a class attribute that shadows nothing, one instance shadows
    classes[0].step = lambda self: -1
    classes[-1].tag = "changed"
    objs[1].step = lambda: "own"
    print(n, call_all(objs)[:3], [o.tag for o in objs][-1])
    # a data descriptor appears on one class: reads and stores go through it from now on
    class Doubled:
        def __get__(self, obj, owner=None):
            return obj.__dict__["value"] * 2
        def __set__(self, obj, v):
            obj.__dict__["value"] = v + 1000
    classes[-1].value = Doubled()
    store_all(objs, 1)
    print(n, read_all(objs), objs[-1].value)
    del classes[-1].value
    print(n, objs[-1].value)


# subclasses that share methods (the richards shape): one site, the base class's code
class Base:
    def __init__(self, k):
        self.k = k
        self.count = 0

    def bump(self):
        self.count += self.k
        return self.count


class A(Base):
    def __init__(self, k):
        super().__init__(k)
        self.a = 1


class B(Base):
    def __init__(self, k):
        self.b = 2
        super().__init__(k)


class S(Base):
    __slots__ = ("k", "count")


class D(Base):
    pass


objs = [A(1), B(2), S(3), D(4), Base(5)]
for _ in range(2000):
    for o in objs:
        o.bump()
print([o.count for o in objs])
D.bump = lambda self: "D"
print([o.bump() for o in objs])
