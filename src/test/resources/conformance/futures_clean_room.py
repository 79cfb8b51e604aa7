# concurrent.futures (rewritten clean-room): Future states, reprs, errors, callbacks; wait/as_completed with
# timeouts; ThreadPoolExecutor names, initializer failure, shutdown(cancel_futures), map order and timeout.
# Expected output from CPython 3.11.
import concurrent.futures as cf, threading, time, re, sys, io
def r(x): return re.sub(r'0x[0-9a-f]+', '0x?', repr(x))
class Capture:
    def __enter__(self):
        self.old, sys.stderr = sys.stderr, io.StringIO(); return self
    def __exit__(self, *a):
        self.text, sys.stderr = sys.stderr.getvalue(), self.old
        lines = self.text.splitlines()
        s = lambda t: re.sub(r'0x[0-9a-f]+|\d{6,}', '?', t)
        print('stderr:', s(lines[0]) if lines else None, '|', s(lines[-1]) if lines else None)
f = cf.Future(); print(r(f), f.running(), f.done(), f.cancelled())
print(f.set_running_or_notify_cancel(), r(f), f.cancel(), f.running())
with Capture():
    try: f.set_running_or_notify_cancel()
    except RuntimeError as e: print('RuntimeError', e)
f.set_result(3); print(r(f), f.result(), f.exception(), f.done())
for g in [lambda: f.set_result(1), lambda: f.set_exception(ValueError())]:
    try: g()
    except cf.InvalidStateError as e: print(type(e).__name__, r(e))
f = cf.Future(); f.set_exception(ValueError('bad')); print(r(f))
try: f.result()
except ValueError as e: print('raised', e)
print(repr(f.exception()))
f = cf.Future(); print(f.cancel(), f.cancel(), r(f), f.cancelled(), f.done())
for g in [f.result, f.exception]:
    try: g()
    except cf.CancelledError as e: print('cancelled', repr(e))
try: f.set_result(1)
except cf.InvalidStateError as e: print(r(e))
print(len(cf.wait([f], timeout=0.01).done), f.set_running_or_notify_cancel(), r(f), len(cf.wait([f]).done))
f = cf.Future()
for g in [lambda: f.result(timeout=0.01), lambda: f.exception(timeout=0)]:
    try: g()
    except cf.TimeoutError as e: print('timeout', repr(e), cf.TimeoutError is TimeoutError)
log = []
f.add_done_callback(lambda fut: log.append(('cb1', fut is f)))
f.add_done_callback(lambda fut: 1/0)
f.add_done_callback(lambda fut: log.append('cb3'))
with Capture(): f.set_result(None)
print(log)
f.add_done_callback(lambda fut: log.append('late')); print(log)
with Capture(): f.add_done_callback(lambda fut: [][1])
print(cf.Future[int])
import concurrent.futures.thread as cft
for e in [cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor, cft.BrokenThreadPool]:
    print(e.__name__, e.__module__, [b.__name__ for b in e.__mro__])
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
try: cf.Executor().submit(print)
except NotImplementedError as e: print('NI', repr(e))
print(cf.Executor().shutdown())
with cf.Executor() as ex: print(ex.__class__.__name__)
# wait / as_completed
a, b, c = cf.Future(), cf.Future(), cf.Future()
a.set_result(1)
res = cf.wait([a, b], timeout=0.01); print(type(res).__name__, len(res.done), len(res.not_done), res[0] is res.done, isinstance(res, tuple), res._fields)
d, nd = res; print(d == {a}, nd == {b})
print(len(cf.wait([a, b], return_when=cf.FIRST_COMPLETED).done))
b.set_exception(KeyError(1))
res = cf.wait([b, c], timeout=0.01, return_when=cf.FIRST_EXCEPTION); print(len(res.done), len(res.not_done))
for fs in ([a], [], [a, c]):
    try: print(r(cf.wait(fs, timeout=0.01, return_when='bogus')))
    except ValueError as e: print('ValueError', e)
try:
    for x in cf.as_completed([a, b, c, c], timeout=0.05): print('got', x is a or x is b)
