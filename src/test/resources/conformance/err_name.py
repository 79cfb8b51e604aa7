# Uncaught NameError: traceback on stderr, last line compared, exit 1
print("before")
def f():
    return undefined_variable + 1
f()
print("not reached")
