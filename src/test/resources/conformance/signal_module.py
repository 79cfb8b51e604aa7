# The signal module: names, reprs, dispositions, handlers run in the main thread with (signum, frame).
import signal
import os
import threading
import time
import _thread

print(repr(signal.SIGINT), str(signal.SIGINT), int(signal.SIGTERM), signal.SIGINT == 2)
print(signal.SIGINT.name, signal.SIGINT.value, isinstance(signal.SIGINT, int), type(signal.SIGINT).__name__)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_IGN + 0)
print(repr(signal.Signals(15)), repr(signal.Handlers(1)), signal.Signals(15) is signal.SIGTERM)
print([int(getattr(signal, n)) for n in ("SIGHUP", "SIGINT", "SIGQUIT", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2",
                                         "SIGPIPE", "SIGALRM", "SIGTERM", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP",
                                         "SIGWINCH", "SIGRTMIN", "SIGRTMAX")])
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL), signal.NSIG)
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF, issubclass(signal.ItimerError, OSError))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGCHLD)))
print([signal.strsignal(s) for s in (1, 2, 9, 10, 14, 15, 17, 34, 64)])
v = signal.valid_signals()
print(type(v).__name__, len(v), signal.SIGINT in v, 32 in v, 33 in v, 34 in v, 64 in v)

try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("default_int_handler raises", type(e).__name__, e.args)

for args in [(signal.SIGKILL, signal.SIG_IGN), (signal.SIGSTOP, signal.SIG_DFL), (99, signal.SIG_IGN), (0, signal.SIG_DFL),
             (2, 5), (signal.SIGINT, "x"), (signal.SIGINT, None)]:
    try:
        signal.signal(*args)
        print("no error", args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in (0, 65, -3):
    try:
        signal.getsignal(s)
    except ValueError as e:
        print("getsignal", s, type(e).__name__, e)
try:
    signal.strsignal(0)
except ValueError as e:
    print("strsignal", type(e).__name__, e)

seen = []
def handler(signum, frame):
    seen.append((signum, type(signum).__name__, frame.f_code.co_name, threading.current_thread().name))

old = signal.signal(signal.SIGUSR1, handler)
print("old", repr(old), signal.getsignal(signal.SIGUSR1) is handler)
def raiser():
    signal.raise_signal(signal.SIGUSR1)
    print("after raise_signal", seen)
raiser()
os.kill(os.getpid(), signal.SIGUSR1)
print("after os.kill", len(seen), seen[-1])

# A handler that raises: the exception comes out where the main thread was.
def boom(signum, frame):
    raise RuntimeError("from handler %d" % signum)
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("caught", e)

# A signal sent from another thread runs its handler in the main thread; a sleep is not cut short (PEP 475).
t = threading.Thread(target=lambda: (time.sleep(0.2), os.kill(os.getpid(), signal.SIGUSR1)))
t0 = time.monotonic()
t.start()
time.sleep(0.6)
t.join()
print("slept through", time.monotonic() - t0 >= 0.59, seen[-1])

# signal.signal only in the main thread
def in_thread():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_DFL)
    except ValueError as e:
        print("thread:", e)
t = threading.Thread(target=in_thread)
t.start()
t.join()

# interrupt_main simulates SIGINT: the Python handler of SIGINT runs (KeyboardInterrupt by default).
try:
    _thread.interrupt_main()
    for i in range(1000000):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("interrupt_main -> KeyboardInterrupt")
signal.signal(signal.SIGINT, handler)
_thread.interrupt_main()
for i in range(1000):
    pass
print("SIGINT handler:", seen[-1][:2])
signal.signal(signal.SIGINT, signal.default_int_handler)

# SIG_IGN: the signal is dropped.
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored", repr(signal.getsignal(signal.SIGUSR1)))

# ITIMER_REAL and alarm deliver SIGALRM to the handler.
fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
print(signal.setitimer(signal.ITIMER_REAL, 0.1))
print(signal.alarm(0))
print(signal.getitimer(signal.ITIMER_REAL))
signal.setitimer(signal.ITIMER_REAL, 0.05)
deadline = time.monotonic() + 10
while not fired and time.monotonic() < deadline:
    time.sleep(0.05)
print("alarm fired", fired)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
while len(fired) < 4 and time.monotonic() < deadline + 10:
    time.sleep(0.01)
signal.setitimer(signal.ITIMER_REAL, 0)
print("interval timer", fired[:4], signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(10) == 0, 9 <= signal.alarm(0) <= 10)
