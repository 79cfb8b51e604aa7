# bytearray: the mutations CPython allows (item and slice assignment, extended slices, deletion,
# in-place operators, insert/remove/reverse/pop) and the constructors, with CPython's errors.

def show(label, f):
    try:
        r = f()
        print(label, '->', r)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

def mutate(stmt):
    b = bytearray(b'hello world')
    def run():
        exec(stmt, {'b': b})
        return b
    show(stmt, run)

for s in ["b[0:1] = b'x'", "b[0:1] = b'HELLO'", "b[:] = b''", "b[2:5] = bytearray(b'ZZ')", "b[::2] = b'abcdef'",
          "b[::2] = b'ab'", "b[::2] = b''", "b[1:3] = [65, 66, 67]", "b[1:3] = range(3)", "b[1:3] = [256]", "b[1:3] = 'xy'",
          "b[1:3] = 5", "b[1:3] = (x for x in b'gen')", "b[:] = b", "b[2:] = b", "b[5:2] = b'XY'", "b[::-1] = b'abcdefghijk'",
          "b[-3:] = b'!'", "b[100:] = b'tail'",
          "b[0] = 65", "b[0] = 256", "b[0] = -1", "b[0] = b'x'", "b[-1] = 33", "b[20] = 1", "b['a'] = 1",
          "del b[0]", "del b[-1]", "del b[2:5]", "del b[::2]", "del b[::-3]", "del b[:]", "del b[20]",
          "b += b'!!'", "b += bytearray(b'?')", "b += [1]", "b += 'x'", "b *= 2", "b *= 0", "b *= -1",
          "b.insert(0, 33)", "b.insert(100, 33)", "b.insert(-100, 33)", "b.insert(0, 300)", "b.remove(111)", "b.remove(7)",
          "b.reverse()", "b.extend([1, 2, 3])", "b.extend(b'ab')", "b.extend(range(3))", "b.extend('ab')",
          "b.extend([300])", "b.extend(5)", "b.extend(iter([104, 105]))", "b.extend(x for x in b'gen')",
          "b.append(33)", "b.append(256)", "b.pop()", "b.pop(0)", "b.pop(-2)", "b.pop(100)", "b.clear()"]:
    mutate(s)

b = bytearray()
for i in range(1000):
    b.append(i % 256)
del b[::3]
b[10:20] = b'-' * 3
print(len(b), b[:16], sum(b))
show('pop from empty', lambda: bytearray().pop())

for e in ["bytearray([1, 2, 3])", "bytearray(range(5))", "bytearray(b'abc')", "bytearray(bytearray(b'x'))", "bytearray(3)",
          "bytearray(-1)", "bytearray('abc')", "bytearray('abc', 'utf-8')", "bytearray(b'x', 'utf-8')", "bytearray([256])",
          "bytearray([-1])", "bytearray(3.0)", "bytearray(None)", "bytearray(x for x in range(3))", "bytearray()",
          "bytearray(b'ab') + b'cd'", "bytearray(b'ab') + bytearray(b'cd')", "b'ab' + bytearray(b'cd')",
          "bytearray(b'ab') * 3", "3 * bytearray(b'ab')", "bytearray(b'ab') * 2.0", "bytearray(b'abc')[1]",
          "bytearray(b'abc')[1:]", "bytearray(b'abc')[::-1]", "bytearray(b'abc') == b'abc'", "len(bytearray(b'abc'))",
          "bytearray(b'abc') + 'x'", "bytearray(b'a b').split()", "bytearray(b'abc').upper()", "bytearray(b'abc').find(b'c')",
          "bytearray(b',').join([b'a', bytearray(b'b')])", "b'abc'.find(bytearray(b'c'))",
          "bytes(bytearray(b'xy'))", "bytearray(b'abc') < bytearray(b'abd')", "b'x' in bytearray(b'xyz')",
          "120 in bytearray(b'xyz')", "list(bytearray(b'ab'))", "bytearray(b'ab').hex()", "bytearray(b'abc').decode()",
          "bytearray.fromhex('41 42')", "str(bytearray(b'a'))", "bytearray(b'a\\x00')", "bytearray(b'x').copy()",
          "bytes([1, 2])", "bytes(3)", "bytes(-1)", "bytes('x', 'ascii')", "hash(bytearray())"]:
    show(e, lambda: eval(e))
