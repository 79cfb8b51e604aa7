import queue
import threading

q = queue.Queue()
done = []


def producer():
    for i in range(1):
        q.put(i)
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        done.append(item)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
assert sorted(done) == [0], f"processed {done}"
print(done)
