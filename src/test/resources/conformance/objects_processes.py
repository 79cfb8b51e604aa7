# Instances cross to child processes and through queues with their attributes, whatever way they keep
# them: a shared layout, a dict (after del or __dict__ =), slots beside a dict.
import multiprocessing as mp


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Slotted:
    __slots__ = ("a",)


class Mixed(Slotted):
    pass


def make():
    plain = Pt(1, -2)
    deleted = Pt(3, 4)
    deleted.z = 5
    del deleted.x
    deleted.x = 6
    replaced = Pt(0, 0)
    replaced.__dict__ = {"y": 7, "x": 8}
    mixed = Mixed()
    mixed.a = 9
    mixed.b = 10
    return [plain, deleted, replaced, mixed]


def describe(objs):
    out = []
    for o in objs:
        attrs = {n: getattr(o, n) for n in ("a",) if hasattr(o, n)}
        attrs.update(vars(o))
        out.append((type(o).__name__, attrs, o.norm1() if isinstance(o, Pt) else None))
    return out


def child(objs, q, send_back):
    q.put(describe(objs))
    objs[0].x = 100
    if send_back:
        q.put(objs)


if __name__ == "__main__":
    objs = make()
    print(describe(objs))
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        # (only a fork child sends instances back: a spawn child's classes live in __mp_main__)
        p = ctx.Process(target=child, args=(objs, q, method == "fork"))
        p.start()
        print(method, q.get() == describe(objs))
        if method == "fork":
            print(method, describe(q.get()))
        p.join()
    print(objs[0].x)
