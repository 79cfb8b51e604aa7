package dev.gilpy.modules;

import dev.gilpy.concurrent.GilpyProcess;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** _thread, threading, queue, concurrent.futures and logging as Python programs see them. */
class ThreadingModuleTest {
    @Test
    void threadNamesAndUncaughtExceptionBlock() {
        var r = GilpyProcess.run("""
                import threading
                def task(): pass
                def calc_quad(): pass
                class Sub(threading.Thread):
                    def run(self): pass
                t1 = threading.Thread(target=task)
                print(t1.name, Sub().name, threading.current_thread().name, threading.main_thread().name)
                t = threading.Thread(target=calc_quad, args=(7,))
                t.start(); t.join()
                print("main goes on", t.is_alive())
                """);
        assertEquals(0, r.code());
        assertEquals("Thread-1 (task) Thread-2 MainThread MainThread\nmain goes on False\n", r.out());
        assertTrue(r.err().startsWith("Exception in thread Thread-3 (calc_quad):\nTraceback (most recent call last):\n"), r.err());
        assertTrue(r.err().strip().endsWith("TypeError: calc_quad() takes 0 positional arguments but 1 was given"), r.err());
    }

    @Test
    void locksConditionsEventsSemaphoresBarriers() {
        var r = GilpyProcess.run("""
                import threading, _thread
                l = threading.Lock()
                try:
                    l.release()
                except RuntimeError as e:
                    print(e)
                print(l.acquire(), l.acquire(False), l.acquire(True, 0.01), l.locked())
                r = threading.RLock()
                with r:
                    with r:
                        print("reentrant")
                try:
                    r.release()
                except RuntimeError as e:
                    print(e)
                b = threading.Barrier(3)
                out = [0]
                def party():
                    b.wait()
                    with l2:
                        out[0] += 1
                l2 = threading.Lock()
                ts = [threading.Thread(target=party) for _ in range(3)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(out[0])
                s = threading.BoundedSemaphore(1)
                try:
                    s.release()
                except ValueError as e:
                    print(e)
                e = threading.Event()
                print(e.wait(0.01))
                threading.Timer(0.01, e.set).start()
                print(e.wait(5))
                loc = threading.local()
                loc.x = 1
                seen = [None]
                def look():
                    seen[0] = getattr(loc, "x", "absent")
                t = threading.Thread(target=look); t.start(); t.join()
                print(loc.x, seen[0])
                """);
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                release unlocked lock
                True False False True
                reentrant
                cannot release un-acquired lock
                3
                Semaphore released too many times
                False
                True
                1 absent
                """, r.out());
    }

    @Test
    void deprecatedAliasesWarnLikeCPython() {
        var r = GilpyProcess.run("""
                import threading
                t = threading.currentThread()
                try:
                    t.isAlive()
                except AttributeError as e:
                    print(e)
                """);
        assertEquals("'_MainThread' object has no attribute 'isAlive'\n", r.out());
        assertTrue(r.err().contains("t.py:2: DeprecationWarning: currentThread() is deprecated, use current_thread() instead\n"
                + "  t = threading.currentThread()\n"), r.err());
    }

    @Test
    void queueAndFutures() {
        var r = GilpyProcess.run("""
                import queue, threading
                from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
                q = queue.Queue(maxsize=2)
                q.put(1); q.put(2)
                try:
                    q.put_nowait(3)
                except queue.Full:
                    print("full")
                print(q.get(), q.get(), q.qsize(), q.empty())
                try:
                    q.get(timeout=0.01)
                except queue.Empty:
                    print("empty")
                q.task_done(); q.task_done()
                try:
                    q.task_done()
                except ValueError as e:
                    print(e)
                pq = queue.PriorityQueue()
                for x in (5, 1, 3): pq.put(x)
                lq = queue.LifoQueue()
                for x in (5, 1, 3): lq.put(x)
                print(pq.get(), pq.get(), pq.get(), lq.get())
                def sq(n):
                    return n * n, threading.current_thread().name[:19]
                with ThreadPoolExecutor(max_workers=2) as ex:
                    print([v for v, name in ex.map(sq, [1, 2, 3, 4])])
                    fs = [ex.submit(sq, i) for i in range(6)]
                    print(len([f for f in as_completed(fs)]))
                    done, not_done = wait(fs)
                    print(len(done), len(not_done), fs[0].result()[1])
                    bad = ex.submit(lambda: 1 / 0)
                    print(type(bad.exception()).__name__, bad.done(), bad.cancelled())
                """);
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                full
                1 2 0 True
                empty
                task_done() called too many times
                1 3 5 3
                [1, 4, 9, 16]
                6
                6 0 ThreadPoolExecutor-
                ZeroDivisionError True False
                """, r.out());
    }

    @Test
    void loggingFromThreads() {
        var r = GilpyProcess.run("""
                import logging, threading
                logging.warning("unconfigured %s", 1)
                log = logging.getLogger("app")
                def w():
                    log.error("from %s", threading.current_thread().name)
                t = threading.Thread(target=w, name="worker"); t.start(); t.join()
                """);
        assertEquals(0, r.code(), r.err());
        assertEquals("WARNING:root:unconfigured 1\nERROR:app:from worker\n", r.err());
        var r2 = GilpyProcess.run("""
                import logging, sys
                logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                                    format="%(threadName)s %(processName)s %(levelname)-8s|%(name)s: %(message)s")
                logging.getLogger("x").debug("n=%d", 3)
                """);
        assertEquals("MainThread MainProcess DEBUG   |x: n=3\n", r2.out(), r2.err());
    }
}
