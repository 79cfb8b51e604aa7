# threading.local subclasses: __init__ runs once in each thread that first touches the object
import threading


class MyLocal(threading.local):
    initialized = []

    def __init__(self, color="red", **kw):
        self.color = color
        self.kw = kw
        MyLocal.initialized.append(threading.current_thread().name)

    def describe(self):
        return f"{self.color} {sorted(self.kw.items())}"


mydata = MyLocal("blue", size=3)
mydata.number = 42
print(mydata.color, mydata.number, mydata.describe(), MyLocal.initialized)
results = {}


def worker(name):
    mydata.number = len(name)
    results[name] = (mydata.color, mydata.number, mydata.describe(), hasattr(mydata, "extra"))
    mydata.color = name


for n in ["t-one", "t-two"]:
    t = threading.Thread(target=worker, args=(n,), name=n)
    t.start()
    t.join()
print(sorted(results.items()))
print(mydata.color, mydata.number, sorted(MyLocal.initialized))
plain = threading.local()
plain.x = 1
seen = []
t = threading.Thread(target=lambda: seen.append(hasattr(plain, "x")))
t.start()
t.join()
print(seen, plain.x)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)


class Counter(threading.local):
    def __init__(self):
        self.count = 0


c = Counter()


def bump(times, out):
    for _ in range(times):
        c.count += 1
    out.append(c.count)


outs = []
threads = [threading.Thread(target=bump, args=(k, outs)) for k in (3, 5, 7)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(outs), c.count)
