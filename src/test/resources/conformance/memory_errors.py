# Allocations that cannot succeed fail before allocating, with CPython's exception type and message:
# MemoryError for a size no memory holds, OverflowError for a count beyond Py_ssize_t.
# (Sizes are 2**50 and up, so CPython fails at once on any machine too.)

def attempt(label, make):
    try:
        r = make()
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(f"{label}: {type(e).__name__}({str(e)!r})")
    else:
        print(f"{label}: ok, len {len(r)}")

BIG, HUGE = 2**62, 2**63
cases = {
    "str * 2**62": lambda: 'a' * BIG,
    "str * 2**63": lambda: 'a' * HUGE,
    "2-char str * 2**62": lambda: 'ab' * BIG,
    "str * -2**63": lambda: 'abc' * -HUGE,
    "str * -2**64": lambda: 'abc' * (-2 * HUGE),
    "bytes * 2**62": lambda: b'a' * BIG,
    "bytes * 2**63": lambda: b'a' * HUGE,
    "2-byte bytes * 2**62": lambda: b'ab' * BIG,
    "bytearray * 2**62": lambda: bytearray(b'a') * BIG,
    "bytearray * 2**63": lambda: bytearray(b'a') * HUGE,
    "list * 2**62": lambda: [0] * BIG,
    "list * 2**63": lambda: [0] * HUGE,
    "2-item list * 2**61": lambda: [0, 1] * (BIG // 2),
    "int * list": lambda: BIG * [None],
    "tuple * 2**62": lambda: (0,) * BIG,
    "tuple * 2**63": lambda: (0,) * HUGE,
    "empty list * 2**63": lambda: [] * HUGE,
    "str * float": lambda: 'a' * 2.0,
    "ljust 2**62": lambda: 'a'.ljust(BIG),
    "ljust 2**63": lambda: 'a'.ljust(HUGE),
    "rjust 2**62": lambda: 'a'.rjust(BIG, '*'),
    "center 2**63-1": lambda: 'a'.center(HUGE - 1),
    "ljust -2**70": lambda: 'a'.ljust(-2**70),
    "ljust bad fill": lambda: 'a'.ljust(BIG, 'xy'),
    "zfill 2**62": lambda: '-1'.zfill(BIG),
    "zfill 2**63": lambda: '1'.zfill(HUGE),
    "expandtabs 2**62": lambda: 'a\tb'.expandtabs(BIG),
    "expandtabs -2**63": lambda: 'a\tb'.expandtabs(-HUGE),
    "%*d 2**62": lambda: '%*d' % (BIG, 1),
    "%*d 2**63": lambda: '%*d' % (HUGE, 1),
    "%*s -2**62": lambda: '%*s' % (-BIG, 'x'),
    "%.*d 2**31": lambda: '%.*d' % (2**31, 1),
    "%99999999999999999999d": lambda: '%99999999999999999999d' % 1,
    "%.2147483648d": lambda: '%.2147483648d' % 1,
    "%9999999999999d": lambda: '%9999999999999d' % 1,
    "format width 2**50": lambda: format(1, str(2**50)),
    "format str width": lambda: '{:>9999999999999}'.format('a'),
    "format float width": lambda: '{:9999999999999}'.format(1.5),
    "format 20-digit width": lambda: '{:99999999999999999999}'.format(1),
    "format float precision": lambda: '{:.2147483648}'.format(1.0),
    "f-string nested width": lambda: f'{1:{2**50}}',
    "bytes(2**62)": lambda: bytes(BIG),
    "bytes(2**63)": lambda: bytes(HUGE),
    "bytearray(2**62)": lambda: bytearray(BIG),
    "list(range(2**62))": lambda: list(range(BIG)),
    "replace growing": lambda: 'abc'.replace('b', 'x' * 2**50),
}
for label, make in cases.items():
    attempt(label, make)

# Small sizes still work the ordinary way.
print('ab' * 3, b'ab' * 2, [1] * 3, (1,) * 2, 'ab' * -1, bytearray(b'x') * 2)
print('a'.ljust(4, '*') + '|', 'a'.rjust(4) + '|', 'a'.center(5, '-'), '-4'.zfill(5), 'x\ty'.expandtabs(4))
print('%5d|%-5s|%05.1f|%*d' % (3, 'x', 2.25, -4, 7), '{:>5}|{:<5}|{:^5}'.format(1, 'a', 2.5))

# The MemoryError is an ordinary exception: except, finally and the traceback work.
def build(n):
    try:
        return [None] * n
    finally:
        print('finally ran')

try:
    build(BIG)
except MemoryError as e:
    print('caught', repr(e), e.args, isinstance(e, Exception))

x = []
try:
    x *= BIG
    print('empty list *= 2**62 stays', x)
    x = [1]
    x *= BIG
except MemoryError:
    print('list *= 2**62: MemoryError, list unchanged:', x)

print('start')
s = 'a' * BIG
print('not reached')
