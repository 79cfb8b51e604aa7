# Builtins: isinstance/issubclass (tuples), getattr/setattr/hasattr/delattr,
# callable, type(), vars, dir of a class, id identity
class Animal:
    legs = 4
    def speak(self): return "..."
class Dog(Animal):
    def speak(self): return "woof"
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, (int, str)), isinstance(d, (int, Animal)))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), isinstance("s", object))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(bool, int), issubclass(Dog, (str, Animal)))
print(getattr(d, "legs"), getattr(d, "tail", "no tail"), hasattr(d, "speak"), hasattr(d, "fly"))
setattr(d, "name", "Rex")
print(d.name, getattr(d, "name"))
delattr(d, "name")
print(hasattr(d, "name"))
try:
    getattr(d, "missing")
except AttributeError as e:
    print(e)
print(callable(d.speak), callable(Dog), callable(d), callable(len), callable(3))
print(type(d).__name__, type(1), type("s"), type([]), type(None), type(type))
print(type(d) is Dog, type(d) == Animal, Dog.__name__, Dog.__base__.__name__)
print(vars(d), sorted(vars(Dog).keys() - {"__module__", "__doc__"}))
names = [n for n in dir(Dog) if not n.startswith("__")]
print(names)
print("speak" in dir(d), "__init__" in dir(Dog))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
Dyn = type("Dyn", (Animal,), {"legs": 3})
print(Dyn.__name__, Dyn().legs, Dyn().speak(), issubclass(Dyn, Animal))
print(getattr(Dog, "speak")(d), getattr("abc", "upper")())
