# Seed 003 (003_680c84bef3ebda19.txt), PEP 734: "interpreters cannot share objects which means they cannot
# share threading.Lock objects. Most objects will be shared through queues (Queue), as interpreters
# communicate information between each other", "prepare_main() supports setting multiple values at once",
# and "a new concurrent.futures.InterpreterPoolExecutor based on the interpreters module". The article shows
# no code; this program is written from that passage (CPython 3.14's concurrent.interpreters).
# regen: skip (CPython 3.11 has no concurrent.interpreters: the expected output was computed with CPython 3.11
# (the prime counts, pickle's error for a Lock) and otherwise follows the 3.14 documentation)
import threading
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor


def count_primes(lo, hi):
    """The CPU-bound task: each worker interpreter runs it under its own GIL."""
    found = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            found += 1
    return found


WORKER = """
while True:
    job = jobs.get()
    if job is None:
        break
    lo, hi = job
    results.put((name, lo, hi, count_primes(lo, hi)))
"""

if __name__ == "__main__":
    jobs = interpreters.create_queue()
    results = interpreters.create_queue()
    workers = []
    for k in range(2):
        interp = interpreters.create()
        # prepare_main() binds several values at once: the queues are shared; the function is found by name
        # (the interpreter loads this script as a module, not as __main__); the string is a copy.
        interp.prepare_main(jobs=jobs, results=results, name=f"worker-{k}", count_primes=count_primes)
        workers.append((interp, threading.Thread(target=interp.exec, args=(WORKER,))))
    for interp, t in workers:
        t.start()
    ranges = [(i * 5000, (i + 1) * 5000) for i in range(8)]
    for r in ranges:
        jobs.put(r)
    for _ in workers:
        jobs.put(None)
    got = sorted(results.get(timeout=60)[1:] for _ in ranges)
    for interp, t in workers:
        t.join()
        interp.close()
    for lo, hi, n in got:
        print(f"primes in [{lo}, {hi}): {n}")
    print("total:", sum(n for _, _, n in got))

    # Interpreters share no objects: a Lock cannot be sent to one.
    interp = interpreters.create()
    try:
        interp.prepare_main(lock=threading.Lock())
    except interpreters.NotShareableError as e:
        print("NotShareableError:", type(e.__cause__).__name__, e.__cause__)
    # A list is copied: changes on one side are not seen on the other.
    data = [1, 2, 3]
    interp.prepare_main(data=data)
    interp.exec("data.append(4)")
    print("main still has", data)
    interp.close()

    # The same task on an InterpreterPoolExecutor.
    with InterpreterPoolExecutor(max_workers=2) as pool:
        counts = list(pool.map(count_primes, [lo for lo, _ in ranges], [hi for _, hi in ranges]))
    print("pool total:", sum(counts))
