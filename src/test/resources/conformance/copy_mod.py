# copy: shallow and deep copies of builtins, instances, tuples, cycles
import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x): self.x = x; self.l = [x]
p = P(3); q = copy.copy(p); r = copy.deepcopy(p)
p.l.append(4)
print(q.x, q.l, r.l, type(r).__name__)
t = (1, [2]); print(copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.copy(t) is t)
s = [1]; s.append(s); ds = copy.deepcopy(s); print(ds[1] is ds)
