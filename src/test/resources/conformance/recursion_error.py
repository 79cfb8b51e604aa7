# RecursionError: caught, message 'maximum recursion depth exceeded'
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", str(e).startswith("maximum recursion depth exceeded"))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(4000))
def countdown(n):
    if n:
        countdown(n - 1)
try:
    countdown(10 ** 6)
except RecursionError as e:
    print(type(e).__name__, issubclass(RecursionError, RuntimeError))
print("still alive")
