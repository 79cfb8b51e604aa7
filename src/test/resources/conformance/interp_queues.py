# concurrent.interpreters queues and call(): the one shared object, and values that cross as copies.
# Expected output: CPython 3.13's test.support.interpreters, except the lines marked "3.14" below: 3.13's
# call() takes no arguments and its prepare_main() refuses lists, so those lines follow the 3.14 documentation
# (call(callable, /, *args, **kwargs) returns the result; non-shareable values are copied via pickle).
# regen: skip (CPython 3.11 has no interpreters module; the .out above was made with 3.13)
try:
    from concurrent import interpreters
except ImportError:
    from test.support import interpreters
import queue
import threading


# call(): 3.14 lines (3.13's call() takes no arguments).
def scale(x, factor=2):
    return [x * factor, {'factor': factor}]


def fails():
    raise ValueError('no good')


# Functions of the main script are found by name in the other interpreter, which loads the script as a module
# (not as __main__): the guard keeps it from running this part again.
def main():
    q = interpreters.create_queue()
    print(type(q).__name__, q.maxsize, q.empty(), q.qsize(), repr(q) == f"Queue({q.id})")
    q.put(1)
    q.put((2, 'two', b'2', 2.0, None))
    print(q.qsize(), q.get(), q.get_nowait(), q.empty())
    for get in (q.get_nowait, lambda: q.get(timeout=0.01)):
        try:
            get()
        except interpreters.QueueEmpty as e:
            print(type(e).__name__, e.args[0].replace(str(q.id), 'N'), isinstance(e, queue.Empty))

    small = interpreters.create_queue(1)
    small.put('x')
    print(small.maxsize, small.full(), small.qsize())
    for put in (lambda: small.put_nowait('y'), lambda: small.put('y', timeout=0.01)):
        try:
            put()
        except interpreters.QueueFull as e:
            print(type(e).__name__, e.args[0].replace(str(small.id), 'N'), isinstance(e, queue.Full))
    print(small.get(), small.empty())
    for cls in (interpreters.QueueEmpty, interpreters.QueueFull):
        print(cls.__name__, issubclass(cls, interpreters.QueueError) if hasattr(interpreters, 'QueueError') else True,
              issubclass(cls, queue.Empty) or issubclass(cls, queue.Full))

    # A queue passed to another interpreter is the same queue there.
    sub = interpreters.create()
    sub.exec("""if True:
        try:
            from concurrent import interpreters
        except ImportError:
            from test.support.interpreters import queues
    """)
    sub.prepare_main(q=q)
    sub.exec("q.put('from the sub-interpreter'); q.put(q.qsize())")
    print(q.get(), q.get())

    # A mutable value put into a queue is a copy: changing it afterwards changes nothing on the other side.
    items = [1, [2, 3], {'k': 'v'}]
    q.put(items)
    items[1].append(99)
    items[2]['k'] = 'changed'
    copy = q.get()
    print(copy, copy is items, copy == items)

    # Threads of the main interpreter wait on a queue that the sub-interpreter fills.
    results = []
    waiter = threading.Thread(target=lambda: results.append(q.get(timeout=5)))
    waiter.start()
    sub.exec("q.put('woke the waiter')")
    waiter.join()
    print(results)

    # Objects that cannot be copied: the pickling error, and nothing is put.
    for obj in (threading.Lock(), (x for x in ())):
        try:
            q.put(obj)
        except TypeError as e:
            print(type(e).__name__, e)
    print(q.empty())


    try:
        sub.call(fails)
    except interpreters.ExecutionFailed as e:
        print(type(e).__name__, e.excinfo.type.__name__, e.excinfo.msg)
    print(sub.call(scale, 21))                      # 3.14
    print(sub.call(scale, 'ab', factor=3))          # 3.14
    sub.prepare_main(data=[1, 2, 3])                # 3.14: lists are copied via pickle
    sub.exec("data.append(4); q.put(tuple(data))")  # 3.14
    print(q.get())                                  # 3.14
    sub.close()


if __name__ == "__main__":
    main()
