# Lost wake-up: the consumer checks for an item outside the condition's lock and waits without a loop;
# when the producer's notify comes first, nobody wakes the consumer again (a deadlock).
import threading

cond = threading.Condition()
items = []


def consumer():
    if not items:
        with cond:
            cond.wait()
    print("got", items.pop())


def producer():
    with cond:
        items.append(1)
        cond.notify()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
