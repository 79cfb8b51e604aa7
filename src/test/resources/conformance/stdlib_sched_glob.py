# sched (a fake clock, so the run is instant and deterministic), glob and fnmatch on a scratch tree
import sched
import glob
import fnmatch
import os


class Clock:
    def __init__(self):
        self.now = 100.0

    def time(self):
        return self.now

    def sleep(self, delay):
        if delay:
            print(f"  (sleep {delay})")
        self.now += delay


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)


def say(msg, *, who="sched"):
    print(f"t={clock.now} {who}: {msg}")


s.enter(5, 1, say, ("five, low priority",))
s.enter(5, 0, say, ("five, high priority",))
e = s.enter(3, 1, say, ("three (cancelled)",))
s.enterabs(101, 1, say, argument=("absolute 101",), kwargs={"who": "abs"})
s.enter(2, 1, say, kwargs={"msg": "two", "who": "kw"})
print([ev.time for ev in s.queue], s.empty())
s.cancel(e)
print([ev.argument for ev in s.queue])
s.run()
print(s.empty(), s.queue)
s.enter(10, 1, say, ("later",))
print("non-blocking returns delay:", s.run(blocking=False))
s.run()
try:
    s.cancel(e)
except ValueError as ex:
    print("ValueError:", type(ex).__name__)

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_glob_scratch_" + str(os.getpid()))
for d in ["", "src", "src/pkg", "docs", ".hidden"]:
    os.makedirs(os.path.join(root, d), exist_ok=True)
for f in ["a.py", "b.py", "c.txt", "src/main.py", "src/util.py", "src/pkg/deep.py", "src/pkg/data.json",
          "docs/index.md", ".hidden/secret.py", ".dot.py", "[x].py"]:
    with open(os.path.join(root, f), "w") as fh:
        fh.write("x")
os.chdir(root)
print(sorted(glob.glob("*.py")), sorted(glob.glob("*.py", include_hidden=True)))
print(sorted(glob.glob("?.*")), sorted(glob.glob("[ab].py")), sorted(glob.glob("[!a]*.py")))
print(sorted(glob.glob("src/*.py")), sorted(glob.glob("*/*.py")), sorted(glob.glob("*/")))
print(sorted(glob.glob("**/*.py", recursive=True)))
print(sorted(glob.glob("**", recursive=True)))
print(sorted(glob.glob("src/**/", recursive=True)), sorted(glob.glob("**/*.py")))
print(sorted(glob.glob(os.path.join(root, "src", "*.py")))[0].endswith(os.path.join("src", "main.py")))
print(glob.glob("nothing*"), glob.glob("a.py"), glob.glob("missing.py"), glob.escape("[x].py"),
      glob.glob(glob.escape("[x].py")), glob.has_magic("a*"), glob.has_magic("abc"))
print(sorted(glob.iglob("*.txt")), type(glob.iglob("*")).__name__, sorted(glob.glob("*.py", root_dir="src")))
print(fnmatch.fnmatch("foo.txt", "*.txt"), fnmatch.fnmatch("foo.txt", "*.TXT"), fnmatch.fnmatchcase("A.py", "a.*"),
      fnmatch.filter(["a.py", "b.txt", "c.py", "d"], "*.py"), fnmatch.fnmatch("x7", "x[0-9]"),
      fnmatch.fnmatch("x!", "x[!0-9]"), fnmatch.translate("*.py"))
for dirpath, dirnames, filenames in sorted(os.walk(root)):
    for name in sorted(filenames):
        os.remove(os.path.join(dirpath, name))
for d in ["src/pkg", "src", "docs", ".hidden", ""]:
    os.rmdir(os.path.join(root, d))
print(os.path.exists(root))
