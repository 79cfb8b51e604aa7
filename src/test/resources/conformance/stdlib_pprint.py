# pprint: pprint/pformat/pp, width/indent/depth/compact/sort_dicts, long strings, recursion, collections
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from types import SimpleNamespace

stuff = ['spam', 'eggs', 'lumberjack', 'knights', 'ni']
stuff.insert(0, stuff[:])
pprint.pprint(stuff)
pprint.pprint(stuff, indent=4)
pprint.pprint(stuff, width=41, compact=True)
tup = ('spam', ('eggs', ('lumberjack', ('knights', ('ni', ('dead', ('parrot', ('fresh fruit',))))))))
pprint.pprint(tup, depth=6)
pprint.pprint(tup)
data = {
    'name': 'gilpy', 'version': (0, 1, 0), 'authors': ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'],
    'deps': {'antlr': '4.13', 'jline': '3.26', 'picocli': '4.7', 'asm': '9.7'},
    'flags': {True, False}, 'ratio': 0.3333333333333333, 'empty': {}, 'nothing': None, 'b': b'bytes',
}
pprint.pprint(data)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=100)
print(pprint.pformat(data, depth=1))
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat(list(range(12)), width=20))
print(repr(pprint.pformat({'a': 1})), repr(pprint.pformat([])), repr(pprint.pformat(())))
long_text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
pprint.pprint(long_text)
pprint.pprint({'text': long_text, 'lines': "first line\nsecond line that is quite a bit longer than the first one\n"})
pprint.pprint([long_text], width=40)
pprint.pprint(b'\x00\x01binary data that goes on and on and on and on and on and on and on', width=30)
pprint.pprint(bytearray(b'abcdefghijklmnopqrstuvwxyz' * 3), width=40)
recursive = [1, 2]
recursive.append(recursive)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(recursive).split('id=')[0], pprint.isrecursive(recursive), pprint.isreadable(recursive))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object()]), pprint.isrecursive([1]))
print(pprint.pformat(d).split('id=')[0])
pprint.pprint({3: 'c', 1: 'a', 'x': 'mixed', (1, 2): 'tuple', 2.5: 'float'})
pprint.pprint({'z': 1, 'a': 2, 'm': 3}, sort_dicts=False)
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint([10 ** 12] * 8, underscore_numbers=True)
pprint.pprint(OrderedDict((f'key{i}', i * 100) for i in range(8)))
dd = defaultdict(list)
for i in range(6):
    dd[f'group{i % 3}'].append(f'member number {i}')
pprint.pprint(dd)
pprint.pprint(Counter('abracadabra simsalabim hocus pocus'), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=30), width=40)
pprint.pprint(set(range(30)), width=40)
pprint.pprint(frozenset('abcdefghijklmnopqrstuvwxyz'), width=40)
pprint.pprint(SimpleNamespace(alpha=list(range(15)), beta='a string value', gamma={'x': 1, 'y': 2}), width=40)
matrix = [[i * j for j in range(10)] for i in range(8)]
pprint.pprint(matrix)
pprint.pprint(matrix, width=30, compact=True)
pp = pprint.PrettyPrinter(indent=2, width=50, depth=3)
pp.pprint({'level1': {'level2': {'level3': {'level4': 'deep'}}}, 'list': [[1, [2, [3, [4]]]]]})
print(pp.pformat(['x'] * 3), pp.isreadable({'a': 1}), pp.isrecursive(d))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


pprint.pprint([Point(i, i * i) for i in range(12)])
