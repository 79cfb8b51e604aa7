# Seed 003: "queue.join() would block the main thread forever if the workers did not signal that they
# completed a task". The worker forgets task_done() after its last item.
import queue
import threading

q = queue.Queue()


def worker():
    while True:
        item = q.get()
        if item % 2 == 0:
            q.task_done()      # only even items are acknowledged


threading.Thread(target=worker, daemon=True).start()
for i in range(3):
    q.put(i)
q.join()
print("all done")
