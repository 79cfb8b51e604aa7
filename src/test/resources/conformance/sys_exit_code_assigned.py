# SystemExit.code is assignable and is what the process exits with; None means 0 only when it is None.
import sys
e = SystemExit(5)
print(e.code)
e.code = 7
print(e.code, e.args)
try:
    sys.exit(2 ** 32 + 3)
except SystemExit as x:
    print("caught", x.code)
try:
    sys.exit()
except SystemExit as x:
    print("no args:", x.code, x.args)
raise e
