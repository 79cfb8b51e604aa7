# Exceptions: an uncaught exception raised while handling another one. CPython
# prints both tracebacks joined by "During handling of the above exception,
# another exception occurred:"; only the last stderr line is compared.
def load(d, key):
    try:
        return d[key]
    except KeyError:
        return undefined_name
print("start")
print(load({"a": 1}, "a"))
load({}, "missing")
print("not reached")
