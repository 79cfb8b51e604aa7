# sys.exit with an int that does not fit a C long exits 255, as CPython (PyLong_AsLong fails: -1).
import sys
print("before")
sys.exit(2 ** 70)
