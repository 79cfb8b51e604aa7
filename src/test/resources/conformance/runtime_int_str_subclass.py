class MyInt(int):
    def double(self): return self * 2
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
    def __repr__(self): return f"Pos({int(self)})"
a = MyInt(21)
print(a, repr(a), a.double(), a + 1, type(a + 1).__name__, type(a).__name__, isinstance(a, int), int(a), type(int(a)).__name__)
a.tag = "x"; print(a.tag, hash(a) == hash(21), {21: "k"}[a], {a: 1}[21], a == 21, a < 22, -a, abs(MyInt(-3)), f"{a:05d}", str(a), "%d" % a)
p = Pos(5); print(p, [p], str(p), p * 2, MyInt("ff", 16), MyInt(), sorted([MyInt(3), 1, Pos(2)]))
try: Pos(-1)
except ValueError as e: print(e)
class Up(str):
    def shout(self): return self.upper() + "!"
u = Up("hi")
print(u, repr(u), u.shout(), u + "x", type(u + "x").__name__, len(u), u[0], type(str(u)).__name__, u == "hi", {"hi": 1}[u], f"{u:>5}", "%s" % u)
class Name(str):
    def __new__(cls, first, last):
        o = super().__new__(cls, f"{first} {last}")
        o.first = first
        return o
n = Name("Ada", "Lovelace"); print(n, n.first, n.split(), isinstance(n, str), Name.__mro__)
class CI(str):
    def __eq__(self, o): return self.lower() == o.lower()
    def __hash__(self): return hash(self.lower())
print(CI("ABC") == "abc", {CI("X"): 1}.get(CI("x")), "ab" in {CI("AB")} )
print(int.__new__(MyInt, 7), str.__new__(Up, "z").shout(), type(True + MyInt(1)).__name__)
print(bool(MyInt(0)), bool(Up("")), Up("a,b").split(","), "".join([Up("a"), "b"]))
