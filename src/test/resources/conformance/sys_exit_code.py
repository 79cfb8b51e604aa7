# sys.exit(3): no traceback, exit status 3, output before it is kept
import sys
print("before exit")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no arg:", e.code)
sys.exit(3)
print("not reached")
