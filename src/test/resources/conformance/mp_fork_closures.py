# A forked child rebuilds functions whole: a method that uses super() (its __class__ cell holds the class
# being rebuilt), a recursive inner function (its cell holds the function itself), and exceptions with
# attributes come back over a queue.
import multiprocessing as mp


class Base:
    def hello(self):
        return 'base'


class Kid(Base):
    def hello(self):
        return 'kid+' + super().hello()


def outer(n):
    def inner(k):
        return 0 if k == 0 else inner(k - 1) + n
    return inner


class Failed(Exception):
    pass


f = outer(2)


def work(q):
    q.put((Kid().hello(), f(3), outer(5)(2)))
    e = Failed('x', 1)
    e.detail = {'why': 'because'}
    q.put(e)
    q.put([KeyError('k'), OSError(2, 'gone')])


if __name__ == '__main__':
    mp.set_start_method('fork')
    q = mp.Queue()
    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get())
    e = q.get()
    print(type(e).__name__, e.args, e.detail)
    k, o = q.get()
    print(repr(k), str(k), o.errno, o.strerror, str(o))
    p.join()
    print(p.exitcode)
