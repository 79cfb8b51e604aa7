# Seed 004 (004_53be9baeb32760e2.txt), "multiprocessing Module" example: five
# processes each print their number; the order they print in is up to the OS.
import multiprocessing

def worker_process(number):
    print(f"Process {number} started")

if __name__ == "__main__":
    processes = []
    for i in range(5):
        p = multiprocessing.Process(target=worker_process, args=(i,))
        processes.append(p)
        p.start()

    for p in processes:
        p.join()
