import threading
from multiprocessing.process import cpu_count, get_context, TimeoutError
from multiprocessing.queues import Queue, SimpleQueue


def _worker(tasks, results, initializer, initargs, maxtasks=None):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        task = tasks.get()
        if task is None:
            break
        completed += 1
        job, i, func, args, kwds = task
        try:
            res = (True, func(*args, **kwds))
        except Exception as e:
            res = (False, e)
        try:
            results.put((job, i, res))
        except Exception as e:
            results.put((job, i, (False, e)))
    if maxtasks is not None and completed >= maxtasks:
        results.put((None, None, None))   # retiring: the pool starts a replacement


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
        if self._event.is_set():
            return self._success
        raise ValueError(f"{self!r} not ready")

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        if not self._event.wait(timeout):
            raise TimeoutError
        if not self._success:
            raise self._value
        return self._value

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
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._ctx = context or get_context()
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._tasks = Queue()
        self._results = SimpleQueue()
        self._jobs = {}
        self._next = 0
        self._state = 'RUN'
        self._lock = threading.Lock()
        self._on_worker_exit = None
        self._pool = []
        for i in range(processes):
            self._add_worker()
        self._handler = threading.Thread(target=self._handle_results, daemon=True)
        self._handler.start()

    def _add_worker(self):
        # Named as CPython's (ForkPoolWorker-N / SpawnPoolWorker-N): the context's Process class name.
        w = self._ctx.Process(target=_worker, args=(self._tasks, self._results, self._initializer,
                                                    self._initargs, self._maxtasksperchild))
        w.name = w.name.replace('Process', 'PoolWorker')
        w.daemon = True
        w.start()
        self._pool.append(w)
        # One waiter per worker, blocked in join() (no polling): a worker that ended while the pool
        # runs (maxtasksperchild reached, or killed) is replaced, as CPython's worker handler does.
        threading.Thread(target=self._watch, args=(w,), daemon=True).start()

    def _watch(self, w):
        w.join()
        with self._lock:
            if w in self._pool:
                self._pool.remove(w)
            if self._state == 'TERMINATE':
                return
            if w.exitcode == 0:
                return   # it took a sentinel, or retired after maxtasksperchild (replaced on its message)
            if self._on_worker_exit is not None and self._on_worker_exit(w):
                return
            self._add_worker()

    def _retired(self):
        with self._lock:
            if self._state != 'TERMINATE':
                self._add_worker()

    def _handle_results(self):
        while True:
            item = self._results.get()
            if item is None:
                return
            job, i, res = item
            if job is None:
                self._retired()
                continue
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
        with self._lock:
            if self._state == 'RUN':
                self._state = 'CLOSE'
                for w in self._pool:
                    self._tasks.put(None)

    def _drain_tasks(self):
        """Drops the tasks no worker has taken yet (the pool owns its task queue: these gets are local)."""
        dropped = []
        while True:
            try:
                task = self._tasks.get_nowait()
            except Exception:
                return dropped
            if task is not None:
                dropped.append(task)

    def terminate(self):
        with self._lock:
            if self._state == 'TERMINATE':
                return
            self._state = 'TERMINATE'
            workers = list(self._pool)
        for w in workers:
            w.terminate()
        for w in workers:
            w.join()
        self._results.put(None)

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        if self._state not in ('CLOSE', 'TERMINATE'):
            raise ValueError("In unknown state")
        for w in list(self._pool):
            w.join()
        if self._state != 'TERMINATE':
            self._results.put(None)
            self._handler.join()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.terminate()

    def __repr__(self):
        return '<%s.%s state=%s pool_size=%d>' % (type(self).__module__, type(self).__qualname__,
                                                   self._state, len(self._pool))


ThreadPool = None
