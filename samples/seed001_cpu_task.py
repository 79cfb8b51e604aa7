# Seed 001 (001_818a468232708149.txt), "The GIL Changes Everything": the
# CPU-heavy loop that threads cannot speed up. The article's cpu_task()
# returns nothing; the driver below the marker was added: it runs cpu_task in
# two threads and then calls it directly, printing what it returns (None).
def cpu_task():
    total = 0
    for i in range(10_000_000):
        total += i

# --- driver (not in the article) ---
import threading
threads = [threading.Thread(target=cpu_task) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(cpu_task())
