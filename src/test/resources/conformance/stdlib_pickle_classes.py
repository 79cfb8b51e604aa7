# pickle of user classes: the default reduction, __reduce__/__reduce_ex__, __getstate__/__setstate__,
# __getnewargs__(_ex)__, __slots__, Pickler/Unpickler hooks, errors; copy and copyreg.
import copy
import copyreg
import io
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__


class Empty:
    pass


class Slots:
    __slots__ = ('x', 'hidden', 'unset')

    def __init__(self):
        self.x = 1
        self.hidden = 2


class SlotsAndDict(Slots):
    __slots__ = ('y', '__dict__')

    def __init__(self):
        super().__init__()
        self.y = 3
        self.z = 4


class Stateful:
    def __init__(self, n):
        self.n = n
        self.cache = 'big'

    def __getstate__(self):
        return {'n': self.n}

    def __setstate__(self, state):
        self.n = state['n']
        self.cache = 'rebuilt'


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def __getnewargs__(self):
        return tuple(self)


class Keyword:
    def __new__(cls, a, *, b):
        obj = super().__new__(cls)
        obj.args = (a, b)
        return obj

    def __getnewargs_ex__(self):
        return self.args[:1], {'b': self.args[1]}


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 2,))


def set_state(obj, state):
    obj.__dict__.update(state)
    obj.via_setter = True


class Full:
    def __reduce__(self):
        return (Full, (), {'s': 1}, iter([1, 2]), iter([('k', 'v')]), set_state)

    def __init__(self):
        self.items = []
        self.mapping = {}

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        self.items.extend(xs)

    def __setitem__(self, k, v):
        self.mapping[k] = v


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


SINGLETON = object()


class Singleton:
    def __reduce__(self):
        return 'THE_ONE'


THE_ONE = Singleton()


def describe(obj):
    if isinstance(obj, (Plain, Empty, Stateful, Reduced, Keyword, Full)):
        return '%s %s' % (type(obj).__name__, sorted(obj.__dict__.items()))
    if isinstance(obj, Slots):
        return '%s %s' % (type(obj).__name__, [(n, getattr(obj, n, '-')) for n in ('x', 'hidden', 'y', 'z')])
    if isinstance(obj, Singleton) or callable(obj) and not isinstance(obj, type):
        return '%s %s.%s' % (type(obj).__name__, obj.__module__, getattr(obj, '__qualname__', '?'))
    return '%s %r' % (type(obj).__name__, obj)


values = [Plain(), Empty(), Slots(), SlotsAndDict(), Stateful(5), Point(1, 2), Keyword(1, b=2), Reduced(21),
          Full(), MyList([1, 2]), MyDict(a=1), MyInt(7), MyStr('s'), THE_ONE, Plain, describe, copyreg.__newobj__]
for obj in values:
    for proto in range(6):
        if isinstance(obj, Keyword) and proto in (2, 3):
            continue    # functools.partial's own pickling: not checked here
        try:
            data = pickle.dumps(obj, proto)
        except Exception as err:
            print(proto, type(obj).__name__, 'dumps', type(err).__name__, err)
            continue
        print(proto, data.hex())
        back = pickle.loads(data)
        print('   ', describe(back))
print(pickle.loads(pickle.dumps(THE_ONE)) is THE_ONE)

# Errors, with CPython's types and messages.


def outer():
    def inner():
        pass
    return inner


lam = lambda: 0


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


import types
for obj in [outer(), lam, copy, (x for x in []), BadReduce(42), BadReduce((1,)),
            BadReduce((len, 5)), BadReduce((1, 2, 3, 4, 5, 6, 7)), BadReduce('nosuch'), BadReduce((5, ()))]:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(obj, proto)
            print('no error')
        except Exception as err:
            text = str(err)
            if ' at 0x' in text:
                at = text.index(' at 0x')
                text = text[:at] + text[text.index('>', at):]
            print(proto, type(err).__module__, type(err).__name__, text)

for data in [b'', b'\x80\x06N.', b'\x80\x02', b'N', b'\x80\x02K', b'X\x05\x00\x00\x00ab', b'\xff.', b'.', b'h\x05.',
             b'g5\n.', b'a.', b']a.', b'\x95\x10\x00\x00\x00\x00\x00\x00\x00N.', b'cbuiltins\nnosuch\n.',
             b'cnosuchmod\nx\n.', b'Pid\n.', b'z']:
    try:
        print(repr(pickle.loads(data)))
    except Exception as err:
        print(data, type(err).__module__, type(err).__name__, err)
for call in [lambda: pickle.dumps(1, 6), lambda: pickle.Pickler(None), lambda: pickle.Unpickler(None),
             lambda: pickle.Pickler(io.BytesIO(), 4, buffer_callback=print), lambda: pickle.loads('text')]:
    try:
        call()
    except Exception as err:
        print(type(err).__name__, err)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.PickleError, Exception))
print(pickle.dumps(5, -1))

