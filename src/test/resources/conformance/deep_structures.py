# Printing, comparing and hashing containers nested far deeper than the recursion limit: RecursionError
# with CPython's message for the operation, quickly, and everything works normally afterwards.
import collections
import sys

N = 100000


def nest(mk, n=N, x=None):
    for _ in range(n):
        x = mk(x)
    return x


def attempt(name, fn):
    try:
        r = fn()
        print(name, "->", r if isinstance(r, (bool, int)) and not isinstance(r, str) else len(r))
    except RecursionError as e:
        print(name, "RecursionError:", e)


lists = nest(lambda x: [x]), nest(lambda x: [x])
tuples = nest(lambda x: (x,)), nest(lambda x: (x,))
dicts = nest(lambda x: {"k": x}), nest(lambda x: {"k": x})

attempt("repr list", lambda: repr(lists[0]))
attempt("str list", lambda: str(lists[0]))
attempt("repr tuple", lambda: repr(tuples[0]))
attempt("repr dict", lambda: repr(dicts[0]))
attempt("repr dict values", lambda: repr(dicts[0].values()))
attempt("f-string", lambda: f"{lists[0]}")
attempt("f-string !r", lambda: f"{tuples[0]!r}")
attempt("format", lambda: "{}".format(dicts[0]))
attempt("percent", lambda: "%s" % (lists[0],))
attempt("list ==", lambda: lists[0] == lists[1])
attempt("list !=", lambda: lists[0] != lists[1])
attempt("list <", lambda: lists[0] < lists[1])
attempt("tuple ==", lambda: tuples[0] == tuples[1])
attempt("tuple >=", lambda: tuples[0] >= tuples[1])
attempt("dict ==", lambda: dicts[0] == dicts[1])
attempt("in list", lambda: lists[0] in [1, 2, lists[1]])
attempt("list.index", lambda: [lists[1]].index(lists[0]))
attempt("list.count", lambda: [lists[1]].count(lists[0]))
attempt("hash tuple", lambda: hash(nest(lambda x: (x,), 20000)) == hash(nest(lambda x: (x,), 20000)))


class Node:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "Node(%r)" % (self.child,)

    def __eq__(self, other):
        return isinstance(other, Node) and self.child == other.child


nodes = nest(Node, 5000), nest(Node, 5000)
try:
    repr(nodes[0])
except RecursionError as e:
    print("user __repr__ RecursionError", str(e).startswith("maximum recursion depth exceeded"))
try:
    nodes[0] == nodes[1]
except RecursionError as e:
    print("user __eq__ RecursionError", str(e).startswith("maximum recursion depth exceeded"))

# Shallow enough: the same operations give results.
shallow = nest(lambda x: [x], 300)
print(len(repr(shallow)), shallow == nest(lambda x: [x], 300), len(str(nest(lambda x: (x,), 300))))
print(nest(lambda x: {"k": x}, 200) == nest(lambda x: {"k": x}, 200))
print(repr(nest(Node, 100))[:30])

# Recursive structures print their "..." (cycles are not depth).
a = [1]
a.append(a)
d = {"self": None}
d["self"] = d
print(a, d)

# Raised at a low limit, with the message, and the limit still works afterwards.
sys.setrecursionlimit(100)
attempt("low limit repr", lambda: repr(nest(lambda x: [x], 150)))
print(len(repr(nest(lambda x: [x], 50))))
print(nest(lambda x: [x], 150))
