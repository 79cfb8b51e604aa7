# Seed 000 (000_a9b84f3c69cd0b08.txt): the same task run in two processes
# with multiprocessing.Process; each process has its own memory and GIL.
from multiprocessing import Process
import time

def task(name):
    print(f"Process {name} starting")
    time.sleep(2)
    print(f"Process {name} finished")

if __name__ == "__main__":
    p1 = Process(target=task, args=("A",))
    p2 = Process(target=task, args=("B",))

    p1.start()
    p2.start()

    p1.join()
    p2.join()

    print("All processes completed")
