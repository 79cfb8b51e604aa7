# threading across threads (rewritten clean-room): excepthook, Barrier/Timer/local/Condition/Semaphore/Event, dummy threads, atexit order; expected output from CPython 3.11.
import threading, time, sys, io
# excepthook output and custom hooks
def boom(): raise ValueError('bad thing')
old = sys.stderr; sys.stderr = io.StringIO()
t = threading.Thread(target=boom); t.start(); t.join()
text = sys.stderr.getvalue(); sys.stderr = old
print(text.splitlines()[0], '|', text.splitlines()[-1])
seen = []
threading.excepthook = lambda a: seen.append((a.exc_type.__name__, str(a.exc_value), a.thread.name, type(a).__name__, len(a)))
t = threading.Thread(target=boom, name='W'); t.start(); t.join(); print(seen)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit, args=(3,)); t.start(); t.join(); print('sysexit quiet')
a = threading.ExceptHookArgs([ValueError, ValueError('x'), None, None]); print(a.exc_type, a.thread, a[1])
try: threading.ExceptHookArgs([1, 2])
except TypeError as e: print(e)
# Barrier
out = []
b = threading.Barrier(3, action=lambda: out.append('action'))
def party(i):
    out.append(b.wait())
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(out, key=str), b.n_waiting, b.broken)
def failing(): raise KeyError('act')
b2 = threading.Barrier(2, action=failing); res = []
def p2():
    try: b2.wait(); res.append('ok')
    except threading.BrokenBarrierError: res.append('broken')
    except KeyError as e: res.append('key')
ts = [threading.Thread(target=p2) for _ in range(2)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(res), b2.broken); b2.reset(); print(b2.broken)
b3 = threading.Barrier(2); res = []
def p3():
    try: res.append(b3.wait())
    except threading.BrokenBarrierError: res.append('reset')
t = threading.Thread(target=p3); t.start(); time.sleep(0.05); print(b3.n_waiting); b3.reset(); t.join(); print(res, b3.broken, b3.n_waiting)
# Timer
hits = []
tm = threading.Timer(0.02, hits.append, args=['fired']); tm.start(); tm.join(); print(hits)
tm = threading.Timer(5, hits.append, args=['never']); tm.start(); tm.cancel(); tm.join(); print(hits, tm.finished.is_set())
# local with subclass __init__ per thread
class L(threading.local):
    def __init__(self, v): self.v = v; self.inits = threading.current_thread().name
loc = L(7)
def use(): loc.v += 1; print('thread sees', loc.v, loc.inits)
t = threading.Thread(target=use, name='T'); t.start(); t.join(); print('main sees', loc.v, loc.inits)
# Condition producer/consumer, notify counts
c = threading.Condition(); items = []; got = []
def consumer():
    with c:
        c.wait_for(lambda: items)
        got.append(items.pop())
cs = [threading.Thread(target=consumer) for _ in range(3)]
for x in cs: x.start()
time.sleep(0.05)
with c:
    items.extend([1, 2, 3]); c.notify(2)
time.sleep(0.05)
with c: c.notify_all()
for x in cs: x.join()
print(sorted(got))
# Semaphore limits concurrency
sem = threading.BoundedSemaphore(2); lock = threading.Lock(); now = [0]; peak = [0]
def limited():
    with sem:
        with lock: now[0] += 1; peak[0] = max(peak[0], now[0])
        time.sleep(0.01)
        with lock: now[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for x in ts: x.start()
for x in ts: x.join()
print('peak', peak[0])
# Event across threads
ev = threading.Event(); r = []
t = threading.Thread(target=lambda: r.append(ev.wait(2))); t.start(); ev.set(); t.join(); print(r)
# join with timeout, is_alive, daemon inheritance, dummy threads
import _thread
stop = threading.Event()
t = threading.Thread(target=stop.wait, daemon=True); t.start(); t.join(0.01); print(t.is_alive(), t.daemon)
def inner(): print('inner daemon', threading.Thread().daemon)
t2 = threading.Thread(target=inner, daemon=True); t2.start(); t2.join(); stop.set(); t.join(); print(t.is_alive())
d = []
_thread.start_new_thread(lambda: d.append(repr(threading.current_thread()).split(',')[0] + ' ' + str(threading.current_thread() is threading.current_thread())), ())
time.sleep(0.1); print(d)
print(threading.active_count(), [x.name for x in threading.enumerate()][:1])
# RLock with Condition, nested
rl = threading.RLock(); cv = threading.Condition(rl)
with rl:
    with rl:
        print(cv.wait(0.01), rl._is_owned())
# atexit ordering
threading._register_atexit(print, 'atexit 1'); threading._register_atexit(print, 'atexit 2')
threading.Thread(target=lambda: (time.sleep(0.05), print('non-daemon finished'))).start()
print('main end')
