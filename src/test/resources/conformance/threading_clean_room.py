# threading (rewritten clean-room): names, reprs, errors of Thread/Condition/Semaphore/Event/Barrier/Timer; expected output from CPython 3.11.
import threading, re, sys, warnings
def r(x): return re.sub(r'0x[0-9a-f]+', '0x?', re.sub(r'(started|stopped|owner=|daemon) [0-9]+|owner=[1-9][0-9]*', r'\1 ID', repr(x)))
print(threading.__all__)
def f(): pass
t = threading.Thread(target=f); print(r(t), t.name, t.daemon, t.ident, t.native_id, t.is_alive())
t2 = threading.Thread(target=f, name=5); print(t2.name, type(t2.name))
t3 = threading.Thread(target=f, name=''); print(t3.name)
t4 = threading.Thread(target=print, daemon=True); print(r(t4))
class C:
    def __call__(self): pass
print(threading.Thread(target=C()).name, threading.Thread(target=lambda: 0).name, threading.Thread().name)
tm = threading.Timer(1, f); print(tm.name, r(tm), tm.args, tm.kwargs, tm.interval, r(tm.finished))
t.start(); t.join(); print(r(t), t.is_alive())
for g in [t.start, lambda: threading.current_thread().join(), lambda: threading.Thread().join(),
          lambda: setattr(t, 'daemon', True), lambda: threading.Thread(group=1)]:
    try: g()
    except Exception as e: print(type(e).__name__, e)
class Bad(threading.Thread):
    def __init__(self): pass
b = Bad()
for g in [b.start, lambda: repr(b), b.join, b.is_alive, lambda: b.name, lambda: b.daemon, lambda: b.ident, lambda: setattr(b, 'daemon', 1), lambda: setattr(b, 'name', 'x')]:
    try: g(); print('ok')
    except BaseException as e: print(type(e).__name__, e)
m = threading.main_thread(); print(r(m), m is threading.current_thread(), threading.active_count(), r(threading.enumerate()))
c = threading.Condition(); print(r(c))
for g in [c.wait, c.notify, c.notify_all]:
    try: g()
    except RuntimeError as e: print(e)
with c: print(r(c), c.wait(0), c.wait_for(lambda: 5), c.wait_for(lambda: 0, 0.01))
c2 = threading.Condition(threading.RLock()); print(r(c2))
s = threading.Semaphore(2); print(r(s))
for g in [lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1), lambda: s.release(0)]:
    try: g()
    except ValueError as e: print(e)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s._value)
s.release(2); print(s._value)
bs = threading.BoundedSemaphore(1); print(r(bs))
try: bs.release()
except ValueError as e: print(e)
e = threading.Event(); print(r(e), e.is_set(), e.wait(0.01)); e.set(); print(e.wait(), e.is_set()); e.clear(); print(e.is_set())
ba = threading.Barrier(2, timeout=3); print(r(ba), ba.parties, ba.n_waiting, ba.broken)
for g in [lambda: threading.Barrier(0), lambda: threading.Barrier(-1)]:
    try: g()
    except Exception as ex: print(type(ex).__name__, ex)
try: ba.wait(0.01)
except threading.BrokenBarrierError as ex: print('broken', repr(ex), ba.broken)
print(r(ba)); ba.reset(); print(ba.broken); ba.abort(); print(ba.broken)
print(threading.BrokenBarrierError.__mro__)
print(r(threading.ExceptHookArgs), callable(threading.excepthook), threading.excepthook is threading.__excepthook__)
print(threading.gettrace(), threading.getprofile(), threading.stack_size())
print(r(threading.local()), type(threading.local()).__module__)
