# Benchmark: 20 threads each sleep 0.1 s; with sleep releasing the GIL they
# overlap, so the whole run takes about 0.1 s (plus start-up) in either mode.
import threading
import time

def nap():
    time.sleep(0.1)

threads = [threading.Thread(target=nap) for _ in range(20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(threads))
