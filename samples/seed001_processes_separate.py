# Seed 001 (001_818a468232708149.txt), "Processes Have Separate Memory":
# a child process appends to its own copy of the list; the parent's copy
# stays empty. The article shows only the list and worker(); the driver below
# the marker was added to run worker() in a process and print both views.
data = []

def worker():
    data.append("process")

# --- driver (not in the article) ---
import multiprocessing

def child():
    worker()
    print("child sees:", data)

if __name__ == "__main__":
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
    print("parent sees:", data)
