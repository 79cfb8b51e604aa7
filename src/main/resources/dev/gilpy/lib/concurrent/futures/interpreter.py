"""InterpreterPoolExecutor (CPython 3.14): a thread pool whose workers each own an interpreter, so CPU-bound
tasks run in parallel even with the GIL on. Tasks, their arguments and results cross as copies (pickled by
reference: functions must be importable by name, e.g. module-level functions of the main script)."""
from concurrent import interpreters
from concurrent.futures import thread as _thread


class BrokenInterpreterPool(_thread.BrokenThreadPool):
    """A worker's initializer failed: the pool cannot run anything."""


class WorkerContext(_thread.WorkerContext):
    """A worker's own interpreter: made when the worker starts, closed when it ends."""

    def initialize(self):
        self.interp = interpreters.create()
        if self.initializer is not None:
            self._call(self.initializer, self.initargs, {})

    def _call(self, fn, args, kwargs):
        res, excinfo, exc = self.interp._call(fn, args, kwargs)
        if excinfo is None:
            return res
        failed = interpreters.ExecutionFailed(interpreters._ExcInfo(excinfo))
        if exc is None:
            raise failed
        # The exception as raised, copied here; what happened there is kept as its cause.
        raise exc from failed

    def run(self, fn, args, kwargs):
        return self._call(fn, args, kwargs)

    def finalize(self):
        interp = getattr(self, 'interp', None)
        if interp is not None:
            self.interp = None
            interp.close()


class InterpreterPoolExecutor(_thread.ThreadPoolExecutor):
    _worker_context = WorkerContext
    _broken_pool = BrokenInterpreterPool

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        """Like ThreadPoolExecutor; initializer(*initargs) runs in each worker's interpreter."""
        if not thread_name_prefix:
            thread_name_prefix = f"InterpreterPoolExecutor-{_next_number()}"
        super().__init__(max_workers, thread_name_prefix, initializer, initargs)


_counter = 0


def _next_number():
    global _counter
    n = _counter
    _counter += 1
    return n
