"""doc"""
x: int = 5
y: "str"
class C:
    a: int
    b: "list[int]" = []
    __p: dict = {}
    def m(self, q: float, *args: int, k: bool = True, **kw: str) -> None:
        self.z: int = 1
        loc: int = 2
    def n(self): pass
print(__annotations__)
print(C.__annotations__)
print(C.m.__annotations__)
print(C.n.__annotations__)
d = {}
d["k"]: int = 3
(w): int = 4
print(__annotations__, d)
def outer():
    T = int
    def inner(a: T) -> T: return a
    return inner
print(outer().__annotations__)
f = lambda: 0
print(f.__annotations__)
for i in range(1):
    z: float = 1.0
print(__annotations__)
print(__doc__)
