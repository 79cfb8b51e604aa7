# Seed 004 (004_53be9baeb32760e2.txt), "Process Pool": Pool(4).map squares a
# list in worker processes and returns the results in order.
from multiprocessing import Pool

def square(x):
    return x * x

if __name__ == "__main__":
    with Pool(4) as pool:
        results = pool.map(square, [1, 2, 3, 4, 5])
    print(results)
