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
    with a:
        log.append("two has a")
        with b:
            pass


ts = [threading.Thread(target=one), threading.Thread(target=two)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done")
