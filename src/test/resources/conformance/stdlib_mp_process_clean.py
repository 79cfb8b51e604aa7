# multiprocessing.Process: names and _identity numbering (nested too), daemon, exitcode (SystemExit forms,
# signals), is_alive, pid, join(timeout), terminate/kill, close and its ValueErrors, sentinel, repr forms
import multiprocessing as mp, os, sys, time, signal
def t(f):
    try: r = f(); print('ok', r)
    except Exception as e: print(type(e).__name__, e)
def work(x=0):
    time.sleep(x)
def boom():
    raise ValueError('bad')
def leave(code):
    sys.exit(code)
def show():
    p = mp.current_process()
    print('child', p.name, p._identity, p.daemon, mp.parent_process().name, mp.parent_process().pid == os.getppid(), flush=True)
    q = mp.Process(target=work)
    print('grandchild name', q.name, q._identity, flush=True)
    q.start(); q.join(); print('gc exit', q.exitcode, flush=True)
if __name__ == '__main__':
    me = mp.current_process()
    print(repr(me).replace(str(os.getpid()), 'PID'), me.name, me._identity, me.daemon, me.pid == os.getpid(), me.ident == os.getpid(), mp.parent_process())
    p = mp.Process(target=work, args=(0.5,))
    print(repr(p).replace(str(os.getpid()), "PPID"), p.name, p._identity, p.pid, p.exitcode, p.daemon, p.is_alive())
    t(lambda: p.join()); t(lambda: p.sentinel); c0 = mp.Process(); t(lambda: c0.close()); print(repr(c0).replace(str(os.getpid()), 'PPID'))
    p.start()
    print(repr(p).replace(str(p.pid), 'PID').replace(str(os.getpid()), 'PPID'), p.is_alive(), p.exitcode)
    t(lambda: p.start()); t(lambda: p.close()); t(lambda: setattr(p, 'daemon', True))
    p.join(0.01); print(p.is_alive(), p.exitcode)
    p.join(); print(repr(p).replace(str(p.pid), 'PID').replace(str(os.getpid()), 'PPID'), p.is_alive(), p.exitcode, type(p.sentinel).__name__)
    p.close(); print(repr(p).replace(str(os.getpid()), 'PPID'))
    for f in (lambda: p.pid, lambda: p.exitcode, lambda: p.is_alive(), lambda: p.join(), lambda: p.start(), lambda: p.terminate(), lambda: p.kill(), lambda: p.name, lambda: p.daemon, lambda: p.sentinel, lambda: p.ident):
        t(f)
    p.close(); print('close twice ok')
    t(lambda: setattr(p, 'name', 5)); 
    d = mp.Process(target=work, args=(10,), daemon=True, name='d1')
    d.start(); print(repr(d).replace(str(d.pid), 'PID').replace(str(os.getpid()), 'PPID'))
    d.terminate(); d.join(); print(d.exitcode, repr(d).replace(str(d.pid), 'PID').replace(str(os.getpid()), 'PPID'))
    k = mp.Process(target=work, args=(10,)); k.start(); k.kill(); k.join(); print(k.exitcode, repr(k).replace(str(k.pid), 'PID').replace(str(os.getpid()), 'PPID'))
    for tgt, a in ((boom, ()), (leave, (3,)), (leave, ('msg',)), (leave, (True,))):
        x = mp.Process(target=tgt, args=a); x.start(); x.join(); print(x.name, x.exitcode)
    t(lambda: mp.Process(group=1))
    print(mp.Process(name='x').name, mp.Process().name, mp.Process(target=work, kwargs={'x': 0})._kwargs)
    print(mp.active_children())
    class MyP(mp.Process):
        def run(self):
            print('run', self.name, self._args, flush=True)
            show()
    m = MyP(args=(1, 2)); m.start(); m.join(); print(repr(m).replace(str(m.pid), 'PID').replace(str(os.getpid()), 'PPID'))
    t(lambda: me.join())
    t(lambda: mp.Process().join())
    print(isinstance(me.authkey, bytes), len(me.authkey))
    t(lambda: mp.Process(target=work, args=(0,), daemon=None).daemon)
    print([c.__name__ for c in mp.Process.__mro__])
