# When a cross-interpreter queue is freed, and what becomes of an item whose interpreter closed. CPython frees a
# queue when no Queue object for it is left in any interpreter; gilpy frees it when every interpreter that held a
# Queue object for it has closed (so a queue the main interpreter ever held lives until the process ends). Every
# case below ends the same under both rules. An item belongs to the interpreter that put it: when that one
# closes, get() gives UNBOUND in its place (the default), raises ItemInterpreterDestroyed, or the item is gone.
# Expected output: CPython 3.13's test.support.interpreters (the nearest installed CPython with the module).
# regen: skip (CPython 3.11 has no interpreters module; the .out above was made with 3.13)
try:
    from concurrent import interpreters
    from concurrent.interpreters import _queues as queues
except ImportError:
    from test.support import interpreters
    from test.support.interpreters import queues
IMPORT = """if True:
    try:
        from concurrent import interpreters
        from concurrent.interpreters import _queues as queues
    except ImportError:
        from test.support import interpreters
        from test.support.interpreters import queues
"""


def exists(qid):
    try:
        queues.Queue(qid)   # (makes a Queue object in main: only for queues that must exist anyway)
        return True
    except queues.QueueError as e:
        assert str(e) == f"queue {qid} not found", str(e)
        return type(e).__name__


def gone(qid):
    try:
        queues.Queue(qid)
    except queues.QueueError as e:
        return type(e).__name__ + ": " + str(e).replace(str(qid), "N")
    return "still there"


back = interpreters.create_queue()


def new(*names):
    made = []
    for name in names:
        i = interpreters.create()
        i.exec(IMPORT)
        i.prepare_main(back=back, name=name)
        made.append(i)
    return made


# 1. A queue only a sub-interpreter ever held goes with it.
a, = new("a")
a.exec("mine = interpreters.create_queue(); mine.put(1); back.put(mine.id)")
mine = back.get()
a.close()
print("1. after a closed:", gone(mine))

# 2. A queue passed between two sub-interpreters lives while either holds it.
a, b = new("a", "b")
a.exec("shared = interpreters.create_queue(); back.put(shared.id)")
shared = back.get()
b.exec(f"shared = queues.Queue({shared}); shared.put('from b')")
a.close()
b.exec("back.put(shared.get())")
print("2. after a closed, b still uses it:", back.get())
b.close()
print("2. after b closed too:", gone(shared))

# 3. A Queue object the main interpreter got from a sub-interpreter outlives it.
a, = new("a")
a.exec("q = interpreters.create_queue(); back.put(q)")
q = back.get()
a.close()
q.put("main's item")
print("3. after a closed, main still uses it:", q.get_nowait(), q.qsize())

# 4. A queue the main interpreter made is not freed when the sub-interpreters that used it close.
q = interpreters.create_queue()
a, b = new("a", "b")
a.prepare_main(q=q)
b.prepare_main(q=q)
a.exec("q.put(name)")
b.exec("q.put(q.get() + ' seen by ' + name)")
q.put("main's own")
a.close()
b.close()
print("4.", q.get_nowait() is queues.UNBOUND, q.get_nowait(), exists(q.id))

# 5. unbounditems: what an item put by a closed interpreter becomes.
for how in ("UNBOUND", "UNBOUND_ERROR", "UNBOUND_REMOVE"):
    q = interpreters.create_queue(unbounditems=getattr(queues, how))
    a, = new("a")
    a.prepare_main(q=q)
    a.exec("q.put([name, 1])")
    q.put("after")
    print(f"5. {how}: qsize {q.qsize()} while a is open;", end=" ")
    a.close()
    got = []
    while q.qsize():
        try:
            x = q.get_nowait()
            got.append("UNBOUND" if x is queues.UNBOUND else x)
        except queues.QueueError as e:
            got.append(f"{type(e).__name__}: {e}")
    print("after a closed:", got)
