# concurrent.interpreters (PEP 734): interpreters, exec, errors, prepare_main, close.
# Expected output: CPython 3.13's test.support.interpreters (the nearest installed CPython with the module;
# 3.14 moved it to concurrent.interpreters with the same behaviour for everything printed here).
# regen: skip (CPython 3.11 has no interpreters module; the .out above was made with 3.13)
try:
    from concurrent import interpreters
except ImportError:
    from test.support import interpreters

main = interpreters.get_main()
print(main, main.id, main.whence, interpreters.get_current() == main, main.is_running())
a = interpreters.create()
b = interpreters.create()
print(a.id == main.id + 1 or a.id > 0, b.id > a.id, a != b, a == interpreters.Interpreter(a.id))
print(interpreters.list_all() == [main, a, b], a.is_running())
print(repr(a) == f"Interpreter({a.id})", hash(a) == hash(a.id))
print(repr(a.whence), repr(b.whence), interpreters.Interpreter(a.id).whence)

# exec runs source in the interpreter's own __main__, in this thread.
a.exec("x = 40")
a.exec("x += 2; print('x is', x, __name__)")
b.exec("print('x' in dir())")
print('x' in globals())


def body():
    import sys
    print("body runs in", __name__, type(sys.modules).__name__)


a.exec(body)

# An uncaught exception there is ExecutionFailed here, with a summary (the object stays there).
for src in ["1/0", "raise KeyError('k')", "raise ValueError", "class Oops(Exception): pass\nraise Oops('m')",
            "raise SystemExit(3)", "undefined_name"]:
    try:
        a.exec(src)
    except interpreters.ExecutionFailed as e:
        t = e.excinfo.type
        print(type(e).__name__, "|", t.__name__, t.__qualname__, t.__module__, "|", repr(e.excinfo.msg), "|",
              e.excinfo.formatted)
        print(str(e).splitlines()[0])
try:
    a.exec("def")
except interpreters.ExecutionFailed as e:
    print(e.excinfo.type.__name__, e.excinfo.msg)

try:
    a.exec("1/0")
except interpreters.ExecutionFailed as e:
    print(str(e))

# What exec accepts.
try:
    a.exec(42)
except TypeError as e:
    print("TypeError", e)


def takes_arg(x):
    return x


try:
    a.exec(takes_arg)
except ValueError as e:
    print("ValueError", e)


def make_closure():
    y = 1

    def inner():
        return y
    return inner


try:
    a.exec(make_closure())
except ValueError as e:
    print("ValueError", e)

# prepare_main binds values in __main__ (immutable values here).
a.prepare_main({'n': 3}, s='text', t=(1, 2.5, b'x', None, True))
a.exec("print(n, s, t)")
a.prepare_main(None, n=4)
a.exec("print(n)")

print(interpreters.is_shareable(1), interpreters.is_shareable('s'), interpreters.is_shareable(b''),
      interpreters.is_shareable(1.5), interpreters.is_shareable(None), interpreters.is_shareable(True),
      interpreters.is_shareable((1, ("a",))), interpreters.is_shareable([1]), interpreters.is_shareable(a))

# Closing.
try:
    main.close()
except interpreters.InterpreterError as e:
    print(type(e).__name__, e)
b.close()
print(interpreters.list_all() == [main, a])
for op in (b.close, b.is_running, lambda: b.exec("pass"), lambda: b.prepare_main(v=1)):
    try:
        op()
    except interpreters.InterpreterNotFoundError as e:
        print(type(e).__name__, e.args[0].replace(str(b.id), 'N'))
try:
    interpreters.Interpreter(10_000)
except interpreters.InterpreterNotFoundError as e:
    print(type(e).__name__, e)
a.close()
print(interpreters.list_all() == [main])
for cls in (interpreters.InterpreterError, interpreters.InterpreterNotFoundError, interpreters.ExecutionFailed,
            interpreters.NotShareableError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
