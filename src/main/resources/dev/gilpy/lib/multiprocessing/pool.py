import threading
from multiprocessing.process import Process, cpu_count, TimeoutError
from multiprocessing.queues import SimpleQueue


def _worker(tasks, results, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = tasks.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            res = (True, func(*args, **kwds))
        except Exception as e:
            res = (False, e)
        try:
            results.put((job, i, res))
        except Exception as e:
            results.put((job, i, (False, e)))


def _mapstar(func, chunk):
    return [func(x) for x in chunk]


def _starmapstar(func, chunk):
    return [func(*x) for x in chunk]


class ApplyResult:
    def __init__(self, pool, callback=None, error_callback=None, parts=1):
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._parts = parts
        self._chunks = {}
        self._failed = None
        self._value = None
        self._success = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        ok, value = obj
        if not ok and self._failed is None:
            self._failed = value
        self._chunks[i] = value
        if len(self._chunks) < self._parts:
            return
        if self._failed is not None:
            self._success = False
            self._value = self._failed
            if self._error_callback:
                self._error_callback(self._value)
        else:
            self._success = True
            self._value = self._finish()
            if self._callback:
                self._callback(self._value)
        self._event.set()

    def _finish(self):
        return self._chunks[0]


class MapResult(ApplyResult):
    def _finish(self):
        out = []
        for i in range(self._parts):
            out.extend(self._chunks[i])
        return out


class Pool:
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._processes = processes
        self._tasks = SimpleQueue()
        self._results = SimpleQueue()
        self._jobs = {}
        self._next = 0
        self._state = 'RUN'
        self._pool = []
        for i in range(processes):
            w = Process(target=_worker, args=(self._tasks, self._results, initializer, initargs))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._handler = threading.Thread(target=self._handle_results, daemon=True)
        self._handler.start()

    def _handle_results(self):
        while True:
            item = self._results.get()
            if item is None:
                return
            job, i, res = item
            r = self._jobs.get(job)
            if r is None:
                continue
            r._set(i, res)
            if r.ready():
                self._jobs.pop(job, None)

    def _check(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def _submit(self, result, tasks):
        job = self._next
        self._next += 1
        self._jobs[job] = result
        i = 0
        for func, args, kwds in tasks:
            self._tasks.put((job, i, func, args, kwds))
            i += 1
        return result

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check()
        return self._submit(ApplyResult(self, callback, error_callback), [(func, tuple(args), dict(kwds))])

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if chunksize < 1:
            chunksize = 1
        return [items[i:i + chunksize] for i in range(0, len(items), chunksize)]

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None, star=False):
        self._check()
        chunks = self._chunks(iterable, chunksize)
        helper = _starmapstar if star else _mapstar
        if not chunks:
            r = MapResult(self, callback, error_callback, 0)
            r._success = True
            r._value = []
            r._event.set()
            return r
        r = MapResult(self, callback, error_callback, len(chunks))
        return self._submit(r, [(helper, (func, c), {}) for c in chunks])

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize, star=True).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self.map_async(func, iterable, chunksize, callback, error_callback, star=True)

    def imap(self, func, iterable, chunksize=1):
        self._check()
        results = [self.apply_async(func, (x,)) for x in iterable]
        for r in results:
            yield r.get()

    def imap_unordered(self, func, iterable, chunksize=1):
        self._check()
        done = SimpleQueue()
        n = 0
        for x in iterable:
            self.apply_async(func, (x,), callback=done.put, error_callback=done.put)
            n += 1
        for i in range(n):
            v = done.get()
            if isinstance(v, BaseException):
                raise v
            yield v

    def close(self):
        if self._state == 'RUN':
            self._state = 'CLOSE'
            for w in self._pool:
                self._tasks.put(None)

    def terminate(self):
        self._state = 'TERMINATE'
        for w in self._pool:
            w.terminate()
        for w in self._pool:
            w.join()
        self._results.put(None)

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        for w in self._pool:
            w.join()
        if self._state != 'TERMINATE':
            self._results.put(None)
            self._handler.join()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.terminate()


ThreadPool = None
