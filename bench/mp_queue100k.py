import multiprocessing as mp
import time

N = 100_000

def producer(q, n):
    q.put(-1)
    for i in range(1, n):
        q.put(i)
    q.put(None)

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, N))
    p.start()
    q.get()          # the first item: the child is up
    t0 = time.time()
    got = 1
    while True:
        x = q.get()
        if x is None:
            break
        got += 1
    dt = time.time() - t0
    p.join()
    print(got, "items", round(got / dt), "items/s")
