# Benchmark: round trips per second of a value passed back and forth between two interpreters through two
# interpreters queues, next to queue.Queue between two threads of one interpreter (the same program).
import os
import queue
import sys
import threading
import time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interp_common import interpreters, IMPORT_QUEUES

N = 20000

PLAYER = """
while True:
    x = ping.get()
    if x is None:
        break
    pong.put(x + 1)
"""


def rounds(ping, pong, start_player):
    player = start_player()
    t = time.perf_counter()
    for i in range(N):
        ping.put(i)
        pong.get()
    dt = time.perf_counter() - t
    ping.put(None)
    player.join()
    return N / dt


def threads():
    ping, pong = queue.Queue(), queue.Queue()

    def player():
        while True:
            x = ping.get()
            if x is None:
                break
            pong.put(x + 1)

    def start():
        t = threading.Thread(target=player)
        t.start()
        return t
    return rounds(ping, pong, start)


def interps():
    ping, pong = interpreters.create_queue(), interpreters.create_queue()
    other = interpreters.create()
    other.exec(IMPORT_QUEUES)
    other.prepare_main(ping=ping, pong=pong)

    def start():
        t = threading.Thread(target=other.exec, args=(PLAYER,))
        t.start()
        return t
    r = rounds(ping, pong, start)
    other.close()
    return r


threads(), interps()                      # warm-up
th = sorted(threads() for _ in range(3))[1]
it = sorted(interps() for _ in range(3))[1]
print("ping-pong round trips/s: queue.Queue between threads %.0f, interpreters queues between interpreters %.0f "
      "(interpreters/threads = %.2f)" % (th, it, it / th))
