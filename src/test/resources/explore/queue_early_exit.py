# A queue.Queue consumer that stops when the queue is empty: if it runs before the producer has put
# everything, it exits early and items are never processed.
import queue
import threading

q = queue.Queue()
done = []


def producer():
    for i in range(1):
        q.put(i)


def consumer():
    while not q.empty():
        done.append(q.get())


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
assert sorted(done) == [0], f"processed {done}"
print(done)
