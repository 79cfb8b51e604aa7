# A generator whose frame lets the GIL go (here: waiting on an Event) while another thread tries to run
# it: every way in says "already executing" at once, as in CPython (it used to wait for the first thread,
# which waited for the GIL: a deadlock).
import threading

started = threading.Event()
go_on = threading.Event()


def gen():
    started.set()
    go_on.wait()
    yield 1
    yield 2


def coro_body():
    started.set()
    go_on.wait()
    return "done"


it = gen()
seen = []


def other():
    started.wait()
    seen.append(it.gi_running)
    for attempt in (next, lambda i: i.send(None), lambda i: i.throw(KeyError), lambda i: i.close()):
        try:
            attempt(it)
            seen.append("ran")
        except ValueError as e:
            seen.append(str(e))
    go_on.set()


t = threading.Thread(target=other)
t.start()
print(next(it))
t.join()
print(seen)
print(it.gi_running, list(it))

# the same generator driven from two threads in turn (never at once) keeps its place
def counter():
    n = 0
    while True:
        n += 1
        yield n


c = counter()
results = []


def take(k):
    for _ in range(k):
        results.append(next(c))


for k in (3, 5, 2):
    th = threading.Thread(target=take, args=(k,))
    th.start()
    th.join()
print(results, next(c))
