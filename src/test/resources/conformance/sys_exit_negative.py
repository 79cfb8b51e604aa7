# Exit statuses are the low 8 bits of the C int: -1 is 255, 2**32 + 3 would be 3.
import sys
print("before")
sys.exit(-1)
