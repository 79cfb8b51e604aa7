# dict: construction, methods, views, ordering, merging, errors
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.setdefault("d", 4), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)])
print(d)
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("ab", [1, 2])), dict.fromkeys("ab", 0))
e = {**d, "a": 100}
print(e, d | {"new": 1})
d |= {"merged": True}
print(d)
c = d.copy(); c.clear(); print(c, len(d))
print({1: "int", 1.0: "float?", True: "bool?"})
k = {(1, 2): "tuple key", None: "none", 3.5: "f"}
print(k[(1, 2)], k[None], k[3.5])
for key, value in {"one": 1, "two": 2}.items():
    print(key, value)
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex)
try:
    {}[[1]] = 2
except TypeError as ex:
    print(ex)
v = {"a": 1}.keys()
print(v, {"a": 1}.values(), {"a": 1}.items())
order = {}
for w in ["z", "y", "x", "y"]:
    order[w] = order.get(w, 0) + 1
print(order, sorted(order, key=order.get))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
del order["z"]
print(order, list(reversed({"p": 1, "q": 2})))
