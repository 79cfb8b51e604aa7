# Processes as CPython shows them: pool workers' names, maxtasksperchild, exit codes (a status above 128
# is not a signal), repr with signal names, Namespace errors, authkey, parent_process, the
# multiprocessing logger, a standard stream passed to a fork child, executor shutdown with cancel_futures.
import multiprocessing as mp
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def pid(_=None):
    return os.getpid()


def name(_=None):
    return mp.current_process().name


def exit_with(n):
    sys.exit(n)


def write_to(stream, text):
    stream.write(text)
    stream.flush()


def child_view(key):
    p = mp.parent_process()
    print('child: parent is', p.name, p.is_alive(), '| same authkey', mp.current_process().authkey == key, flush=True)


def log_something():
    mp.get_logger().warning('from %s', mp.current_process().name)


if __name__ == '__main__':
    with mp.Pool(1, maxtasksperchild=1) as p:
        print('a worker per task:', len(set(p.map(pid, range(2), chunksize=1))) == 2)
        print('fork name:', p.apply(name).rsplit('-', 1)[0])
    try:
        mp.Pool(1, maxtasksperchild=0)
    except ValueError as e:
        print('ValueError:', e)

    for n in (137, 255):
        c = mp.Process(target=exit_with, args=(n,))
        c.start()
        c.join()
        print('sys.exit(%d) -> exitcode %s' % (n, c.exitcode), repr(c).split()[-1])
    c = mp.Process(target=time.sleep, args=(30,))
    c.start()
    c.terminate()
    c.join()
    print('terminate ->', c.exitcode, repr(c).split()[-1])

    with mp.Manager() as m:
        ns = m.Namespace()
        ns.x = 1
        for action in ('get', 'del'):
            try:
                ns.value if action == 'get' else delattr(ns, 'value')
            except AttributeError as e:
                print(action, 'AttributeError:', e)
        print(ns)

    key = mp.current_process().authkey
    print('authkey:', len(key), isinstance(key, bytes), mp.parent_process())
    c = mp.Process(target=child_view, args=(key,))
    c.start()
    c.join()
    print('active_children after join:', mp.active_children())

    sys.stdout.flush()
    c = mp.Process(target=write_to, args=(sys.stdout, 'written by the child to its sys.stdout argument\n'))
    c.start()
    c.join()

    ex = ProcessPoolExecutor(1)
    ex.submit(pid).result()
    fs = [ex.submit(time.sleep, 0.5) for _ in range(6)]
    ex.shutdown(wait=False, cancel_futures=True)

    logger = mp.log_to_stderr()
    print('logger:', logger.name, logger is mp.get_logger(), logger.propagate)
    c = mp.Process(target=log_something, name='logchild')
    c.start()
    c.join()
