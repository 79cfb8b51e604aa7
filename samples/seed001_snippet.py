# Seed 001 (001_818a468232708149.txt), the article's whole "Code Snippet":
# thread memory sharing, process isolation, a CPU-bound task, and a Queue
# used for IPC between processes. PIDs vary from run to run.
import threading
import multiprocessing
import os

# Thread memory sharing
shared_data = []

def thread_worker():
    shared_data.append("thread")

t = threading.Thread(target=thread_worker)
t.start()
t.join()

print(shared_data)

# Process isolation
data = []

def process_worker():
    data.append("process")
    print("Inside process:", data)
    print("PID:", os.getpid())

p = multiprocessing.Process(target=process_worker)
p.start()
p.join()

print("Main process:", data)

# CPU-bound task
def cpu_task():
    total = 0
    for i in range(10_000_000):
        total += i

# IPC example
def queue_worker(queue):
    queue.put("hello")

queue = multiprocessing.Queue()

p = multiprocessing.Process(
    target=queue_worker,
    args=(queue,)
)

p.start()
print(queue.get())
p.join()

print("Main PID:", os.getpid())
