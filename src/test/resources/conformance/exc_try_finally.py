# Exceptions: try/except/else/finally ordering, return/break inside finally
def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError("one")
        if x == 2:
            return "returned from try"
    except ValueError as e:
        print("except", e)
        return "returned from except"
    else:
        print("else")
    finally:
        print("finally", x)
    return "end"
for x in range(3):
    print(f(x))
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
def swallow():
    try:
        raise KeyError("k")
    finally:
        return "swallowed"
print(swallow())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("cleanup", i)
for i in range(3):
    try:
        continue
    finally:
        print("continue cleanup", i)
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
nested()
try:
    pass
except Exception:
    print("no")
else:
    print("else runs when no exception")
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen_finally():
    print(v)
