# Generators, coroutines and async generators resumed at every kind of suspension point: send, throw at
# each yield, close with finally, yield from a sub-generator that raises, return values, async for/await.
# The test suite also runs this with every code object compiled at its first call (-X jit=eager).
import sys


def trace():
    log = []
    def gen():
        try:
            x = yield 1
            log.append(('got', x))
            try:
                y = yield 2
                log.append(('got', y))
            except KeyError as e:
                log.append(('inner caught', repr(e)))
                y = yield 'after-inner'
            z = yield 3
            log.append(('got', z))
        except ValueError as e:
            log.append(('outer caught', repr(e)))
            yield 'after-outer'
        finally:
            log.append('finally')
        return 'done'
    return gen, log


# send through every yield, then the return value in StopIteration.value
gen, log = trace()
g = gen()
print(next(g), g.send('a'), g.send('b'), end=' ')
try:
    g.send('c')
except StopIteration as e:
    print('stop', e.value)
print(log)

# throw at each yield point in turn
for at in range(3):
    gen, log = trace()
    g = gen()
    seen = [next(g)]
    for _ in range(at):
        seen.append(g.send(len(seen)))
    for exc in (KeyError('k'), ValueError('v')):
        try:
            seen.append(g.throw(exc))
        except StopIteration as e:
            seen.append(('stop', e.value))
            break
        except (KeyError, ValueError) as e:
            seen.append(('escaped', repr(e)))
            break
    print(at, seen, log)

# close at each yield, finally runs; close of a finished or unstarted generator is quiet
for at in range(3):
    gen, log = trace()
    g = gen()
    next(g)
    for _ in range(at):
        g.send(None)
    g.close()
    g.close()
    print('closed at', at, log, g.gi_frame is None)
gen, log = trace()
g = gen()
g.close()
print('unstarted close', log)

def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)


# yield from: values, send and throw pass through; the sub-generator's return value and its exceptions
def sub(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    if n == 3:
        raise LookupError('sub failed at %d' % total)
    return total

def outer(n):
    try:
        r = yield from sub(n)
        yield ('sub returned', r)
    except LookupError as e:
        yield ('outer caught', str(e))
    r2 = yield from [10, 20]
    return ('outer done', r2)

for n in (2, 3):
    g = outer(n)
    out = [next(g)]
    try:
        while True:
            out.append(g.send(5 if len(out) < 3 else None))
    except StopIteration as e:
        out.append(e.value)
    print(out)

g = outer(5)
next(g)
print(g.throw(LookupError('thrown in')), g.gi_yieldfrom)
g = outer(5)
next(g)
g.send(None)
print(g.gi_yieldfrom is not None)
g.close()
print(g.gi_yieldfrom)

# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def leaks():
    yield 1
    raise StopIteration('oops')
try:
    list(leaks())
except RuntimeError as e:
    print('RuntimeError:', e, repr(e.__cause__))

# generator expressions and comprehensions over generators
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(x * x for x in count(100) if x % 3), [y for y in (x + 1 for x in count(5))])
print({k: v for k, v in zip(count(3), (c for c in 'abc'))}, list(map(str, count(4))))
nested = ((i, j) for i in count(3) for j in count(i))
print(list(nested))

# the "already executing" rule
def selfish():
    yield g2.send(None)
g2 = selfish()
try:
    next(g2)
except ValueError as e:
    print('ValueError:', e)

# a long-lived generator: resumed many times (the compiled tier takes over mid-run)
def running_mean():
    total = count_ = 0
    mean = None
    while True:
        try:
            v = yield mean
        except ZeroDivisionError:
            total = count_ = 0
            mean = 'reset'
            continue
        total += v
        count_ += 1
        mean = total / count_
m = running_mean()
next(m)
for i in range(3000):
    last = m.send(i)
print(last, m.throw(ZeroDivisionError), m.send(4))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(2000)][-1] % 1000003)

# exceptions at yield points inside with blocks and nested try/finally
class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self
    def __exit__(self, *a):
        self.log.append('exit %s %s' % (self.name, a[0].__name__ if a[0] else None))
        return a[0] is KeyError

def guarded(log):
    with CM('a', log):
        try:
            yield 1
            with CM('b', log):
                yield 2
        finally:
            log.append('fin')
    yield 3

for exc in (KeyError, IndexError):
    log = []
    g = guarded(log)
    next(g)
    g.send(None)
    try:
        print(g.throw(exc), log)
    except IndexError:
        print('IndexError out', log)


# coroutines: await, async for, async with, async generators, return values, throw into awaits
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield ('suspend', self.value)
        return (self.value, got)

class ARange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Ready(self.i)

class ACM:
    async def __aenter__(self):
        return await Ready('enter')
    async def __aexit__(self, t, v, tb):
        await Ready('exit')
        return t is KeyError

async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got == 'raise':
                raise KeyError('agen')
            await Ready(i)
    finally:
        await Ready('agen-finally')

async def work(n):
    out = []
    async for v in ARange(n):
        out.append(v)
    async with ACM() as entered:
        out.append(entered)
        raise KeyError('swallowed')
    async for x in agen(3):
        out.append(x)
    out.append([y async for y in agen(4) if y % 2])
    try:
        await Ready('before-throw')
    except OSError as e:
        out.append(('caught', str(e)))
    return out

def drive(coro, throw_at=None):
    steps = 0
    value = None
    while True:
        try:
            if steps == throw_at:
                msg = coro.throw(OSError('thrown'))
            else:
                msg = coro.send(value)
        except StopIteration as e:
            return steps, e.value
        except Exception as e:
            return steps, 'raised', repr(e)
        steps += 1
        value = ('reply', steps)

print(drive(work(2)))
for at in (2, 8, 12, 13, 14, 15, 16):
    print(at, drive(work(3), throw_at=at))

async def use_agen():
    a = agen(5)
    log = [await a.asend(None), await a.asend('x')]
    try:
        await a.asend('raise')
    except KeyError as e:
        log.append(('asend raised', repr(e)))
    b = agen(5)
    log.append(await b.__anext__())
    try:
        await b.athrow(ValueError('athrown'))
    except ValueError as e:
        log.append(('athrow raised', str(e)))
    c = agen(5)
    await c.__anext__()
    await c.aclose()
    log.append('closed')
    return log

print(drive(use_agen()))

# a coroutine awaited many times: stays correct across tier-up
async def leaf(i):
    return await Ready(i)
async def tree(n):
    total = 0
    for i in range(n):
        v, _ = await leaf(i)
        total += v
    return total
print(drive(tree(2000)))
