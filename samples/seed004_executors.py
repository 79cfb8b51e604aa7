# Seed 004 (004_53be9baeb32760e2.txt), "Best Practices" example:
# concurrent.futures ThreadPoolExecutor and ProcessPoolExecutor map the same
# task; both return results in input order.
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

def task(n):
    return n * n

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as executor:
        results = executor.map(task, [1, 2, 3, 4])
    print(list(results))

    with ProcessPoolExecutor(max_workers=4) as executor:
        results = executor.map(task, [1, 2, 3, 4])
    print(list(results))