except cf.TimeoutError as e: print('TO', repr(e))
print(list(cf.as_completed([])), cf.wait([]))
def later(f, v, t):
    time.sleep(t); f.set_result(v)
e, g = cf.Future(), cf.Future()
threading.Thread(target=later, args=(e, 'e', 0.3)).start(); threading.Thread(target=later, args=(g, 'g', 0.01)).start()
print([x.result() for x in cf.as_completed([e, g])])
h = cf.Future(); threading.Thread(target=later, args=(h, 'h', 0.02)).start()
print(len(cf.wait([h, c], return_when=cf.FIRST_COMPLETED).done), h.result())
k = cf.Future(); threading.Thread(target=lambda: (time.sleep(0.02), k.set_exception(OSError('x')))).start()
print(len(cf.wait([k, c], return_when=cf.FIRST_EXCEPTION).not_done))
# ThreadPoolExecutor
ex = cf.ThreadPoolExecutor(max_workers=2)
print(ex._max_workers, ex._thread_name_prefix)
fs = [ex.submit(lambda: threading.current_thread().name) for _ in range(4)]
print(set(x.result() for x in fs) <= {'ThreadPoolExecutor-0_0', 'ThreadPoolExecutor-0_1'})
print(list(ex.map(lambda x, y: x * y, range(5), range(5, 100))))
it = ex.map(time.sleep, [0.3], timeout=0.01)
try: next(it)
except TimeoutError as e: print('map TO', repr(e))
ex.shutdown()
try: ex.submit(print)
except RuntimeError as e: print(e)
ex2 = cf.ThreadPoolExecutor(thread_name_prefix='pfx')
print(ex2.submit(lambda: threading.current_thread().name).result(), ex2._max_workers == min(32, (__import__('os').cpu_count() or 1) + 4))
ex2.shutdown()
for kw in [dict(max_workers=0), dict(max_workers=-1), dict(initializer=3)]:
    try: cf.ThreadPoolExecutor(**kw)
    except Exception as e: print(type(e).__name__, e)
def init(x):
    raise ValueError(x)
with Capture():
    ex3 = cf.ThreadPoolExecutor(1, initializer=init, initargs=('boom',))
    f = ex3.submit(print, 'never')
    try: f.result()
    except cf.BrokenExecutor as e: print(type(e).__name__, e)
    time.sleep(0.05)
    try: ex3.submit(print)
    except cf.BrokenExecutor as e: print(type(e).__name__, e)
    ex3.shutdown()
ex4 = cf.ThreadPoolExecutor(1)
fs = [ex4.submit(time.sleep, 0.05) for _ in range(4)]
ex4.shutdown(wait=True, cancel_futures=True)
print([x.cancelled() for x in fs], [r(x)[-10:] for x in fs])
with cf.ThreadPoolExecutor(3) as ex5:
    print(sum(ex5.map(abs, range(-10, 0), chunksize=3)))
print(threading.active_count())
ex6 = cf.ThreadPoolExecutor(2, 'named')
ex6.submit(time.sleep, 0.05); ex6.submit(time.sleep, 0.05)
print(sorted(t.name for t in threading.enumerate())); ex6.shutdown(wait=False); print('no wait')
print(cf.ThreadPoolExecutor()._thread_name_prefix)
# One idle worker is reused before another is started.
ex7 = cf.ThreadPoolExecutor(4)
for i in range(5):
    ex7.submit(int).result(); time.sleep(0.01)
print(len(ex7._threads)); ex7.shutdown()
# Errors raised in tasks reach the caller; the worker goes on.
with cf.ThreadPoolExecutor(1) as ex8:
    bad = ex8.submit(int, 'x'); good = ex8.submit(int, '7')
    print(repr(bad.exception()), good.result(), r(bad))
    try: list(ex8.map(int, ['1', 'y', '3']))
    except ValueError as err: print('map', err)
# A task still running at exit is finished before the interpreter ends.
ex9 = cf.ThreadPoolExecutor(1)
ex9.submit(lambda: (time.sleep(0.1), print('late task done')))
print('main done')
