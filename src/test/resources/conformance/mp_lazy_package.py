# Importing multiprocessing loads only what every process needs (a child pays for each module it
# imports); Queue, Pool, Lock... load their submodule on first use. Connection.send_bytes checks its
# offset and size as CPython's does.
import sys
import multiprocessing as mp

print([m for m in ('multiprocessing.pool', 'multiprocessing.managers', 'multiprocessing.sharedctypes')
       if m in sys.modules])
print(mp.get_all_start_methods(), mp.get_start_method(allow_none=True))
Pool = mp.Pool
print(Pool.__name__, 'multiprocessing.pool' in sys.modules)
from multiprocessing import Lock, Value
print(Lock.__name__ in ('Lock',), callable(Value))
try:
    mp.NoSuchThing
except AttributeError as e:
    print(e)
try:
    mp.set_start_method('vfork')
except ValueError as e:
    print(e)
a, b = mp.Pipe()
for args in [(b"abc", -1), (b"abc", 4), (b"abc", 1, -1), (b"abc", 1, 5)]:
    try:
        b.send_bytes(*args)
    except ValueError as e:
        print(e)
b.send_bytes(b"abcdef", 2, 3)
b.send_bytes(bytearray(b"xyz"))
print(a.recv_bytes(), a.recv_bytes())
