# Signal handlers run in the main thread of the main interpreter only (as CPython): a signal raised while the
# main thread runs code in a sub-interpreter stays pending until the thread is back in the main interpreter,
# and a sub-interpreter cannot install handlers.
# Expected output: CPython 3.13's test.support.interpreters (CPython 3.11 has no interpreters module).
# regen: skip (the .out was made with 3.13)
import signal
try:
    from concurrent import interpreters
except ImportError:
    from test.support import interpreters

got = []


def handler(signum, frame):
    got.append((signal.Signals(signum).name, interpreters.get_current().id, frame.f_code.co_name))


signal.signal(signal.SIGUSR1, handler)
a = interpreters.create()
a.exec("""if True:
    import signal
    signal.raise_signal(signal.SIGUSR1)
    total = 0
    for i in range(20000):
        total += i
    print('sub-interpreter finished its loop:', total)
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        print('ValueError:', e)
    """)


# It ran at the first check point back in the main interpreter: in Interpreter.exec, after the call returned.
print('after exec:', got)

# A second signal raised in the main interpreter itself runs at once, as before.
signal.raise_signal(signal.SIGUSR1)
print(len(got), got[-1][:2])
a.close()
