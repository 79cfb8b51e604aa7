# sys.exit in a thread ends only that thread (threading ignores SystemExit); the program goes on.
import sys
import threading

def work():
    print("thread exits")
    sys.exit(3)
    print("never")

t = threading.Thread(target=work)
t.start()
t.join()
print("main goes on", t.is_alive())
sys.exit(4)
