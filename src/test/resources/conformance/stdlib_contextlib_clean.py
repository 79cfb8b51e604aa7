import contextlib, io, os, sys, tempfile
from contextlib import *
print(sorted(contextlib.__all__))
@contextmanager
def tag(name):
    """Doc of tag."""
    print('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', repr(e))
    finally:
        print('</%s>' % name)
with tag('a') as t:
    print('body', t)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('passed through', repr(e))
cm = tag('d'); print(cm.__doc__, tag.__name__, tag.__doc__, type(cm).__name__, hasattr(cm, 'func'))
with cm: pass
print(hasattr(cm, 'func'), hasattr(cm, 'args'))
@tag('deco')
def f(x):
    print('in f', x); return x * 2
print(f(1), f(2), f.__name__)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e:
    print('RE', e, e.__suppress_context__)
@contextmanager
def twice():
    try:
        yield 1
        yield 2
    finally:
        print('twice closed')
try:
    with twice(): pass
except RuntimeError as e:
    print('RE', e)
@contextmanager
def swallow_then_yield():
    try:
        yield
    except ValueError:
        try:
            yield
        finally:
            print('sty closed')
try:
    with swallow_then_yield(): raise ValueError
except RuntimeError as e:
    print('RE', e)
@contextmanager
def passthru():
    yield
try:
    with passthru(): raise StopIteration('si')
except StopIteration as e:
    print('SI kept', e)
@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError as e:
        raise TypeError('converted') from e
try:
    with converts(): 1 / 0
except TypeError as e:
    print('TE', e, type(e.__cause__).__name__)
@contextmanager
def reraises_rt():
    yield
try:
    with reraises_rt(): raise RuntimeError('rt')
except RuntimeError as e:
    print('RT', e)
class Res:
    def close(self): print('closed res')
with closing(Res()) as r:
    print(type(r).__name__)
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('captured'); print(target is buf)
print(repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    sys.stderr.write('err text')
print(repr(ebuf.getvalue()))
rs = redirect_stdout(io.StringIO())
with rs:
    with rs:
        pass
print(sys.stdout is sys.__stdout__)
with suppress(KeyError, IndexError) as s:
    print('s is', s); [][1]
print('after suppress')
try:
    with suppress(KeyError):
        raise ValueError('no')
except ValueError as e:
    print('not suppressed', e)
with suppress():
    pass
with nullcontext(5) as v: print(v)
with nullcontext() as v: print(v)
here = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    with chdir(d) as c:
        print(c, os.getcwd() == os.path.realpath(d) or os.getcwd() == d)
    print(os.getcwd() == here)
print(issubclass(Res, AbstractContextManager), issubclass(nullcontext, AbstractContextManager))
class Duck:
    def __enter__(self): return 'duck'
    def __exit__(self, *a): return None
class NoExit(Duck):
    __exit__ = None
print(issubclass(Duck, AbstractContextManager), issubclass(NoExit, AbstractContextManager), isinstance(Duck(), AbstractContextManager))
class Mgr(ContextDecorator):
    def __enter__(self): print('enter mgr'); return self
    def __exit__(self, *exc): print('exit mgr', exc[0]); return False
@Mgr()
def g(): print('in g')
g()
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'cb', i, sep='-')
    print(stack.enter_context(tag('x')))
    stack.push(lambda *exc: print('push fn', exc[0]))
    stack.enter_context(Mgr())
print('unwound')
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError('gone')
print('suppressed by push')
def boom(msg):
    raise ValueError(msg)
try:
    with ExitStack() as stack:
        stack.callback(boom, 'first')
        stack.callback(boom, 'second')
        raise KeyError('body')
except ValueError as e:
    print('final', e, repr(e.__context__), repr(e.__context__.__context__))
try:
    with ExitStack() as st:
        st.enter_context(object())
except TypeError as e:
    print('TE', e)
st = ExitStack()
st.callback(print, 'moved')
moved = st.pop_all()
st.close(); print('closed original'); moved.close()
@st.callback
def dec_cb(): print('decorated cb')
st.close()
print(st.push(Mgr()).__class__.__name__)
st.close()
def cleanup(*a, **k): print('cleanup', a, k)
cbw = ExitStack()
r = cbw.callback(cleanup, 1, k=2); print(r is cleanup)
cbw.close()
