import queue
import threading

q = queue.Queue()


def worker():
    while True:
        item = q.get()
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for i in range(3):
    q.put(i)
q.join()
print("all done")
