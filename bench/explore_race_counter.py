# gilpy explore: time to find a lost update (make bench, "explore" section). samples/race_counter.py with
# an assertion: four threads add 1 to a shared counter 5000 times each, without and then with a lock.
#   ./gilpy explore --gil off --fail-on-assert bench/explore_race_counter.py
import threading

THREADS = 4
N = 5000

counter = 0
lock = threading.Lock()


def unlocked(n):
    global counter
    for _ in range(n):
        counter += 1


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
    return counter


totals = [run(unlocked), run(locked)]
print(totals)
assert totals == [THREADS * N] * 2, f"lost updates: {totals}"
