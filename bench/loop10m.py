# Benchmark: the seeds' compute(): total += i over range(10_000_000) in a function.
def compute():
    total = 0
    for i in range(10_000_000):
        total += i
    return total

print(compute())
