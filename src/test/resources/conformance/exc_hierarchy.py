# Exceptions: built-in hierarchy, except tuples, custom classes, args, str/repr
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(FileNotFoundError, OSError), issubclass(StopIteration, Exception))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(SystemExit, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__])
for exc in [ValueError("v"), KeyError("k"), IndexError(), TypeError("t", 2)]:
    try:
        raise exc
    except (ValueError, KeyError) as e:
        print("tuple caught", type(e).__name__, e.args)
    except LookupError as e:
        print("lookup caught", repr(e))
    except Exception as e:
        print("generic", str(e), repr(e))
class MyError(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class Detailed(Exception):
    def __str__(self):
        return "custom str"
try:
    raise MyError(404, "not found")
except ValueError as e:
    print(type(e).__name__, e.code, e, e.args, repr(e), isinstance(e, MyError))
print(str(Detailed("x")), repr(Detailed("x")), Detailed().args)
print(str(Exception()), repr(Exception()), str(Exception("a", "b")), repr(Exception("a", 1)))
print(repr(ValueError("quote's")), str(KeyError("k")), str(KeyError()))
e = OSError(2, "No such file")
print(e.errno, e.strerror, e)
try:
    try:
        raise MyError(1, "inner")
    except TypeError:
        print("wrong")
except Exception as outer:
    print("outer got", outer)
def g():
    raise NotImplementedError("todo")
try:
    g()
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", e)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)
