# atexit: LIFO order at normal exit, after non-daemon threads were joined; args/kwargs; register as a
# decorator; unregister drops every registration; a failing callback is reported and the rest still run;
# a multiprocessing child (forked in CPython) runs none of its callbacks
import atexit, threading, time, multiprocessing as mp

def say(what, *more):
    print("atexit", what, *more, threading.active_count(), flush=True)

def boom():
    1 / 0

def child():
    atexit.register(say, "registered in the child")
    print("child runs", flush=True)

def worker():
    time.sleep(0.3)
    print("thread done", flush=True)

if __name__ == "__main__":
    atexit.register(say, 1)
    print(atexit.register(boom) is boom)
    atexit.register(say, 2)
    atexit.register(say, 3)
    atexit.unregister(say)
    atexit.register(say, 4, "extra")
    atexit.register(print, "kw", sep="-", end="!\n")

    @atexit.register
    def decorated():
        print("decorated runs first")

    try:
        atexit.register(42)
    except TypeError as e:
        print("TypeError:", e)
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("child exit", p.exitcode)
    threading.Thread(target=worker).start()
    print("main ends")
