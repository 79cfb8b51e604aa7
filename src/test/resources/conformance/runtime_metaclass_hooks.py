class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
a = Config(1); b = Config(2)
print(a is b, a.v)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
class A(metaclass=M, flag=True):
    x = injected
print(A.x, A["key"])
class D:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class C(Base, metaclass=M, tag=1):
    d = D()
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(G[int], G[int, str])
print(list[int], dict[str, list[int]], tuple[int, ...], type[G], tuple[()], list[int]([1, 2]))
print(list[int] == list[int], list[int].__origin__, list[int].__args__, list[int].__name__)
class L(list[int]): pass
print(L.__orig_bases__, L.__mro__, L([3]))
def f(x: dict[str, int]) -> list[str]: return list(x)
print(f.__annotations__)
print(type.__prepare__("x", ()))
try:
    int[3]
except TypeError as e: print(e)
class E(type):
    def __prepare__(name, bases): return 5
try:
    class Z(metaclass=E): pass
except TypeError as e: print(e)
