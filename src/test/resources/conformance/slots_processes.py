# Instances of a class with __slots__ cross to fork and spawn children and through a Queue with their values.
import multiprocessing as mp
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def show(p, q):
    q.put((p.x, p.y, type(p).__name__))
if __name__ == "__main__":
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        pr = ctx.Process(target=show, args=(Pt(1, 2), q))
        pr.start()
        print(method, q.get())
        pr.join()
    q = mp.Queue()
    q.put(Pt(3, 4))
    p = q.get()
    print(p.x, p.y)
