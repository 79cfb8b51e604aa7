"""ThreadPoolExecutor: runs submitted calls on a bounded set of worker threads.

gilpy's own implementation of the documented API. Work items go through one _queue.SimpleQueue per
executor; a None in it tells a worker to look whether it should stop. Workers are started only when no
idle one is there to take the new item, up to max_workers.
"""

import sys as _sys
import threading
from _queue import Empty, SimpleQueue
from _thread import _cpu_count, _format_exception
from concurrent.futures import _base


class _Exit:
    """Interpreter exit: after this, no executor accepts work, and every worker is woken and joined."""
    started = False
    lock = threading.Lock()
    workers = {}   # live worker thread -> its executor's work queue

    @classmethod
    def run(cls):
        with cls.lock:
            cls.started = True
        live = list(cls.workers.items())
        for _, work in live:
            work.put(None)
        for worker, _ in live:
            worker.join()


threading._register_atexit(_Exit.run)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool cannot run anything."""


class WorkerContext:
    """Where a worker runs its calls: in its own thread here (each InterpreterPoolExecutor worker has an
    interpreter instead). initialize() runs first, then run() per call, finalize() when the worker ends."""

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


class _Job:
    """A submitted call and the future that receives its outcome."""
    __slots__ = ('future', 'call')

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.call = (fn, args, kwargs)

    def execute(self, context):
        future = self.future
        if not future.set_running_or_notify_cancel():
            return
        try:
            value = context.run(*self.call)
        except BaseException as error:
            future.set_exception(error)
        else:
            future.set_result(value)


def _serve(executor, work, context):
    """A worker thread's body: set up, then run jobs until the executor or the interpreter shuts down."""
    try:
        try:
            context.initialize()
        except BaseException:
            logging = _sys.modules.get('logging')
            if logging is not None:
                logging.getLogger('concurrent.futures').critical('Exception in initializer:', exc_info=True)
            else:
                _sys.stderr.write('Exception in initializer:\n' + _format_exception(_sys.exc_info()[1]))
            executor._initializer_failed()
            return
        idle = executor._idle_semaphore
        while True:
            job = work.get()
            if job is not None:
                job.execute(context)
                job = None
                idle.release()
            elif _Exit.started or executor._shutdown:
                # Shutting down: pass the wake-up on to the next worker.
                executor._shutdown = True
                work.put(None)
                return
    finally:
        context.finalize()
        _Exit.workers.pop(threading.current_thread(), None)


class ThreadPoolExecutor(_base.Executor):
    """An executor whose calls run in up to max_workers threads (default: min(32, CPUs + 4))."""

    _worker_context = WorkerContext
    _broken_pool = BrokenThreadPool
    _serial = 0   # numbers the default thread name prefixes: ThreadPoolExecutor-0, -1, ...

    @classmethod
    def _next_serial(cls):
        n = ThreadPoolExecutor._serial
        ThreadPoolExecutor._serial = n + 1
        return n

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        """Make a pool of at most max_workers threads named '<thread_name_prefix>_<n>'; each runs
        initializer(*initargs) first."""
        if max_workers is None:
            max_workers = min(32, _cpu_count() + 4)
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or f'ThreadPoolExecutor-{self._next_serial()}'
        self._initializer = initializer
        self._initargs = initargs
        self._threads = set()
        self._work_queue = SimpleQueue()
        self._broken = self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._idle_semaphore = threading.Semaphore(0)   # released by a worker each time it becomes idle

    def _refuse_why(self):
        if self._broken:
            return self._broken_pool(self._broken)
        if self._shutdown:
            return RuntimeError('cannot schedule new futures after shutdown')
        if _Exit.started:
            return RuntimeError('cannot schedule new futures after interpreter shutdown')
        return None

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker; returns its Future."""
        with self._shutdown_lock, _Exit.lock:
            refusal = self._refuse_why()
            if refusal is not None:
                raise refusal
            future = _base.Future()
            self._work_queue.put(_Job(future, fn, args, kwargs))
            self._add_worker_unless_idle()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _add_worker_unless_idle(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return
        worker = threading.Thread(name=f'{self._thread_name_prefix}_{count}', target=_serve,
                                  args=(self, self._work_queue, self._worker_context(self._initializer, self._initargs)))
        self._threads.add(worker)
        _Exit.workers[worker] = self._work_queue
        worker.start()

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            for job in self._drain():
                job.future.set_exception(self._broken_pool(self._broken))

    def _drain(self):
        """Take every job still queued (the Nones among them are dropped)."""
        jobs = []
        while True:
            try:
                job = self._work_queue.get_nowait()
            except Empty:
                return jobs
            if job is not None:
                jobs.append(job)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Accept no more work; cancel_futures=True cancels what has not started; wait=True joins the workers."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for job in self._drain():
                    job.future.cancel()
            self._work_queue.put(None)   # wakes one worker, which wakes the next
        if wait:
            for worker in list(self._threads):
                worker.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
