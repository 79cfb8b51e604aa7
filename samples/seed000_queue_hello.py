# Seed 000 (000_a9b84f3c69cd0b08.txt): inter-process communication through a
# multiprocessing.Queue; the child puts a string, the parent gets it.
# As printed in the article, the Queue is created at module level.
from multiprocessing import Process, Queue

def worker(q):
    q.put("Hello from process")

q = Queue()

if __name__ == '__main__':
    p = Process(target=worker, args=(q,))
    p.start()
    p.join()
    print(q.get())
