"""ProcessPoolExecutor: a concurrent.futures executor over a multiprocessing Pool of child processes."""
import threading
from concurrent.futures import _base
from multiprocessing.pool import Pool


class BrokenProcessPool(_base.BrokenExecutor):
    pass


# Executors still running at exit: CPython joins them then (their queued work finishes, then the
# workers exit); none of them delays exit by a fixed time.
_executors = set()
_global_shutdown = False


def _python_exit():
    global _global_shutdown
    _global_shutdown = True
    for e in list(_executors):
        e.shutdown(wait=True)


threading._register_atexit(_python_exit)


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._lock = threading.Lock()
        self._pending = {}
        self._next = 0
        self._shutdown = False
        self._broken = False
        self._pool = Pool(max_workers, initializer, initargs, max_tasks_per_child, mp_context)
        self._pool._on_worker_exit = self._worker_died
        self._max_workers = self._pool._processes
        _executors.add(self)

    def _worker_died(self, w):
        """A worker ended abruptly: as CPython, the pool is broken and every pending future fails."""
        with self._lock:
            self._broken = ('A child process terminated abruptly, the process pool is not usable anymore')
            pending = list(self._pending.values())
            self._pending.clear()
        for f in pending:
            if f.set_running_or_notify_cancel():
                f.set_exception(BrokenProcessPool(
                    'A process in the process pool was terminated abruptly while the future was running or pending.'))
        threading.Thread(target=self._pool.terminate, daemon=True).start()
        return True   # not replaced

    def _done(self, key, ok, value):
        with self._lock:
            f = self._pending.pop(key, None)
        if f is None:
            return
        if not f.set_running_or_notify_cancel():
            return   # cancelled
        if ok:
            f.set_result(value)
        else:
            f.set_exception(value)

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            key = self._next
            self._next += 1
            self._pending[key] = f
        self._pool.apply_async(fn, args, kwargs, callback=lambda v: self._done(key, True, v),
                               error_callback=lambda e: self._done(key, False, e))
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            first = not self._shutdown
            self._shutdown = True
        if cancel_futures:
            # Work no worker has taken yet is dropped and its futures cancelled; running work finishes.
            self._pool._drain_tasks()
            with self._lock:
                pending = list(self._pending.values())
            for f in pending:
                f.cancel()
        if first:
            self._pool.close()
        if wait:
            if self._broken:
                self._pool.terminate()
            self._pool.join()
            _executors.discard(self)