# dump/load with files: several pickles in a row.
stream = io.BytesIO()
for proto in range(6):
    pickle.dump({'proto': proto, 'data': [1, 'two', 3.0]}, stream, proto)
stream.seek(0)
for proto in range(6):
    print(pickle.load(stream))
try:
    pickle.load(stream)
except EOFError as err:
    print('EOFError', err)


# Pickler and Unpickler hooks.
class Ref:
    def __init__(self, key):
        self.key = key


class RefPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return ('ref', obj.key)
        return None


class RefUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded %s' % (pid,)


for proto in range(6):
    out = io.BytesIO()
    RefPickler(out, proto).dump([Ref('a'), 1, Ref('b')])
    print(proto, out.getvalue().hex())
    print('   ', RefUnpickler(io.BytesIO(out.getvalue())).load())
try:
    pickle.loads(out.getvalue())
except pickle.UnpicklingError as err:
    print('UnpicklingError', err)


class TablePickler(pickle.Pickler):
    dispatch_table = {Plain: lambda obj: (Reduced, (obj.a,))}


out = io.BytesIO()
TablePickler(out, 2).dump([Plain(), Empty()])
print(out.getvalue().hex(), describe(pickle.loads(out.getvalue())[0]))
out = io.BytesIO()
p = pickle.Pickler(out, 3)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Empty] = lambda obj: (Reduced, (10,))
p.dump(Empty())
print(out.getvalue().hex())


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Plain:
            return (str, ('a class',))
        if isinstance(obj, Reduced):
            return (int, ('99',))
        return NotImplemented


out = io.BytesIO()
OverridePickler(out, 4).dump([Plain, Reduced(1), 5, 'x', Empty])
print(out.getvalue().hex(), pickle.loads(out.getvalue()))


class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('range', 'set'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


for obj in [range(3), {1, 2}, Plain()]:
    try:
        print(SafeUnpickler(io.BytesIO(pickle.dumps(obj, 3))).load())
    except pickle.UnpicklingError as err:
        print('UnpicklingError', err)

# The memo: shared objects stay shared, clear_memo forgets them, fast mode does not memoize.
shared = [1]
out = io.BytesIO()
p = pickle.Pickler(out, 2)
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(out.getvalue().hex())
u = pickle.Unpickler(io.BytesIO(out.getvalue()))
first = u.load()
print(u.load() is first, u.load() is first)
both = pickle.loads(pickle.dumps([shared, shared]))
print(both[0] is both[1])

# copyreg: registered reductions and extension codes.


class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(obj):
    return (Registered, (obj.v + 1,))


copyreg.pickle(Registered, reduce_registered)
print(pickle.dumps(Registered(1), 2).hex(), pickle.loads(pickle.dumps(Registered(1))).v)
copyreg.add_extension(__name__, 'Registered', 240)
copyreg.add_extension(__name__, 'Plain', 1000)
copyreg.add_extension(__name__, 'Empty', 100000)
for proto in (1, 2, 4):
    data = pickle.dumps([Registered, Plain, Empty], proto)
    print(proto, data.hex(), pickle.loads(data))
for args in [(__name__, 'Registered', 241), (__name__, 'Other', 240), ('m', 'n', 0)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as err:
        print('ValueError', err)
copyreg.remove_extension(__name__, 'Registered', 240)
try:
    copyreg.remove_extension(__name__, 'Registered', 240)
except ValueError as err:
    print('ValueError', err)
print(pickle.dumps(Registered, 2).hex())
try:
    copyreg.pickle(Registered, 5)
except TypeError as err:
    print('TypeError', err)


class Mangled:
    __slots__ = ('__p', '__q__', 'r')


print(copyreg._slotnames(SlotsAndDict), copyreg._slotnames(Mangled), copyreg.__all__)
print(copyreg._reconstructor(Plain, object, None).__class__.__name__, copyreg.__newobj__(MyInt, 5))

# copy and deepcopy of user classes go through the same reductions.
for obj in [Plain(), Stateful(3), Point(3, 4), Keyword(5, b=6), Reduced(2), MyList([1, [2]]), MyDict(k=[1]),
            Slots(), SlotsAndDict()]:
    shallow = copy.copy(obj)
    deep = copy.deepcopy(obj)
    print(describe(shallow), describe(deep))

# Nesting: deep plain data pickles; too deep is CPython's RecursionError.
nested = []
for _ in range(450):
    nested = [nested, ({1: 'x'},)]
print(len(pickle.dumps(nested)), pickle.loads(pickle.dumps(nested)) == nested)
deep_tuple = ()
for _ in range(900):
    deep_tuple = (deep_tuple,)
print(len(pickle.dumps(deep_tuple)), pickle.loads(pickle.dumps(deep_tuple)) == deep_tuple)
for _ in range(3000):
    nested = [nested]
try:
    pickle.dumps(nested)
except RecursionError as err:
    print('RecursionError', err)
