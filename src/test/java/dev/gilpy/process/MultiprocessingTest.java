package dev.gilpy.process;

import dev.gilpy.concurrent.GilpyProcess;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** multiprocessing with real child JVMs: each test is one gilpy program that starts several children. */
class MultiprocessingTest {
    @Test
    void aBadSpareCountIsReportedNotAJavaError() {
        for (String bad : new String[]{"x", "-1", ""}) {
            var r = GilpyProcess.run("""
                    import multiprocessing as mp
                    def f(q):
                        q.put('child ok')
                    if __name__ == '__main__':
                        q = mp.Queue()
                        p = mp.Process(target=f, args=(q,))
                        p.start()
                        print(q.get())
                        p.join()
                        print(p.exitcode)
                    """, java.util.Map.of("GILPY_MP_SPARES", bad));
            org.junit.jupiter.api.Assertions.assertEquals("child ok\n0\n", r.out(), r.err());
            org.junit.jupiter.api.Assertions.assertEquals(0, r.code(), r.err());
            org.junit.jupiter.api.Assertions.assertFalse(r.err().contains("at dev.gilpy"), r.err());
            if (!bad.isEmpty()) {
                org.junit.jupiter.api.Assertions.assertTrue(r.err().contains(
                        "gilpy: GILPY_MP_SPARES expects a number of spare processes (0 or more), not '" + bad + "'"), r.err());
            }
        }
    }

