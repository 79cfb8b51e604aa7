# Seed 004 (004_53be9baeb32760e2.txt), "Thread Synchronization": a Lock
# guarding the body of synchronized_worker. The article shows only the lock
# and the function; the driver below the marker was added: it runs the worker
# in five threads one after another and then counts under the lock.
import threading

lock = threading.Lock()

def synchronized_worker(counter):
    with lock:
        print(f"Thread {counter} is working")

# --- driver (not in the article) ---
for i in range(5):
    t = threading.Thread(target=synchronized_worker, args=(i,))
    t.start()
    t.join()

count = 0

def add_many():
    global count
    for _ in range(10000):
        with lock:
            count += 1

threads = [threading.Thread(target=add_many) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
