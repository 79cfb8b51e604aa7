# Benchmark: a ball passed back and forth between two threads through two
# queue.Queue objects. Prints nothing but the count; the runner times the
# whole process, so round trips/s = N / (time - startup).
import threading
import queue

N = 20000
ping = queue.Queue()
pong = queue.Queue()

def player():
    while True:
        x = ping.get()
        if x is None:
            break
        pong.put(x + 1)

t = threading.Thread(target=player)
t.start()
total = 0
for i in range(N):
    ping.put(i)
    total += pong.get() - i
ping.put(None)
t.join()
print(total)
