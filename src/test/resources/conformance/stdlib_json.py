# json: dumps/loads/dump/load, their options, hooks, CPython's float text and error messages.
import json

data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "ok": True, "n": 10**20,
        "ratio": 1/3, "tiny": 1e-7, "big": 1e100, "neg": -0.0, "t": (1, 2), "nested": {"x": [], "y": {}}}
s = json.dumps(data)
print(s)
print(json.loads(s) == {**data, "t": [1, 2]}, type(json.loads("1.5")), type(json.loads("15")), json.loads("-0"))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps([1, [2, [3]], {}], indent=0), json.dumps([1, {"a": 2}], indent="\t"))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps([1, 2], indent=2, separators=(", ", ": ")))
print(json.dumps("é\u2028😀\x7f\x1f\n\"\\/"), json.dumps("é😀\x7f\x1f", ensure_ascii=False))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1.0, 2.5e-5, 123456789.0, 1e16, 1e15]))
print(json.dumps({2: 1, 1.5: 2, True: 3, None: 4, False: 5}), json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps(3), json.dumps("x"), json.dumps(None), json.dumps(True), json.dumps([]), json.dumps({}))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)

print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
print(json.dumps({"p": Point(5, 6)}, default=lambda o: o.__dict__, sort_keys=True))
print(json.dumps({1, 2, 3} and sorted({3, 1, 2}), default=list), json.dumps({"s": {1}}, default=sorted))

def as_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

pts = json.loads('[{"__point__": [1, 2]}, {"q": 1}]', object_hook=as_point)
print(type(pts[0]).__name__, pts[0].x, pts[0].y, pts[1])
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list), json.loads('{"b": 1, "b": 3}'))
print(json.loads("[1.5, 2, 3.25e2]", parse_float=str), json.loads("[1, 22]", parse_int=float))
print(json.loads("[NaN, Infinity, -Infinity]"), json.loads("[NaN]", parse_constant=lambda c: c))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\/\\\\"'), json.loads(b'{"a": [1, 2]}'), json.loads(bytearray(b'"x"')))
print(json.loads('  \n {"a" : [ 1 , 2 ] }  \n'), json.loads('"a\\u0000b"'), json.loads('"a\tb"', strict=False))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} tail'), dec.decode('[1]'), json.JSONEncoder(indent=1).encode({"a": [1]}))
print(json.JSONEncoder().encode("é"), json.JSONEncoder(ensure_ascii=False).encode("é"), "".join(json.JSONEncoder().iterencode([1])))

class IO:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return "".join(self.parts)

f = IO()
json.dump({"k": [1, 2, 3]}, f, indent=2)
print(f.read(), json.load(f))

for bad in ["", "[1,", '{"a" 1}', '{"a":1,}', "[1 2]", "{1:2}", '"abc', '"a\\qb"', '"a\\u12"', "[1]x", '"a\nb"',
            "nul", "-", "01", "1.", "[1,]", "\ufeff1", '{"a":1 "b":2}', "[\n1,\n2,,]", "[1, 2", "{", '{"a":'] :
    try:
        print(json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps(Point(1, 2)),
            lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.loads(3), lambda: json.dumps({frozenset(): 1})]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError), json.JSONDecodeError.__module__)
json.loads('{"a": [1, 2,]}')
