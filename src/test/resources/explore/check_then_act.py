# Check-then-act on a dict: both threads see the key missing and both create the value. The call to the
# factory is a switch point even at CPython 3.11's eval-breaker points.
import threading

cache = {}
created = []


def make(key):
    created.append(key)
    return key.upper()


def get(key):
    if key not in cache:
        cache[key] = make(key)
    return cache[key]


threads = [threading.Thread(target=get, args=("user",)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(created) == 1, f"created {len(created)} times"
print(cache)
