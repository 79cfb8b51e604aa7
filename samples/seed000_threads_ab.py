# Seed 000 (000_a9b84f3c69cd0b08.txt): two threads run task("A") and task("B")
# concurrently; each sleeps 2 s, so both start before either finishes.
import threading
import time

def task(name):
    print(f"Thread {name} starting")
    time.sleep(2)
    print(f"Thread {name} finished")

t1 = threading.Thread(target=task, args=("A",))
t2 = threading.Thread(target=task, args=("B",))

t1.start()
t2.start()

t1.join()
t2.join()

print("All threads completed")
