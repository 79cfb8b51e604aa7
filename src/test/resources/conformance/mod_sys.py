# sys: argv (arguments from mod_sys.args), stdout.write, recursion limit, maxsize, modules
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[1:])
n = sys.stdout.write("direct write\n")
print(n)
print(sys.getrecursionlimit() >= 1000)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.maxsize == 2 ** 63 - 1, isinstance(sys.version, str), sys.version_info[0])
print("sys" in sys.modules, sys.platform in ("linux", "darwin", "win32"))
sys.stderr.write("stderr line\n")
print(type(sys.path).__name__)
