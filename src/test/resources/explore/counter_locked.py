import threading

counter = 0
lock = threading.Lock()


def work():
    global counter
    for _ in range(3):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert counter == 6, f"lost updates: counter is {counter}"
print(counter)
