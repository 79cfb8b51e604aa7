import _mp


class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = 0
        self._maxsize = maxsize
        self._h = _mp.queue(maxsize)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % (self,))
        _mp.qput(self._h, obj, block, timeout, self._maxsize > 0)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % (self,))
        return _mp.qget(self._h, block, timeout)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _mp.call(self._h, 'qsize')

    def empty(self):
        return _mp.call(self._h, 'empty')

    def full(self):
        return _mp.call(self._h, 'full')

    def close(self):
        self._closed = True
        _mp.flush_streams()

    def join_thread(self):
        _mp.flush_streams()

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def task_done(self):
        _mp.call(self._h, 'task_done')

    def join(self):
        _mp.call(self._h, 'join')


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._h = _mp.queue(0)
        self._closed = False

    def put(self, obj):
        _mp.qput(self._h, obj, True, None, False)

    def get(self):
        return _mp.qget(self._h, True, None)

    def empty(self):
        return _mp.call(self._h, 'empty')

    def close(self):
        self._closed = True


class Connection:
    def __init__(self, rh, wh, end, readable=True, writable=True):
        self._rh = rh
        self._wh = wh
        self._end = end
        self._readable = readable
        self._writable = writable
        self._closed = False

    def _check(self, writing):
        if self._closed:
            raise OSError("handle is closed")
        if writing and not self._writable:
            raise OSError("connection is read-only")
        if not writing and not self._readable:
            raise OSError("connection is write-only")

    def send(self, obj):
        self._check(True)
        _mp.qput(self._wh, obj, True, None, False)

    def recv(self):
        self._check(False)
        return _mp.qget(self._rh, True, None)

    def send_bytes(self, buf, offset=0, size=None):
        data = bytes(buf)
        n = len(data)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        # The whole buffer (the usual call) is sent as it is: no copy of a large message.
        self.send(data if offset == 0 and size == n else data[offset:offset + size])

    def recv_bytes(self, maxlength=None):
        return self.recv()

    def poll(self, timeout=0.0):
        self._check(False)
        if timeout is None:
            timeout = -1.0
        return _mp.call(self._rh, 'poll', float(timeout))

    def close(self):
        if not self._closed:
            self._closed = True
            _mp.pipe_close(self._end)

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    a, b, e0, e1 = _mp.pipe(duplex)
    if duplex:
        return Connection(a, b, e0), Connection(b, a, e1)
    return Connection(a, None, e0, True, False), Connection(None, a, e1, False, True)
