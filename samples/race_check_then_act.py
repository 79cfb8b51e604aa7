# Check-then-act on a shared dict: two threads look up the same key, both see it
# missing, and both create the value. The slow factory waits until both threads have
# passed the check (or a timeout), so the race happens on every run; with the lock held
# around check and act, the second thread finds the cached value.
#
#   ./gilpy --sched 7 samples/race_check_then_act.py   (timeouts run on a virtual clock)
import threading


def run(use_lock):
    cache = {}
    created = []
    checked = []
    both_checked = threading.Event()
    lock = threading.Lock()

    def slow_factory(key):
        created.append(key)
        both_checked.wait(1.0)       # the other thread gets to its check meanwhile
        return key.upper()

    def get_or_create(key):
        if use_lock:
            lock.acquire()
        try:
            if key not in cache:     # check ...
                checked.append(threading.current_thread().name)
                if len(checked) == 2:
                    both_checked.set()
                cache[key] = slow_factory(key)   # ... then act
            return cache[key]
        finally:
            if use_lock:
                lock.release()

    results = []
    threads = [threading.Thread(target=lambda: results.append(get_or_create("user")))
               for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    times = len(created)
    label = "with lock" if use_lock else "without lock"
    print(f"{label}: value created {times} time{'s' if times != 1 else ''}, results {sorted(results)}")


run(False)
run(True)
