# Seed 001 (001_818a468232708149.txt), "Inter-Process Communication": the
# article shows only `queue = multiprocessing.Queue()`. The driver below the
# marker was added: a child process puts a value that the parent gets.
import multiprocessing

queue = multiprocessing.Queue()

# --- driver (not in the article) ---
def child(q):
    q.put(["from", "child", 42])

if __name__ == "__main__":
    p = multiprocessing.Process(target=child, args=(queue,))
    p.start()
    print(queue.get())
    p.join()
