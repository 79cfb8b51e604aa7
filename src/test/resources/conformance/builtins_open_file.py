# Builtins: open() text mode write/append/read, iteration, readline(s), with
import os
path = "gilpy_conformance_tmp.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    print("wrote", n)
with open(path, "a") as f:
    f.write("third\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
f = open(path)
print(f.closed, len(f.read()))
f.close()
print(f.closed)
with open(path, "w", encoding="utf-8") as f:
    print("via print", 42, file=f)
    f.writelines(["a\n", "b\n"])
with open(path, encoding="utf-8") as f:
    print(f.read().splitlines())
os.remove(path)
print(os.path.exists(path))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
