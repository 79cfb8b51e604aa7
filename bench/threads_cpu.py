# Benchmark: the CPU-bound loop done once in 1 thread, then split over 2
# threads. Prints only the totals; the runner times whole processes, so run
# it with --gil on and --gil off to see what the GIL costs.
import threading

N = 10_000_000

def work(lo, hi, out, slot):
    total = 0
    for i in range(lo, hi):
        total += i
    out[slot] = total

one = [0]
t = threading.Thread(target=work, args=(0, N, one, 0))
t.start()
t.join()

two = [0, 0]
threads = [threading.Thread(target=work, args=(0, N // 2, two, 0)),
           threading.Thread(target=work, args=(N // 2, N, two, 1))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(one[0], sum(two), one[0] == sum(two))
