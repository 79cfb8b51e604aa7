import sched
class Clock:
    def __init__(self): self.now = 100.0; self.log = []
    def time(self):
        self.log.append('t'); return self.now
    def sleep(self, d):
        self.log.append('s%g' % d); self.now += d
c = Clock()
s = sched.scheduler(c.time, c.sleep)
print(s.empty(), s.queue, sched.__all__, sched.Event._fields)
def act(name, *rest, **kw):
    print('run', name, rest, sorted(kw.items()), c.now)
e1 = s.enter(5, 2, act, ('a',))
e2 = s.enter(5, 1, act, ('b', 1), {'k': 2})
e3 = s.enterabs(101, 0, act, argument=('c',))
e4 = s.enterabs(103, 0, act, kwargs={'only': 'kw'})
e5 = s.enter(5, 1, act, ('b2',))
print(e3._replace(action=None), e1.time, e2.priority, e2.sequence, e5.sequence, e1.kwargs, e1 < e2, e2 < e5)
print([(e.time, e.priority, e.sequence) for e in s.queue])
s.cancel(e4)
try:
    s.cancel(e4)
except ValueError as err:
    print('VE', err)
print(s.run(blocking=False), c.log)
c.now = 101.5
print(s.run(blocking=False), c.log)
def adder():
    print('adder at', c.now); s.enter(0, 0, act, ('added',))
s.enter(1, 5, adder)
s.run()
print(c.log, c.now, s.empty(), s.queue, s.run())
ev = s.enter(1, 1, act, ('never',)); s.enter(0, 0, s.cancel, (ev,)); s.run(); print(s.empty())
import time
r = sched.scheduler()
print(r.timefunc is time.monotonic, r.delayfunc is time.sleep)
r.enter(0.01, 1, act, ('real',)); r.run(); print('done')
