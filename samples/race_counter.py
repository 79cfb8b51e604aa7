# A shared counter incremented by four threads, without and with a lock.
#
# Under CPython 3.10+ (and gilpy's default GIL) a thread can only be switched out at
# backward jumps, function entry and after calls, so a lone `counter += 1` happens to
# stay exact. Switch between any two instructions, as Python 2 did, and it loses updates:
#
#   ./gilpy --sched 42 --switch-points any samples/race_counter.py
#
# The locked counter is exact under every schedule.
import threading

THREADS = 4
N = 5000

counter = 0
lock = threading.Lock()


def unlocked(n):
    global counter
    for _ in range(n):
        counter += 1          # LOAD counter, ADD 1, STORE counter: not atomic


def locked(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


def run(worker):
    global counter
    counter = 0
    threads = [threading.Thread(target=worker, args=(N,)) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = THREADS * N
    lost = expected - counter
    verdict = "exact" if lost == 0 else f"lost {lost} updates"
    print(f"{worker.__name__:>8}: {counter} of {expected} ({verdict})")


run(unlocked)
run(locked)
