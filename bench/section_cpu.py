# Where the CPU of a threaded section goes, per kind of JVM thread (Linux: /proc/self/task/*/schedstat), for
# the seed's CPU loop on 1 thread, 2 threads and 2 sub-interpreters. Wall-clock ratios need a quiet machine;
# these CPU figures hold on a loaded one too. A section scales on 2 cores when the workers' CPU per loop stays
# that of 1 worker (nothing shared between them) and little else runs meanwhile: what the JIT's compiler
# threads, the VM thread (young collections, which stop every thread) and the rest spend in the section
# competes with 2 busy workers for the 2 cores, while beside 1 worker it uses the idle core.
# Usage: section_cpu.py [iterations] [rounds]; prints medians in ms of CPU per section.
import os
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 and __name__ == "__main__" else 10_000_000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 and __name__ == "__main__" else 5
KINDS = (("C2 Compiler", "jit-c2"), ("C1 Compiler", "jit-c1"), ("VM Thread", "vm-gc"), ("heap-wat", "heap-watch"))


def compute(n):
    total = 0
    for i in range(n):
        total += i
    return total


def per_thread_ns():
    out = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open("/proc/self/task/%s/comm" % tid) as f:
                name = f.read().strip()
            with open("/proc/self/task/%s/schedstat" % tid) as f:
                out[tid] = (name, int(f.read().split()[0]))
        except OSError:
            pass   # the thread ended
    return out


def kind(name, workers):
    for part, k in KINDS:
        if part in name:
            return k
    return "workers" if name in workers else "other"


def section(starters):
    before = per_thread_ns()
    t0 = time.perf_counter()
    threads = [start() for start in starters]
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    after = per_thread_ns()
    # a pooled platform thread is renamed per Python thread: a worker is any thread that ran in the section
    # under a name the JVM's own threads do not use
    spent = {}
    for tid, (name, ns) in after.items():
        k = kind(name, {n for n, _ in after.values() if n.startswith("Thread-") or n.startswith("Dummy")})
        spent[k] = spent.get(k, 0) + ns - before.get(tid, (name, 0))[1]
    spent["wall"] = wall * 1e9
    return spent


def threads(count):
    def start():
        t = threading.Thread(target=compute, args=(N,))
        t.start()
        return t
    return [start] * count


def interpreters_of(count):
    from concurrent import interpreters
    interps = [interpreters.create() for _ in range(count)]
    for i in interps:
        i.call(compute, 0)   # loads this script there as __mp_main__
    return [lambda i=i: i.call_in_thread(compute, N) for i in interps], interps


if __name__ == "__main__":
    if not os.path.isdir("/proc/self/task"):
        sys.exit("section_cpu.py needs Linux's /proc/self/task")
    rows = {"1 thread": [], "2 threads": [], "2 interpreters": []}
    for _ in range(ROUNDS):
        rows["1 thread"].append(section(threads(1)))
        rows["2 threads"].append(section(threads(2)))
        starters, interps = interpreters_of(2)
        rows["2 interpreters"].append(section(starters))
        for i in interps:
            i.close()
    cols = ("wall", "workers", "jit-c1", "jit-c2", "vm-gc", "heap-watch", "other")
    print("seed CPU loop, %d iterations per worker: ms of CPU in the section (wall: ms), medians of %d"
          % (N, ROUNDS))
    print("%-16s" % "" + "".join("%11s" % c for c in cols))
    for label, runs in rows.items():
        med = [sorted(r.get(c, 0) for r in runs)[len(runs) // 2] / 1e6 for c in cols]
        print("%-16s" % label + "".join("%11.1f" % m for m in med))
