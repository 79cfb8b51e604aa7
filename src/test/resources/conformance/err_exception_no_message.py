# Uncaught exception without a message: the last line is just the class name
def f():
    raise RuntimeError
print("start")
f()
