# Pipe EOF: recv() returns what is buffered, then raises EOFError once every copy of the other end is
# closed - by close() here, by a child's close(), or by the exit of the child that held the last copy.
import multiprocessing as mp
import threading


def show(f, *a):
    try:
        r = f(*a)
        print('  ok', repr(r))
    except Exception as e:
        print('  ', type(e).__name__, e)


def drain(conn):
    got = []
    try:
        while True:
            got.append(conn.recv())
    except EOFError as e:
        return got, repr(e)


def sender(conn, n):
    for i in range(n):
        conn.send(i * i)
    # exits without closing: its exit closes its copies


def closer(conn, q):
    conn.send('before close')
    conn.close()
    q.put('closed')
    q.get()          # keep running until the parent saw the EOF


def middle(conn, method):
    g = mp.get_context(method).Process(target=sender, args=(conn, 3))
    g.start()
    conn.close()     # the grandchild's copy keeps the end open
    g.join()


def reader(other, conn, q):
    other.close()    # the copy of the parent's end that this child has
    q.put(drain(conn))


def local_cases():
    print('local duplex')
    a, b = mp.Pipe()
    b.send(1)
    b.send([2, 3])
    b.close()
    print(' poll', a.poll(), a.poll(None))
    print(' drain', drain(a))
    print(' poll at EOF', a.poll())
    show(a.send, 4)
    show(b.recv)
    show(b.send, 5)
    show(b.poll)
    b.close()
    print(' closed', a.closed, b.closed)
    a.close()
    show(a.recv)

    print('local one-way')
    r, w = mp.Pipe(duplex=False)
    w.send('x')
    w.close()
    print(' drain', drain(r))
    r, w = mp.Pipe(duplex=False)
    r.close()
    show(w.send, 'y')

    print('blocked recv woken by a close in another thread')
    a, b = mp.Pipe()
    t = threading.Thread(target=b.close)
    t.start()
    print(' drain', drain(a))
    t.join()

    print('with statement closes')
    a, b = mp.Pipe()
    with b:
        b.send('last')
    print(' drain', drain(a))


def child_cases(ctx):
    print(ctx.get_start_method())
    # The parent closes its copy of the child's end after start(): EOF when the child exits.
    a, b = ctx.Pipe()
    p = ctx.Process(target=sender, args=(b, 4))
    p.start()
    b.close()
    print(' child exited', drain(a))
    p.join()
    show(a.send, 'anyone?')

    # One-way, the child closes its end while it keeps running.
    r, w = ctx.Pipe(duplex=False)
    q = ctx.Queue()
    p = ctx.Process(target=closer, args=(w, q))
    p.start()
    w.close()
    print(' child closed', q.get(), drain(r), p.is_alive())
    q.put('go')
    p.join()

    # The parent still holds the child's end: no EOF when the child has gone, until it closes it.
    a, b = ctx.Pipe()
    p = ctx.Process(target=sender, args=(b, 2))
    p.start()
    p.join()
    print(' parent holds a copy', a.recv(), a.recv(), a.poll(0.2))
    b.close()
    print(' then closes it', a.poll(), drain(a))

    # A child hands its end to a grandchild and closes its own copy: EOF when the grandchild exits.
    a, b = ctx.Pipe()
    p = ctx.Process(target=middle, args=(b, ctx.get_start_method()))
    p.start()
    b.close()
    print(' grandchild', drain(a))
    p.join()

    # The child reads until the parent has closed its end (and the child its inherited copy of it).
    a, b = ctx.Pipe()
    p = ctx.Process(target=reader, args=(a, b, q))
    p.start()
    b.close()
    for i in range(3):
        a.send(('item', i))
    a.close()
    print(' child read', q.get())
    p.join()
    print(' exitcode', p.exitcode)


if __name__ == '__main__':
    local_cases()
    child_cases(mp.get_context('fork'))
    child_cases(mp.get_context('spawn'))
