"""ThreadPoolExecutor for gilpy, written from the documented behaviour of CPython 3.11's."""
import threading
import queue
import sys as _sys
from _thread import _cpu_count, _format_exception
from concurrent.futures import _base

_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = [(t, _threads_queues[t]) for t in _threads_queues]
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self, ctx):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = ctx.run(self.fn, self.args, self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool cannot run anything."""


class WorkerContext:
    """Where a worker runs its tasks: here, the worker thread itself (InterpreterPoolExecutor's workers
    each own an interpreter instead)."""

    def __init__(self, initializer, initargs):
        self.initializer = initializer
        self.initargs = initargs

    def initialize(self):
        if self.initializer is not None:
            self.initializer(*self.initargs)

    def run(self, fn, args, kwargs):
        return fn(*args, **kwargs)

    def finalize(self):
        pass


def _worker(executor, work_queue, ctx):
    try:
        ctx.initialize()
    except BaseException as exc:
        _sys.stderr.write(f"Exception in initializer:\n{_format_exception(exc)}")
        ctx.finalize()
        executor._initializer_failed()
        return
    try:
        _work(executor, work_queue, ctx)
    finally:
        ctx.finalize()


def _work(executor, work_queue, ctx):
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run(ctx)
            work_item = None
            executor._idle_semaphore.release()
            continue
        if _shutdown or executor._shutdown:
            executor._shutdown = True
            # Tell the next worker to exit too.
            work_queue.put(None)
            return


class ThreadPoolExecutor(_base.Executor):
    _worker_context = WorkerContext
    _broken_pool = BrokenThreadPool
    _counter = 0
    _counter_lock = threading.Lock()

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = _cpu_count() + 4
            if max_workers > 32:
                max_workers = 32
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            with ThreadPoolExecutor._counter_lock:
                n = ThreadPoolExecutor._counter
                ThreadPoolExecutor._counter = n + 1
            thread_name_prefix = f"ThreadPoolExecutor-{n}"
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            with _global_shutdown_lock:
                if self._broken:
                    raise self._broken_pool(self._broken)
                if self._shutdown:
                    raise RuntimeError('cannot schedule new futures after shutdown')
                if _shutdown:
                    raise RuntimeError('cannot schedule new futures after interpreter shutdown')
                f = _base.Future()
                self._work_queue.put(_WorkItem(f, fn, args, kwargs))
                self._adjust_thread_count()
                return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            t = threading.Thread(name=f"{self._thread_name_prefix}_{num_threads}", target=_worker,
                                 args=(self, self._work_queue,
                                       self._worker_context(self._initializer, self._initargs)))
            t.start()
            self._threads += [t]
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(self._broken_pool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
