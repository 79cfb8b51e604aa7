# Lost update: `counter += 1` is LOAD, ADD, STORE; a switch between the load and the store loses the
# other thread's increments. Explore with --switch-points any (free-threaded, or Python 2's check interval).
import threading

counter = 0


def work():
    global counter
    for _ in range(3):
        counter += 1


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert counter == 6, f"lost updates: counter is {counter}"
print(counter)
