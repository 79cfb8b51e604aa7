# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout/stderr
import sys
from contextlib import (contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout,
                        redirect_stderr, ContextDecorator, AbstractContextManager)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("h1") as t:
    print("inside", t)

try:
    with tag("p"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    {}["missing"]
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2


print(decorated(21))
print(decorated(1))
print(decorated.__name__)

with suppress(FileNotFoundError, KeyError):
    {}[1]
print("suppressed KeyError")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
with suppress():
    pass


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

    def close(self):
        print("close", self.name)


with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "abc"]
    stack.callback(print, "callback", "with", "args", sep="-")
    print("names", [r.name for r in rs])

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("x"))
        stack.enter_context(Resource("y"))
        raise OSError("disk")
except OSError as e:
    print("caught", e)

with ExitStack() as stack:
    stack.enter_context(Resource("kept"))
    moved = stack.pop_all()
print("pop_all moved; now closing")
moved.close()


def suppressor(*exc):
    print("suppressor sees", exc[0].__name__)
    return True


with ExitStack() as stack:
    stack.push(suppressor)
    raise IndexError("dropped")
print("ExitStack suppressed")


def failing_cb():
    raise ValueError("from callback")


try:
    with ExitStack() as stack:
        stack.callback(failing_cb)
        raise KeyError("original")
except ValueError as e:
    print("callback error:", e, "context:", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

with closing(Resource("conn")) as c:
    print("using", c.name)

with nullcontext(5) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
with redirect_stdout(cap) as target:
    print("hidden", 1, 2)
    print("second line")
print("captured:", "".join(cap.parts).splitlines(), target is cap)
err = Capture()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr captured:", err.parts)


class Timer(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop")
        return False


@Timer()
def work():
    print("working")


work()
print(issubclass(Resource, AbstractContextManager), issubclass(int, AbstractContextManager))


@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise TypeError("converted")


try:
    with reraise_other():
        raise ValueError("v")
except TypeError as e:
    print("converted:", e, "context:", repr(e.__context__))
