# "Did you mean" on an uncaught NameError: the innermost frame's locals are searched first, then the
# globals, then the builtins (CPython 3.11's order).
total_count = 0


def work(items):
    running_total = 0
    for item in items:
        running_total += item
    print("summed", running_total)
    return runing_total


work([1, 2, 3])