    @Test
    void processesExitcodesIsolationSignalsAndPids() {
        var r = GilpyProcess.run("""
                import multiprocessing as mp, os, sys, time
                data = []
                def child():
                    data.append('x')
                    print('child', data, os.getpid() != PARENT, mp.current_process().name, mp.parent_process().pid == PARENT, flush=True)
                def boom(): raise ValueError('bad')
                def code(): sys.exit(7)
                def sleeper(): time.sleep(60)
                class P(mp.Process):
                    def run(self): print('subclass run', self.name, flush=True)
                PARENT = os.getpid()
                p = mp.Process(target=child); p.start(); p.join()
                print('parent', data, p.exitcode, mp.current_process().name, mp.parent_process())
                p = mp.Process(target=boom); p.start(); p.join(); print('boom', p.exitcode)
                p = mp.Process(target=code); p.start(); p.join(); print('code', p.exitcode)
                p = mp.Process(target=sleeper, daemon=True); p.start(); time.sleep(0.2)
                print('alive', p.is_alive()); p.terminate(); p.join(); print('terminated', p.exitcode, p.is_alive())
                p = mp.Process(target=sleeper); p.start(); p.kill(); p.join(5); print('killed', p.exitcode)
                p.close()
                p = P(); p.start(); p.join()
                print(mp.cpu_count() >= 1, mp.active_children(), mp.get_start_method())
                """);
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                child ['x'] True Process-1 True
                parent [] 0 MainProcess None
                boom 1
                code 7
                alive True
                terminated -15 False
                killed -9
                subclass run P-6
                True [] fork
                """.stripLeading(), r.out());
        assertTrue(r.err().contains("Process Process-2:\nTraceback (most recent call last):\n"), r.err());
        assertTrue(r.err().contains("ValueError: bad"), r.err());
    }

    @Test
    void queuesPipesLocksValuesManagerPoolExecutor() {
        var r = GilpyProcess.run("""
                import multiprocessing as mp, queue
                from concurrent.futures import ProcessPoolExecutor
                def sq(x): return x * x
                def fail(x): raise KeyError(x)
                def producer(q, lock, v, a, ev, conn, d, l, jq):
                    q.put([1, 'two', (3.0, None)])
                    q.put('x' * 10_000_000)
                    with lock:
                        v.value += 1
                    a[0] = 42
                    ev.set()
                    conn.send(conn.recv() + 1)
                    d['k'] = 'v'; l.append(5)
                    jq.get(); jq.task_done()
                if __name__ == '__main__':
                    q = mp.Queue(); lock = mp.Lock(); v = mp.Value('i', 1); a = mp.Array('i', 3); ev = mp.Event()
                    c1, c2 = mp.Pipe(); m = mp.Manager(); d = m.dict(); l = m.list(); jq = mp.JoinableQueue()
                    jq.put('job')
                    p = mp.Process(target=producer, args=(q, lock, v, a, ev, c2, d, l, jq))
                    p.start()
                    c1.send(41)
                    print(q.get(), len(q.get()), c1.recv(), ev.wait(30))
                    jq.join(); p.join()
                    print(v.value, a[:], d['k'], l[0], p.exitcode)
                    try:
                        q.get(timeout=0.1)
                    except queue.Empty:
                        print('empty')
                    s = mp.Semaphore(2); print(s.acquire(), s.acquire(), s.acquire(False))
                    with mp.Pool(2) as pool:
                        print(pool.map(sq, range(6)), pool.starmap(pow, [(2, 3)]), pool.apply(sq, (9,)))
                        print(sorted(pool.imap_unordered(sq, [1, 2])), list(pool.imap(sq, [3])))
                        try:
                            pool.apply(fail, (1,))
                        except KeyError as e:
                            print('KeyError', e)
                    with ProcessPoolExecutor(2) as ex:
                        print(list(ex.map(sq, [1, 2, 3])), ex.submit(sq, 5).result())
                        f = ex.submit(fail, 2)
                        print(type(f.exception()).__name__)
                """);
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                [1, 'two', (3.0, None)] 10000000 42 True
                2 [42, 0, 0] v 5 0
                empty
                True True False
                [0, 1, 4, 9, 16, 25] [8] 81
                [1, 4] [9]
                KeyError 1
                [1, 4, 9] 25
                KeyError
                """.stripLeading(), r.out());
    }

    @Test
    void spawnStartMethodAndBootstrapErrorAndPicklingError() {
        var r = GilpyProcess.run("""
                import multiprocessing as mp
                ctx = mp.get_context('spawn')
                def f(x): print('spawned', x, __name__, flush=True)
                p = ctx.Process(target=f, args=(1,)); p.start(); p.join()
                print('exit', p.exitcode)
                try:
                    p = ctx.Process(target=lambda: 1); p.start()
                except Exception as e:
                    print(type(e).__name__, str(e).split(' at ')[0])
                """);
        assertEquals(0, r.code(), r.err());
        // The child re-runs the script as __mp_main__ and fails to start its own process first.
        assertEquals("exit 1\nPicklingError Can't pickle <function <lambda>\n", r.out());
        assertTrue(r.err().strip().endsWith("section in https://docs.python.org/3/library/multiprocessing.html"), r.err());
        var g = GilpyProcess.run("""
                import multiprocessing as mp
                def f(x): print('spawned', x, __name__, flush=True)
                if __name__ == '__main__':
                    p = mp.get_context('spawn').Process(target=f, args=(1,)); p.start(); p.join()
                    print('exit', p.exitcode)
                """, "--gil", "off");
        assertEquals("spawned 1 __mp_main__\nexit 0\n", g.out(), g.err());
    }

    @Test
    void millionItemsFromTwoProducersArriveInOrder() {
        var r = GilpyProcess.run("""
                import multiprocessing as mp
                N = 500_000
                def prod(q, tag):
                    for i in range(N):
                        q.put((tag, i))
                if __name__ == '__main__':
                    q = mp.Queue()
                    ps = [mp.Process(target=prod, args=(q, t)) for t in (0, 1)]
                    for p in ps: p.start()
                    nxt = [0, 0]; ok = True
                    for _ in range(2 * N):
                        t, i = q.get()
                        ok = ok and i == nxt[t]
                        nxt[t] = i + 1
                    for p in ps: p.join()
                    print(ok, nxt)
                """);
        assertEquals("True [500000, 500000]\n", r.out(), r.err());
    }

    @Test
    void aPutAfterJoinComesAfterEverythingTheChildPut() {
        // The child's last items may still be on their way when it exits; join() waits until they are
        // filed, so the sentinel the parent puts afterwards is the last item (as with CPython's one pipe).
        var r = GilpyProcess.run("""
                import multiprocessing as mp
                def produce(q, n):
                    for i in range(n):
                        q.put(i)
                if __name__ == '__main__':
                    for n in (1, 1000, 50_000):
                        q = mp.Queue()
                        p = mp.Process(target=produce, args=(q, n)); p.start(); p.join()
                        q.put(None)
                        got = []
                        while (x := q.get()) is not None:
                            got.append(x)
                        print(n, got == list(range(n)))
                """);
        assertEquals("1 True\n1000 True\n50000 True\n", r.out(), r.err());
    }

    @Test
    void severalConsumersGetEveryItemExactlyOnce() {
        var r = GilpyProcess.run("""
                import multiprocessing as mp
                N = 30_000
                def consume(q, out):
                    got = []
                    while True:
                        x = q.get()
                        if x is None:
                            break
                        got.append(x)
                    out.put(got)
                def produce(q, lo, hi):
                    for i in range(lo, hi):
                        q.put(i)
                if __name__ == '__main__':
                    q = mp.Queue(); out = mp.Queue()
                    cs = [mp.Process(target=consume, args=(q, out)) for _ in range(3)]
                    for c in cs: c.start()
                    p = mp.Process(target=produce, args=(q, 0, N // 2)); p.start()
                    produce(q, N // 2, N)
                    p.join()
                    for _ in cs: q.put(None)
                    lists = [out.get() for _ in cs]
                    for c in cs: c.join()
                    seen = sorted(x for l in lists for x in l)
                    print(seen == list(range(N)), [c.exitcode for c in cs])
                """);
        assertEquals("True [0, 0, 0]\n", r.out(), r.err());
    }
}
