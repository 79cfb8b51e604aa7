import threading

cond = threading.Condition()
items = []


def consumer():
    with cond:
        while not items:
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
