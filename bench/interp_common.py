# Shared by the interp_*.py benchmarks: the interpreters module of CPython 3.14 / gilpy, or 3.13's test copy
# (so the same scripts give CPython figures where a CPython with the module is installed).
try:
    from concurrent import interpreters
except ImportError:
    from test.support import interpreters

# 3.13's sub-interpreters need the queue module imported before a queue is passed to them.
IMPORT_QUEUES = """if True:
    try:
        from concurrent import interpreters
    except ImportError:
        from test.support.interpreters import queues
"""

# The seed's CPU-bound task (seed 000's compute()), as source run in an interpreter's __main__.
CPU_TASK = """
def compute(n):
    total = 0
    for i in range(n):
        total += i
    return total
compute(%d)
"""
