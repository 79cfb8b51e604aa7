# Dunder dispatch: __enter__/__exit__ receiving exception info, nesting, timing-free
class Recorder:
    log = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Recorder.log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        Recorder.log.append(f"exit {self.name} {et.__name__ if et else '-'} {ev if ev else ''}".rstrip())
        return et is ZeroDivisionError
with Recorder("a") as r:
    print("inside", r.name)
with Recorder("b"):
    1 / 0
try:
    with Recorder("c"):
        raise ValueError("v")
except ValueError:
    Recorder.log.append("caught ValueError")
def gen_in_with():
    with Recorder("g"):
        yield 1
        yield 2
print(list(gen_in_with()))
for line in Recorder.log:
    print(line)
class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return "handle"
    def __exit__(self, *exc):
        self.open = False
res = Resource()
with res as h:
    print(h, res.open)
print(res.open)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
