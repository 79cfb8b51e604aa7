# Classes: staticmethod, classmethod, property with getter/setter/deleter
class Temp:
    unit = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32
    @classmethod
    def freezing(cls):
        return cls(0)
    @classmethod
    def unit_name(cls):
        return cls.__name__ + ":" + cls.unit
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError")
del t.celsius
print(t.celsius)
print(Temp.convert(10), t.convert(20))
f = Temp.freezing()
print(type(f).__name__, f.celsius)
class Kelvin(Temp):
    unit = "K"
print(Kelvin.unit_name(), type(Kelvin.freezing()).__name__)
print(isinstance(Temp.__dict__["convert"], staticmethod), isinstance(Temp.__dict__["freezing"], classmethod))
print(isinstance(Temp.__dict__["celsius"], property))
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
