# Each interpreter has its own sys.stdout/sys.stderr/sys.stdin objects over the process's file descriptors (as in
# CPython): replacing or closing them in one interpreter leaves every other interpreter's alone.
# Expected output: CPython 3.13's test.support.interpreters (the nearest installed CPython with the module).
# Every print is followed by a flush, so the order does not depend on how the streams are buffered.
# regen: skip (CPython 3.11 has no interpreters module; the .out above was made with 3.13)
try:
    from concurrent import interpreters
except ImportError:
    from test.support import interpreters
import sys

# A stand-in for io.StringIO (a class of each interpreter's own __main__).
CAPTURE = """if True:
    import sys
    class Capture:
        def __init__(self):
            self.parts = []
        def write(self, s):
            self.parts.append(s)
            return len(s)
        def flush(self):
            pass
        def getvalue(self):
            return "".join(self.parts)
"""
exec(CAPTURE)
a = interpreters.create()
b = interpreters.create()
a.exec(CAPTURE)
b.exec(CAPTURE)

# Own objects, same descriptors.
a.exec("print('a:', sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdout is sys.__stdout__); "
       "sys.stdout.flush()")
sys.stdout.flush()

# a captures its output: neither main nor b is affected.
a.exec("sys.stdout = Capture(); print('captured in a')")
print("main still prints", flush=True)
b.exec("print('b still prints', flush=True)")
a.exec("captured = sys.stdout.getvalue(); sys.stdout = sys.__stdout__; print('a got back:', repr(captured), flush=True)")

# main captures its output: the sub-interpreters still print to the real stdout.
saved, sys.stdout = sys.stdout, Capture()
print("captured in main")
b.exec("print('b prints while main captures', flush=True)")
got, sys.stdout = sys.stdout.getvalue(), saved
print("main got back:", repr(got), flush=True)

# Closing sys.stdout in a closes a's object only; the descriptor stays open for everyone else.
a.exec("sys.stdout.close(); print(sys.stdout.closed, file=sys.stderr)")
try:
    a.exec("print('nothing')")
except interpreters.ExecutionFailed as e:
    print("a:", e.excinfo.type.__name__, e.excinfo.msg, flush=True)
print("main after a closed its stdout:", sys.stdout.closed, flush=True)
b.exec("print('b after a closed its stdout:', sys.stdout.closed, flush=True)")

a.close()
b.close()
print("done")
