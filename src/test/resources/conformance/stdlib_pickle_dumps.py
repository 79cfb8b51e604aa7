# pickle.dumps of randomly generated nested values at every protocol: the bytes must be CPython's.
import io
import pickle

state = 12345


def rnd(n):
    """A small deterministic generator (the same sequence under any Python)."""
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


WORDS = ['', 'a', 'spam', 'é', 'ünïcödé', '\u20ac', '\U0001f600', 'line\nbreak', 'back\\slash', 'x' * 300,
         'nul\x00', 'cr\r', '\x1a', 'tab\t']
SHARED = [[1, 2], 'shared string', (3, 4), b'shared bytes']


def value(depth):
    kind = rnd(16 if depth < 4 else 8)
    if kind == 0:
        return None
    if kind == 1:
        return rnd(2) == 1
    if kind == 2:
        return rnd(600) - 300
    if kind == 3:
        bits = rnd(130)
        n = rnd(1 << 30) << bits
        return -n if rnd(2) else n
    if kind == 4:
        return [0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, 3.141592653589793, float('inf'), -float('inf')][rnd(9)]
    if kind == 5:
        return WORDS[rnd(len(WORDS))]
    if kind == 6:
        return bytes(rnd(256) for _ in range(rnd(6) if rnd(8) else 300))
    if kind == 7:
        return SHARED[rnd(len(SHARED))]
    if kind == 8:
        return [value(depth + 1) for _ in range(rnd(6))]
    if kind == 9:
        return tuple(value(depth + 1) for _ in range(rnd(6)))
    if kind == 10:
        return {key(): value(depth + 1) for _ in range(rnd(5))}
    if kind == 11:
        # Small ints added in ascending order iterate in the same order in every implementation.
        return set(sorted(rnd(8) for _ in range(rnd(5))))
    if kind == 12:
        return frozenset(sorted(rnd(8) for _ in range(rnd(4))))
    if kind == 13:
        return bytearray(bytes(rnd(256) for _ in range(rnd(5))))
    if kind == 14:
        return [rnd(100000) for _ in range(rnd(3) * 700)]
    return {'nested': [value(depth + 1), value(depth + 1)], 'n': rnd(70000)}


def key():
    kind = rnd(4)
    if kind == 0:
        return rnd(1000) - 500
    if kind == 1:
        return WORDS[rnd(len(WORDS))]
    if kind == 2:
        return (rnd(10), WORDS[rnd(5)])
    return rnd(1 << 40)


def checksum(data):
    sums = [sum(data[start::step]) for start, step in ((0, 1), (0, 7), (3, 11), (5, 13), (1, 64))]
    return 'checksum %s %s %s' % (sums, data[:60].hex(), data[-60:].hex())


def same(a, b):
    return type(a) is type(b) and repr(a) == repr(b)


for case in range(60):
    obj = value(0)
    if rnd(5) == 0:
        obj = [obj, obj, SHARED]
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        print(case, proto, len(data), data.hex() if len(data) <= 300 else checksum(data))
        back = pickle.loads(data)
        if not same(back, obj):
            print('  round trip differs:', repr(back)[:200])
        if case < 25:
            # The Pickler/Unpickler classes (no shortcut for plain data) give the same bytes and value.
            stream = io.BytesIO()
            pickle.Pickler(stream, proto).dump(obj)
            if stream.getvalue() != data:
                print('  Pickler differs:', stream.getvalue().hex())
            if not same(pickle.Unpickler(io.BytesIO(data)).load(), obj):
                print('  Unpickler differs')

# Recursive structures and sharing.
a = [1]
a.append(a)
t = (a,)
a.append(t)
d = {}
d['self'] = d
d['list'] = [d, a]
for proto in range(6):
    for obj in (a, d, t):
        data = pickle.dumps(obj, proto)
        print('rec', proto, data.hex())
        back = pickle.loads(data)
        print('   ', repr(back))

# Framing around large payloads and many items (protocol 4 and 5).
big = [b'x' * 70000, 'y' * 70000, b'z' * 65535, b'w' * 65536, bytearray(b'q' * 70000), list(range(3000)),
       [[i] * 20 for i in range(1500)], {str(i): i for i in range(2500)}]
for proto in (4, 5):
    data = pickle.dumps(big, proto)
    print('big', proto, len(data), data[:40].hex(), data[-40:].hex())
    print('   ', checksum(data), pickle.loads(data) == big)
