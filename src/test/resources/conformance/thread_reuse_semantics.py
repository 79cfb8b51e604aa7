# Threads started one after another (gilpy may run them on one reused platform thread): each is a new thread
# to Python — its own threading.local values, name, ident and native_id consistent inside and outside,
# not alive once joined, gone from enumerate(); idents of threads alive at the same time are distinct.
import threading

loc = threading.local()
loc.x = "main"
report = []


def body(i):
    stale = getattr(loc, "x", None)
    loc.x = i
    me = threading.current_thread()
    report.append((i, stale, me.name, threading.get_ident() == me.ident,
                   threading.get_native_id() == me.native_id, me in threading.enumerate()))


threads = []
for i in range(12):
    t = threading.Thread(target=body, args=(i,))
    t.start()
    t.join()
    threads.append(t)
for r in report:
    print(r)
print("main keeps its value:", loc.x)
print("alive after join:", [t.is_alive() for t in threads].count(True))
print("listed after join:", sum(t in threading.enumerate() for t in threads))
print("active:", threading.active_count())

# Threads alive together have distinct idents, and each sees a fresh local.
gate = threading.Event()
idents = []
fresh = []


def waiter():
    fresh.append(getattr(loc, "x", None) is None)
    loc.x = object()
    idents.append(threading.get_ident())
    gate.wait()


live = [threading.Thread(target=waiter, name="W%d" % k) for k in range(6)]
for t in live:
    t.start()
while len(idents) < 6:
    pass
print("distinct idents among live threads:", len(set(idents)))
print("fresh locals:", fresh.count(True))
print("names:", sorted(t.name for t in threading.enumerate() if t is not threading.main_thread()))
gate.set()
for t in live:
    t.join()


# An exception in one thread does not reach the next thread started after it.
def boom():
    raise ValueError("in thread")


def quiet(args):
    print("excepthook:", args.exc_type.__name__, args.exc_value, args.thread.name)


threading.excepthook = quiet
t = threading.Thread(target=boom, name="Boom")
t.start()
t.join()
after = []
t = threading.Thread(target=lambda: after.append(getattr(loc, "x", "fresh")), name="After")
t.start()
t.join()
print("after a failed thread:", after)


# Timers and daemon flags behave per thread.
fired = []
tm = threading.Timer(0.01, lambda: fired.append(threading.current_thread().name))
tm.start()
tm.join()
print("timer ran in its own thread:", fired == [tm.name], tm.daemon)
d = threading.Thread(target=lambda: None, daemon=True)
d.start()
d.join()
print("daemon:", d.daemon, threading.Thread(target=lambda: None).daemon)
