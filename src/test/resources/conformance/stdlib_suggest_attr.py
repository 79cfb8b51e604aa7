# "Did you mean" on an uncaught AttributeError (CPython 3.11's suggestions): the traceback's last line.
import threading

t = threading.Thread(target=lambda: None)
t.start()
t.join()
print("alive?")
t.isAlive()
