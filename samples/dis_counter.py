# Why `counter += 1` is not atomic: it is three steps (load, add, store); a thread switch between the
# load and the store loses an update. dis shows the bytecode (gilpy's has no CACHE entries, so offsets
# are smaller than CPython's).
import dis

counter = 0


def increment():
    global counter
    counter += 1


dis.dis(increment)
