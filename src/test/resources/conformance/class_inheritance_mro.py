# Classes: single and multiple inheritance, C3 MRO, __mro__, super()
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B>" + super().who()
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C>" + super().who()
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
print(D.__bases__ == (B, C), A.__bases__ == (object,))
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))
class Base:
    def __init__(self, x):
        self.x = x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
c = Child(1, 2)
print(c.x, c.y)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y): pass
class V(Z, W): pass
print([k.__name__ for k in V.__mro__])
try:
    class Bad(X, Z):
        pass
except TypeError as e:
    print("TypeError:", e)
class Grand:
    def hello(self):
        return "grand"
class Parent(Grand):
    pass
class Kid(Parent):
    def hello(self):
        return "kid+" + super(Kid, self).hello()
print(Kid().hello())
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Tri(Shape):
    sides = 3
print(Tri().describe(), Shape().describe())
print(object in D.__mro__, D.mro() == list(D.__mro__))
