# collections.deque: construction, both ends, maxlen, the sequence methods, iteration guards, operators,
# reprs, comparisons, copying and pickling, and each method's argument errors.
import copy
import pickle
import threading
from collections import deque
import collections.abc as abc


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: deque('abc'))
show(lambda: deque('abcde', 2))
show(lambda: deque(range(3), maxlen=None))
show(lambda: deque(iterable=[1], maxlen=5))
show(lambda: deque(maxlen=True))
show(lambda: deque([], 'a'))
show(lambda: deque([], 2.0))
show(lambda: deque([], -1))
show(lambda: deque([], 2**70))
show(lambda: deque(1))
show(lambda: deque(None))
show(lambda: deque([], 1, 2))
show(lambda: deque(x=1))
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque.__new__(deque, 1, 2, 3))

# both ends, and maxlen dropping from the other end
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen, len(d))
d.appendleft('L')
print(d)
d.extend('xy')
print(d)
d.extendleft([7, 8])
print(d)
print(d.pop(), d.popleft(), d)
z = deque(maxlen=0)
z.append(1); z.appendleft(2); z.extend([3]); z.extendleft([4])
print(repr(z), bool(z), len(z))
d2 = deque([1, 2])
d2.__init__([5], 1)
print(d2)
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[1000], sum(big))
while len(big) > 2:
    big.popleft()
    big.pop()
print(big)

# sequence methods
s = deque(range(5))
show(lambda: s[1:2])
show(lambda: s['a'])
show(lambda: s[10])
show(lambda: s[-6])
show(lambda: s[2**70])
print(s[0], s[-1], s[2])
s[1] = 'one'
del s[0]
print(s)
def setitem(i):
    t = deque([1]); t[i] = 0
def delitem(i):
    t = deque([1]); del t[i]
show(lambda: setitem(5)); show(lambda: delitem(-2)); show(lambda: setitem('a')); show(lambda: delitem('a'))
show(lambda: s.index(3))
show(lambda: s.index(9))
show(lambda: deque('abc').index('c', 1))
show(lambda: deque('abc').index('a', 1))
show(lambda: deque('abc').index('a', -1))
show(lambda: deque('abc').index('a', -5, 100))
show(lambda: deque('abc').index('a', 0, -2))
show(lambda: deque('abc').index('a', 2**80))
show(lambda: deque('abc').index('a', 0, 2**80))
show(lambda: deque('abc').index('a', None))
show(lambda: deque('abc').index('a', 0, 1, 2))
show(lambda: deque('abc').index())
show(lambda: deque('abcab').count('a'))
show(lambda: deque('abc').count())
r = deque([1, 2, 3, 2])
r.remove(2)
print(r)
show(lambda: r.remove(9))
show(lambda: deque('abc').remove())
i = deque([1, 2, 3])
i.insert(1, 'x'); i.insert(-10, 'first'); i.insert(100, 'last'); i.insert(-1, 'y')
print(i)
show(lambda: i.insert(1))
show(lambda: i.insert('a', 1))
show(lambda: i.insert(2**80, 'x'))
show(lambda: deque([1], 1).insert(0, 2))
rot = deque(range(6))
rot.rotate(); print(rot)
rot.rotate(-2); print(rot)
rot.rotate(13); print(rot)
rot.rotate(-6); print(rot)
full = deque(range(8))
full.rotate(3); print(full)
show(lambda: rot.rotate('a'))
show(lambda: rot.rotate(2.0))
show(lambda: rot.rotate(2**70))
show(lambda: rot.rotate(1, 2))
rv = deque('abcd'); rv.reverse(); print(rv)
c = deque('ab'); c.clear(); print(c)
show(lambda: deque().clear(1))
show(lambda: deque().pop(1))
show(lambda: deque().popleft(1))
show(lambda: deque().append())
show(lambda: deque().append(1, 2))
show(lambda: deque().extend())
show(lambda: deque().extend(1))
show(lambda: deque().copy(1))
show(lambda: deque().append(x=1))
e = deque('ab'); e.extend(e); e.extendleft(e); print(e)
print(2 in deque([1, 2]), 5 in deque([1, 2]), 5 not in deque())

# iteration, and changes during it
print(list(deque('abc')), list(reversed(deque('abc'))))
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
it = iter(deque([1, 2, 3])); next(it)
print(it.__length_hint__(), list(it))
show(lambda: next(it))
def during(op, items=(1, 2, 3)):
    q = deque(items)
    it = iter(q)
    op(q)
    return list(it)
