import json, time, random
random.seed(5)
def rec(i):
    return {"id": i, "name": "user%d" % i, "email": "user%d@example.com" % i, "score": i * 0.37,
            "active": i % 3 == 0, "tags": ["t%d" % (i % 7), "x", "éß"], "nested": {"a": [1, 2, 3], "b": None}}
doc = [rec(i) for i in range(5200)]
s = json.dumps(doc)
def t(label, f, n=7):
    ts = []
    for _ in range(n):
        t0 = time.perf_counter(); r = f(); ts.append(time.perf_counter() - t0)
    ts.sort()
    print("%s %.4f %d" % (label, ts[n // 2], len(r)))
t("json_dumps_1MB", lambda: json.dumps(doc))
t("json_loads_1MB", lambda: json.loads(s))
t("json_dumps_indent", lambda: json.dumps(doc, indent=2, sort_keys=True))
