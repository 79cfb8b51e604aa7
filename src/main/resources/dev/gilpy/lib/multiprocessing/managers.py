import _mp
from multiprocessing import queues, synchronize, sharedctypes


class BaseProxy:
    def __init__(self, h):
        self._h = h

    def _callmethod(self, name, args=()):
        return _mp.call(self._h, name, *args)

    def _getvalue(self):
        return self._callmethod('__copy__')


class DictProxy(BaseProxy):
    def __getitem__(self, k): return self._callmethod('__getitem__', (k,))
    def __setitem__(self, k, v): return self._callmethod('__setitem__', (k, v))
    def __delitem__(self, k): return self._callmethod('__delitem__', (k,))
    def __len__(self): return self._callmethod('__len__')
    def __contains__(self, k): return self._callmethod('__contains__', (k,))
    def __iter__(self): return iter(self._callmethod('keys_list'))
    def get(self, k, d=None): return self._callmethod('get', (k, d))
    def keys(self): return self._callmethod('keys_list')
    def values(self): return [self[k] for k in self.keys()]
    def items(self): return [(k, self[k]) for k in self.keys()]
    def pop(self, *a): return self._callmethod('pop', a)
    def setdefault(self, k, d=None): return self._callmethod('setdefault', (k, d))
    def update(self, *a, **kw): return self._callmethod('update', (dict(*a, **kw),))
    def clear(self): return self._callmethod('clear')
    def copy(self): return dict(self._getvalue())
    def __repr__(self): return repr(self._getvalue())
    def __str__(self): return str(self._getvalue())


class ListProxy(BaseProxy):
    def __getitem__(self, i): return self._callmethod('__getitem__', (i,))
    def __setitem__(self, i, v): return self._callmethod('__setitem__', (i, v))
    def __delitem__(self, i): return self._callmethod('__delitem__', (i,))
    def __len__(self): return self._callmethod('__len__')
    def __contains__(self, v): return self._callmethod('__contains__', (v,))
    def __iter__(self): return iter(list(self._getvalue()))
    def append(self, v): return self._callmethod('append', (v,))
    def extend(self, v): return self._callmethod('extend', (list(v),))
    def insert(self, i, v): return self._callmethod('insert', (i, v))
    def pop(self, *a): return self._callmethod('pop', a)
    def remove(self, v): return self._callmethod('remove', (v,))
    def index(self, v): return self._callmethod('index', (v,))
    def count(self, v): return self._callmethod('count', (v,))
    def sort(self): return self._callmethod('sort')
    def reverse(self): return self._callmethod('reverse')
    def __repr__(self): return repr(list(self._getvalue()))
    def __str__(self): return str(list(self._getvalue()))


class _HostedDict(dict):
    def keys_list(self):
        return list(self.keys())


class NamespaceProxy(BaseProxy):
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError("'NamespaceProxy' object has no attribute %r" % name)
        d = _mp.call(self.__dict__['_h'], 'get', name, _MISSING)
        if d == _MISSING:
            raise AttributeError("'Namespace' object has no attribute %r" % name)
        return d

    def __setattr__(self, name, value):
        if name.startswith('_'):
            self.__dict__[name] = value
        else:
            _mp.call(self.__dict__['_h'], '__setitem__', name, value)

    def __delattr__(self, name):
        if name.startswith('_'):
            return object.__delattr__(self, name)
        if _mp.call(self.__dict__['_h'], 'pop', name, _MISSING) == _MISSING:
            raise AttributeError("'Namespace' object has no attribute %r" % name)

    def __repr__(self):
        d = _mp.call(self.__dict__['_h'], '__copy__')
        return 'Namespace(%s)' % ', '.join(['%s=%r' % (k, d[k]) for k in d])


_MISSING = '__gilpy_missing__'


class SyncManager:
    """Objects live in the process that created the manager (its own server thread serves them)."""

    def start(self, *a):
        return self

    def shutdown(self):
        pass

    def join(self, timeout=None):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.shutdown()

    def dict(self, *args, **kwargs):
        return DictProxy(_mp.host(_HostedDict(*args, **kwargs)))

    def list(self, seq=()):
        return ListProxy(_mp.host(list(seq)))

    def Namespace(self, **kwds):
        p = NamespaceProxy(_mp.host(_HostedDict(kwds)))
        return p

    def Queue(self, maxsize=0):
        return queues.Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return queues.JoinableQueue(maxsize)

    def Lock(self):
        return synchronize.Lock()

    def RLock(self):
        return synchronize.RLock()

    def Event(self):
        return synchronize.Event()

    def Semaphore(self, value=1):
        return synchronize.Semaphore(value)

    def Condition(self, lock=None):
        return synchronize.Condition(lock)

    def Value(self, typecode, value, lock=True):
        return sharedctypes.Value(typecode, value, lock=lock)

    def Array(self, typecode, seq, lock=True):
        return sharedctypes.Array(typecode, seq, lock=lock)


def Manager():
    return SyncManager()