for name, op in [('setitem', lambda q: q.__setitem__(0, 5)), ('reverse', lambda q: q.reverse()),
                 ('rotate0', lambda q: q.rotate(0)), ('rotate1', lambda q: q.rotate(1)),
                 ('count', lambda q: q.count(1)), ('append', lambda q: q.append(4)),
                 ('append+pop', lambda q: (q.append(4), q.pop())), ('clear', lambda q: q.clear()),
                 ('extend[]', lambda q: q.extend([])), ('del', lambda q: q.__delitem__(0)),
                 ('remove', lambda q: q.remove(2)), ('insert', lambda q: q.insert(0, 2)),
                 ('imul1', lambda q: q.__imul__(1)), ('index', lambda q: q.index(3))]:
    show(lambda: (name, during(op)))
show(lambda: during(lambda q: q.clear(), ()))
show(lambda: during(lambda q: q.rotate(1), (1,)))
def keeps_raising():
    q = deque([1, 2, 3]); it = iter(q); next(it); q.pop()
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as err:
            print('RuntimeError', err)
keeps_raising()
def loop_appending():
    q = deque([1, 2, 3])
    for v in q:
        q.append(v)
show(loop_appending)

class Meddler:
    def __init__(self, target, action):
        self.target, self.action = target, action
    def __eq__(self, other):
        self.action(self.target)
        return False
for name in ('remove', 'index', 'count', '__contains__'):
    q = deque([1, 2, 3])
    show(lambda: (name, getattr(q, name)(Meddler(q, lambda t: t.append(0)))))

# operators and comparisons
show(lambda: deque('ab') + deque('cd', 3))
show(lambda: deque('abcd', 3) + deque('efg'))
show(lambda: deque([1]) + [1])
show(lambda: deque([1]).__add__([1]))
show(lambda: deque('ab') * 2)
show(lambda: 3 * deque([1, 2]))
show(lambda: deque([1, 2, 3], 2) * 3)
show(lambda: deque('ab') * -1)
show(lambda: deque('ab') * 'a')
show(lambda: deque('abc') * 2**62)
m = deque('ab', 3); m *= 2; print(m)
m += 'z'; print(m)
m *= 0; print(m)
def iadd_int():
    q = deque('ab'); q += 1
show(iadd_int)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2, 3]) == deque([1, 2, 3], 5), deque([1, 2]) == [1, 2])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([1, 2]) > deque([1]),
      deque([1, 2]) != deque([1]), deque([1]) != [1], deque() >= deque())
show(lambda: hash(deque()))
print(deque.__hash__)

# reprs
rec = deque(); rec.append(rec); print(rec)
class Bad:
    def __repr__(self):
        raise ValueError('no repr')
show(lambda: repr(deque([Bad()])))
print(str(deque([1])), repr(deque(maxlen=0)), repr(deque('ab', 5)))
print(deque.__name__, deque.__module__, deque.__qualname__, deque.maxlen.__class__.__name__)
print(deque[int], isinstance(deque(), abc.MutableSequence), issubclass(deque, abc.Sequence))
def set_maxlen():
    q = deque(); q.maxlen = 3
try:
    set_maxlen()
except AttributeError:
    print('maxlen is read-only')

# subclasses, copies, pickling
class D(deque):
    pass
x = D('ab')
x.foo = 1
print(x, type(x.copy()).__name__, D('ab', 3).copy(), D('ab') + deque('c'), D('ab') * 2)
print(x.__reduce__()[:3], deque('ab', 3).__reduce__()[:3], deque('abc').__reduce__()[:3])
print(list(deque('abc').__reduce__()[3]))
y = pickle.loads(pickle.dumps(x))
print(type(y).__name__, y, y.foo)
print(pickle.loads(pickle.dumps(deque([1, (2, 3)], maxlen=4))))
cp = copy.copy(deque([[1]], 4)); dc = copy.deepcopy(deque([[1]], 4))
print(cp, dc)
src = deque([[1]])
print(copy.copy(src)[0] is src[0], copy.deepcopy(src)[0] is src[0], src.__copy__() is src)
class WithRepr(deque):
    def __repr__(self):
        return 'mine'
print(WithRepr([1]), len(WithRepr([1, 2])))
class Counting(deque):
    def append(self, v):
        deque.append(self, v * 10)
q = Counting(); q.append(2); q.extend([3]); print(q)

# one operation at a time from several threads
shared = deque()
def worker(n):
    for i in range(2000):
        shared.append(i)
    for i in range(1000):
        shared.popleft()
threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared))
