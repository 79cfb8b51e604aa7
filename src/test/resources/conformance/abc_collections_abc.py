# abc and collections.abc: abstract methods, structural isinstance checks, Mapping mixins
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Callable, Hashable, Sized, Container
from collections import deque
print(isinstance([], Iterable), isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance({}, Mapping))
print(isinstance({}, MutableMapping), isinstance((1,), Sequence), isinstance("s", Sequence), isinstance({}, Sequence))
print(isinstance(len, Callable), isinstance(1, Callable), isinstance([], Hashable), isinstance(1, Hashable))
print(isinstance(deque(), Sized), isinstance(set(), Container), issubclass(list, Sequence), isinstance(5, Iterable))
class G:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(G(), Iterator), isinstance(G(), Sized))
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def area(self): return 4
    def name(self): return "sq"
class Half(Shape):
    def area(self): return 1
try: Shape()
except TypeError as e: print(e)
try: Half()
except TypeError as e: print(e)
print(Sq().area(), isinstance(Sq(), Shape))
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m["a"] = 1; m.update(b=2)
print(m.get("a"), m.get("z", 0), "b" in m, len(m), m.pop("a"), m.setdefault("c", 3), isinstance(m, Mapping))
