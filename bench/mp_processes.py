"""Process benchmarks (issue 15): each case prints one line, "<case> <value> <unit>", measured inside the
script so that gilpy and CPython report the same thing. bench/run runs every case under both.

usage: mp_processes.py CASE [fork|spawn]
  sustained   start+join of an empty child, 20 in a row: median ms
  burst       start() of the first os.cpu_count() children of the run: slowest call, ms
  burst_join  those children's start+join, all of them: ms
  sleepers    5 children each sleeping 0.1 s, started then joined: ms (bench/run also times the whole script)
  pool        Pool(2): create, map(abs, range(1000)), terminate: ms each
  executor    ProcessPoolExecutor(2) in a with block, 8 tasks: ms from the last result to the end of the block
  pipe        Pipe: 64 messages of 1 MiB one way: MB/s
  queue       Queue: 20000 small items from a child: items/s
"""
import multiprocessing as mp
import os
import sys
import time


def nothing():
    pass


def nap():
    time.sleep(0.1)


def twice(x):
    return 2 * x


def pipe_sender(conn, n, size):
    block = b'x' * size
    for _ in range(n):
        conn.send_bytes(block)
    conn.close()


def queue_sender(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)


def ms(seconds):
    return round(seconds * 1000, 1)


def sustained():
    times = []
    for _ in range(20):
        t0 = time.perf_counter()
        p = mp.Process(target=nothing)
        p.start()
        p.join()
        times.append(time.perf_counter() - t0)
    times.sort()
    return ms((times[9] + times[10]) / 2), 'ms'


def burst(join):
    n = os.cpu_count() or 1
    t0 = time.perf_counter()
    ps, calls = [], []
    for _ in range(n):
        p = mp.Process(target=nothing)
        c = time.perf_counter()
        p.start()
        calls.append(time.perf_counter() - c)
        assert p.is_alive() or p.exitcode == 0 and p.pid is not None
        ps.append(p)
    for p in ps:
        p.join()
    return (ms(time.perf_counter() - t0) if join else ms(max(calls))), 'ms'


def sleepers():
    t0 = time.perf_counter()
    ps = [mp.Process(target=nap) for _ in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    return ms(time.perf_counter() - t0), 'ms'


def pool():
    t0 = time.perf_counter()
    p = mp.Pool(2)
    t1 = time.perf_counter()
    assert p.map(twice, range(1000)) == [2 * x for x in range(1000)]
    t2 = time.perf_counter()
    p.terminate()
    t3 = time.perf_counter()
    return 'create %s map %s terminate %s' % (ms(t1 - t0), ms(t2 - t1), ms(t3 - t2)), 'ms'


def executor():
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(2) as ex:
        assert list(ex.map(twice, range(8))) == [2 * x for x in range(8)]
        t0 = time.perf_counter()
    return ms(time.perf_counter() - t0), 'ms'


def pipe():
    n, size = 64, 1 << 20
    a, b = mp.Pipe(duplex=False)
    p = mp.Process(target=pipe_sender, args=(b, n, size))
    p.start()
    b.close()
    assert len(a.recv_bytes()) == size      # the child is up: time the rest
    t0 = time.perf_counter()
    got = size
    for _ in range(n - 1):
        got += len(a.recv_bytes())
    dt = time.perf_counter() - t0
    p.join()
    return round((got - size) / dt / 1e6, 1), 'MB/s'


def queue():
    n = 20000
    q = mp.Queue()
    p = mp.Process(target=queue_sender, args=(q, n))
    p.start()
    q.get()
    t0 = time.perf_counter()
    got = 1
    while q.get() is not None:
        got += 1
    dt = time.perf_counter() - t0
    p.join()
    assert got == n
    return round((got - 1) / dt), 'items/s'


CASES = {'sustained': sustained, 'burst': lambda: burst(False), 'burst_join': lambda: burst(True),
         'sleepers': sleepers, 'pool': pool, 'executor': executor, 'pipe': pipe, 'queue': queue}

if __name__ == '__main__':
    case = sys.argv[1]
    if len(sys.argv) > 2:
        mp.set_start_method(sys.argv[2])
    value, unit = CASES[case]()
    print(case, value, unit)
