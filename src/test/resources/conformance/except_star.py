# except* (PEP 654, CPython 3.11): matching, wrapping naked exceptions, re-raising, what leaves the statement,
# sys.exc_info in a clause, SyntaxErrors, the opcodes dis shows, and TaskGroup failures caught with except*.
import sys
def show(label, f):
    try:
        f()
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))
    else:
        print(label, "-> nothing")

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught V", repr(e), repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("caught T", repr(e))
show("t1", t1)

def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("only V")
show("t2", t2)

def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught", repr(e), repr(e.exceptions[0]))
show("t3", t3)

def t4():
    try:
        raise TypeError("naked")
    except* ValueError as e:
        print("no")
show("t4", t4)

def t5():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise
show("t5", t5)

def t6():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        pass
    else:
        print("else no")
    finally:
        print("finally")
    print("after")
show("t6", t6)

def t7():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else yes")
show("t7", t7)

def t8():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
show("t8", t8)
def t9():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass
show("t9", t9)
def t10():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)
show("t10", t10)
def t11():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])
    except* (TypeError, KeyError) as e:
        print("nested", repr(e))
show("t11", t11)
def t12():
    for i in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            x = e
        print(i, repr(x))
    try:
        e
    except NameError as ne:
        print("cleared", ne)
show("t12", t12)
def t13():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print(type(e).__name__)
show("t13", t13)
def t14():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("inner V")
    except* TypeError as e:
        print("outer T", repr(e))
show("t14", t14)

def t15():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        raise e
    except* TypeError:
        raise
    except* KeyError:
        raise ExceptionGroup("new", [OSError(4)])
show("t15", t15)

def t16():
    def clause_value():
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            return_value = "handled V"
        return return_value
    try:
        clause_value()
    except* TypeError as e:
        print("outer got", repr(e), sys.exc_info()[0].__name__)
    print("after", sys.exc_info())
show("t16", t16)

import io
def render(f):
    try:
        f()
    except BaseException as e:
        buf = io.StringIO()
        old, sys.stderr = sys.stderr, buf
        try:
            sys.excepthook(type(e), e, e.__traceback__)
        finally:
            sys.stderr = old
        print(buf.getvalue().replace(__file__, "FILE"), end="")
    print("-" * 20)

def raises_in_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("x")
render(raises_in_clause)
render(t10)
render(t15)

cases = [
    "try:\n  pass\nexcept ValueError:\n  pass\nexcept* TypeError:\n  pass",
    "try:\n  pass\nexcept* TypeError:\n  pass\nexcept ValueError:\n  pass",
    "try:\n  pass\nexcept*:\n  pass",
    "def f():\n  try:\n    pass\n  except* ValueError:\n    return 1",
    "def f():\n  try:\n    pass\n  except* ValueError:\n    return x + y",
    "def f():\n  try:\n    pass\n  except* ValueError:\n    return",
    "for i in x:\n  try:\n    pass\n  except* ValueError:\n    continue",
    "for i in x:\n  try:\n    pass\n  except* ValueError as e:\n    if e: break",
    "try:\n  pass\nexcept* ValueError:\n  for i in x:\n    break",
    "def f():\n  try:\n    return 1\n  except* ValueError:\n    def g(): return 2",
    "try:\n  pass\nexcept *(ValueError, TypeError) as e:\n  pass\nelse:\n  pass\nfinally:\n  pass",
    "async def f():\n  try:\n    pass\n  except* ValueError:\n    await x",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok      ", repr(src))
    except SyntaxError as e:
        print("error   ", repr(src), "->", e.msg, e.lineno, e.offset, e.end_offset)

import dis
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
STAR_OPS = {"PUSH_EXC_INFO", "CHECK_EG_MATCH", "PREP_RERAISE_STAR", "POP_EXCEPT", "RERAISE", "LIST_APPEND",
            "BUILD_LIST", "CHECK_EXC_MATCH"}
def ops(fn):
    buf = Buf()
    dis.dis(fn, file=buf)
    out = []
    for line in "".join(buf.parts).splitlines():
        for w in line.replace(">>", "").split():
            if w in STAR_OPS:
                out.append(w)
                break
    return out
def star(g, h):
    try:
        g()
    except* ValueError as e:
        h(e)
    except* TypeError:
        pass
print(ops(star))

import asyncio
async def fails(n, exc):
    await asyncio.sleep(n / 1000)
    raise exc
async def ok(n):
    await asyncio.sleep(n / 1000)
    return n
async def tg_main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(0, ValueError("v")))
            tg.create_task(fails(0, TypeError("t")))
            tg.create_task(ok(50))
    except* ValueError as e:
        print("TaskGroup V", repr(e))
    except* TypeError as e:
        print("TaskGroup T", repr(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(1, ValueError("v")))
    except ExceptionGroup as e:
        print(type(e).__name__, str(e))
asyncio.run(tg_main())
