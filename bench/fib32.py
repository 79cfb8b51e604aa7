# Benchmark: naive recursive fib(32) (function-call overhead).
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(32))
