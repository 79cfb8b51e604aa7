"""ProcessPoolExecutor: a concurrent.futures executor over a multiprocessing Pool of child processes."""
from concurrent.futures import _base
from multiprocessing.pool import Pool


class BrokenProcessPool(_base.BrokenExecutor):
    pass


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._pool = Pool(max_workers, initializer, initargs)
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = _base.Future()
        f.set_running_or_notify_cancel()
        self._pool.apply_async(fn, args, kwargs, callback=f.set_result, error_callback=f.set_exception)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        if self._shutdown:
            return
        self._shutdown = True
        self._pool.close()
        if wait:
            self._pool.join()
