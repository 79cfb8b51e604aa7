# gilpy explore throughput: two threads of about 200 bytecodes each (make bench, "explore" section).
#   ./gilpy explore --time 10 bench/explore_two_threads.py
import threading

totals = [0, 0]


def work(k):
    s = 0
    for i in range(20):
        s += i * k + 1
    totals[k] = s


threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals)
