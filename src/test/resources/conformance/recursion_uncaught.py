# Uncaught RecursionError: last stderr line, exit 1
def f(n):
    return f(n + 1) + 1
print("go")
f(0)
