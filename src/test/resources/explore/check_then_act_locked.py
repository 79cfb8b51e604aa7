import threading

cache = {}
created = []
lock = threading.Lock()


def make(key):
    created.append(key)
    return key.upper()


def get(key):
    with lock:
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
