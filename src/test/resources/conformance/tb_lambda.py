f = lambda x: x["k"]
d = {}
print(f(d))
