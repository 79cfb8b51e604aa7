import multiprocessing as mp
import sys
import time

def nothing():
    pass

if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    times = []
    for i in range(20):
        t0 = time.perf_counter()
        p = mp.Process(target=nothing)
        p.start()
        p.join()
        times.append(time.perf_counter() - t0)
    times.sort()
    print("median start+join ms:", round((times[9] + times[10]) / 2 * 1000, 1), "first:", round(times[0] * 1000, 1))
