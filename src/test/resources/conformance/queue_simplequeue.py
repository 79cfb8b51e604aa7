# _queue.SimpleQueue (queue.SimpleQueue, ThreadPoolExecutor's work queue): put/get/timeouts/errors, blocking gets
# woken by puts from another thread, subclassing; expected output from CPython 3.11.
import queue, _queue, threading, time
q = queue.SimpleQueue()
print(repr(queue.Empty), queue.Empty is _queue.Empty, queue.SimpleQueue.__module__, type(q).__name__)
print(q.empty(), q.qsize())
for i in range(5): q.put(i)
q.put_nowait("x"); q.put(item="y", block=False, timeout=3)
print(q.qsize(), [q.get() for _ in range(5)], q.get_nowait(), q.get(False), q.empty())
for args, kw in [((), {"timeout": -1}), ((False, 1), {}), ((1, 2, 3), {}), ((), {"timeout": "x"}), ((), {"nope": 1})]:
    try:
        q.get(*args, **kw)
    except Exception as e:
        print(type(e).__name__, repr(e))
try:
    q.put()
except TypeError as e:
    print(e)
t = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty as e:
    print("timed out", time.monotonic() - t >= 0.04, repr(e))
# Blocking get woken by another thread's puts; several consumers each get one item; order is FIFO.
out = []
def consumer():
    out.append(q.get())
cs = [threading.Thread(target=consumer) for _ in range(4)]
for c in cs: c.start()
time.sleep(0.05)
for i in range(4): q.put(i)
for c in cs: c.join()
print(sorted(out))
class MyQ(queue.SimpleQueue):
    def twice(self, x):
        self.put(x); self.put(x)
m = MyQ(); m.twice(7); print(type(m).__name__, m.qsize(), m.get(), isinstance(m, queue.SimpleQueue))
try:
    queue.SimpleQueue(1)
except TypeError as e:
    print(e)
# The executor on top of it.
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(4) as ex:
    print(sum(ex.map(lambda x: x * x, range(1000))))
for f in [lambda: queue.SimpleQueue(a=1), lambda: q.put(1, 2, 3, 4), lambda: q.put_nowait(1, 2), lambda: q.get_nowait(1), lambda: q.qsize(1), lambda: q.empty(1)]:
    try:
        f()
    except TypeError as e:
        print(e)
