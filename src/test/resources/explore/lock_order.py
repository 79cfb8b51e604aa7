# Two locks taken in opposite orders: each thread holds one and waits for the other.
import threading

a = threading.Lock()
b = threading.Lock()
log = []


def one():
    with a:
        log.append("one has a")
        with b:
            pass


def two():
    with b:
        log.append("two has b")
        with a:
            pass


ts = [threading.Thread(target=one), threading.Thread(target=two)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done")
