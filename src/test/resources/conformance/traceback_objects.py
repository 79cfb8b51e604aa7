# Traceback objects (exc.__traceback__, sys.exc_info()[2], with_traceback) and the traceback module's
# frame and stack functions: extract_tb/stack, format_tb/stack/list, print_tb/stack, walk_tb/stack,
# FrameSummary, StackSummary, TracebackException.
import traceback, sys, io
_out = print
def print(*args, **kw):
    # This file's path differs between machines: show it as FILE.
    buf = io.StringIO()
    _out(*args, file=buf, **{k: v for k, v in kw.items() if k != 'file'})
    text = buf.getvalue().replace(__file__, 'FILE')
    kw.get('file', sys.stdout).write(text)
def inner(n):
    if n == 0:
        return 1 / n
    return inner(n - 1)
def outer():
    x = 5
    return inner(2)
try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    t = tb; n = 0
    while t: n += 1; last = t; t = t.tb_next
    print(n, last.tb_frame.f_locals, last.tb_lineno, e.__traceback__ is tb, sys.exc_info()[2] is tb)
    print(tb.tb_next.tb_frame.f_locals)
    s = traceback.extract_tb(tb)
    print(type(s).__name__, len(s), s[-1], repr(s[0]), s[0].name, s[0].lineno, s[-1].line, list(s[1]))
    fn, ln, name, line = s[1]; print(name, line, s[1] == (s[1].filename, 18, 'outer', 'return inner(2)'))
    print(''.join(traceback.format_tb(tb)), end='')
    buf = io.StringIO(); traceback.print_tb(tb, limit=2, file=buf); print(buf.getvalue(), end='')
    print(traceback.format_list(s[:2]))
    for f, lineno in traceback.walk_tb(tb): print(f.f_code.co_name, lineno)
    print(len(traceback.format_tb(tb, limit=-1)))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, len(te.stack), list(te.format_exception_only()), str(te))
    print(''.join(te.format()), end='')
def show():
    st = traceback.extract_stack()
    print([f.name for f in st][-2:], st[-1].line)
    print(''.join(traceback.format_stack(limit=1)), end='')
    buf = io.StringIO(); traceback.print_stack(limit=1, file=buf); print(buf.getvalue(), end='')
    print(traceback.StackSummary.from_list([('a.py', 1, 'f', 'x = 1')]).format())
    for f, l in traceback.walk_stack(sys._getframe()): print(f.f_code.co_name, l)
show()
e2 = ValueError('v')
print(e2.__traceback__)
try:
    raise e2.with_traceback(tb)
except ValueError as e3:
    print(len(traceback.extract_tb(e3.__traceback__)))
try:
    try: 1/0
    except ZeroDivisionError as z: raise KeyError('k').with_traceback(None) from z
except KeyError as k:
    print(len(traceback.extract_tb(k.__traceback__)), [x.name for x in traceback.extract_tb(k.__cause__.__traceback__)])
def rec(n):
    if n == 0: raise RuntimeError('deep')
    rec(n - 1)
try: rec(10)
except RuntimeError as r: print(''.join(traceback.format_tb(r.__traceback__)))
print(traceback.format_exception_only(ValueError, ValueError('x')), traceback.format_exception_only(ValueError('y')))
# Frames that raised inside a generator, and in a function hot enough to run compiled.
def gen():
    yield 1
    local_in_gen = 'kept'
    raise LookupError('from gen')
def hot(i):
    if i < 0:
        raise IndexError(i)
    return i
for i in range(5000):
    hot(i)
for source in (lambda: list(gen()), lambda: hot(-1)):
    try:
        source()
    except Exception as e:
        levels = list(traceback.walk_tb(e.__traceback__))
        print(type(e).__name__, [(f.f_code.co_name, n) for f, n in levels], levels[-1][0].f_locals)
        print(e.__traceback__.tb_lasti >= 0, e.__traceback__.tb_next.tb_lasti >= 0)
try:
    ValueError().with_traceback(3)
except TypeError as e:
    print(e)
