# pickle: CPython's protocols byte for byte, round trips, the reduce protocol, errors.
import pickle
import io


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.dumps(Point(1, 2), proto))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

# Built-in values under every protocol, and the Python 2 names protocols 0-2 write.
print(pickle.dumps(str, 2), pickle.dumps(ValueError('x'), 2), pickle.dumps(b'ab', 2), pickle.dumps(range(3), 2))
print(pickle.dumps("h\u20acllo\n\\", 0), pickle.dumps(2 ** 70, 0), pickle.dumps(-5, 1), pickle.dumps(True, 1))
print(pickle.dumps(1.5, 0), pickle.dumps(-2 ** 100), pickle.dumps(255), pickle.dumps(65535), pickle.dumps(-1))
print(pickle.dumps({1, 2}, 4), pickle.dumps(frozenset([1]), 4), pickle.dumps({1, 2}, 2))
print(pickle.dumps(None), pickle.dumps(len), pickle.dumps(type(None)), pickle.dumps(Point))
print(pickle.dumps(bytearray(b'xy'), 5), pickle.dumps(bytearray(b'xy'), 4), pickle.dumps((1, 2, 3, 4)))
print(pickle.dumps({'k': [1, 2]}), pickle.dumps({'a': 1, 'b': 2}, 1), pickle.dumps([[]] * 2, 0))
big = list(range(20000))
print(len(pickle.dumps(big)), len(pickle.dumps(big, 2)), pickle.dumps(big)[:12])

data = {'a': [1, 2.5, 'x', None, True, (1, 2), {3, 4}, b'by', 2 ** 100, -2 ** 100], 'b': Point(3, 4)}
for proto in range(6):
    back = pickle.loads(pickle.dumps(data, proto))
    print(proto, back == data or back['a'] == data['a'], back['b'])

# Sharing and cycles survive.
shared = [1]
shared.append(shared)
t = pickle.loads(pickle.dumps((shared, shared)))
print(t[0] is t[1], t[0][1] is t[0])


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


s = pickle.loads(pickle.dumps(Slotted(), 2))
print(s.x, hasattr(s, 'y'), getattr(s, 'y', 'unset'))
try:
    pickle.dumps(Slotted(), 1)
except TypeError as e:
    print('TypeError:', e)


class I(int):
    pass


class L(list):
    pass


class D(dict):
    pass


x = pickle.loads(pickle.dumps([I(5), L([1, 2]), D(a=1)]))
print(x, [type(v).__name__ for v in x], pickle.dumps(I(5)), pickle.dumps(L([1])))


class Doubler:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Doubler, (self.v * 2,))


print(pickle.loads(pickle.dumps(Doubler(4))).v)


class Connection:
    def __init__(self):
        self.host = 'db'
        self.sock = 'open socket'

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['sock']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.sock = 'reopened'


c = pickle.loads(pickle.dumps(Connection()))
print(c.host, c.sock, Connection().__reduce_ex__(2)[0].__name__)
print(repr(pickle.loads(pickle.dumps(KeyError('k')))), pickle.loads(pickle.dumps(OSError(2, 'No such file'))))

f = io.BytesIO()
pickle.dump({'first': 1}, f)
pickle.dump([2], f, protocol=0)
f.seek(0)
print(pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError:', e)

for bad in [b'\x99', b'', b'\x80\x04K', b'K\x01', b'(K\x01', b'X\x05\x00\x00\x00ab', b'I12', b'\x80\x09N.']:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print(type(e), str(e).split(' at ')[0])


def outer():
    def inner():
        pass
    return inner


try:
    pickle.dumps(outer())
except AttributeError as e:
    print('AttributeError:', e)
import threading
try:
    pickle.dumps(threading.Lock())
except TypeError as e:
    print('TypeError:', e)
try:
    pickle.loads(b'\x80\x04\x95\x11\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01Q\x94\x93\x94.')
except AttributeError as e:
    print('AttributeError:', str(e).split(' on ')[0])
try:
    pickle.dumps(1, 7)
except ValueError as e:
    print('ValueError:', e)
print(issubclass(pickle.UnpicklingError, pickle.PickleError), pickle.PicklingError)


class Persist(pickle.Pickler):
    def persistent_id(self, obj):
        return 'P%d' % obj.x if isinstance(obj, Point) else None


class Unpersist(pickle.Unpickler):
    def persistent_load(self, pid):
        return Point(int(pid[1:]), 0)


buf = io.BytesIO()
Persist(buf, 2).dump([Point(7, 8), 'text'])
print(buf.getvalue())
buf.seek(0)
print(Unpersist(buf).load())
