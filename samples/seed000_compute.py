# Seed 000 (000_a9b84f3c69cd0b08.txt): the CPU-bound compute() the article
# uses to show that threads do not speed up pure-Python loops under the GIL.
# The article gives only the function; the last line is a minimal driver
# added here that calls it and prints the result.
def compute():
    total = 0
    for i in range(10_000_000):
        total += i
    return total

print(compute())
