# Exceptions: raise, re-raise, raise from, __cause__ / __context__, suppress context
class AppError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"bad input {s!r}") from e
try:
    parse("x")
except AppError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__)
def reraise():
    try:
        raise IndexError("orig")
    except IndexError:
        print("handling")
        raise
try:
    reraise()
except IndexError as e:
    print("re-raised:", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
err = RuntimeError("stored")
try:
    raise err
except RuntimeError as e:
    print(e is err)
parse("y")
