# Seed 001 (001_818a468232708149.txt), "Multiprocessing Bypasses the GIL":
# a list comprehension building two Process objects for cpu_task. The article
# shows only the list; cpu_task (from the same article, made to print here)
# and the start/join driver were added so the fragment runs.
import multiprocessing

def cpu_task():
    total = 0
    for i in range(10_000_000):
        total += i
    print(total)

if __name__ == "__main__":
    processes = [
        multiprocessing.Process(target=cpu_task)
        for _ in range(2)
    ]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print("exit codes:", [p.exitcode for p in processes])
