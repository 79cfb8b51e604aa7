# SystemExit with several arguments: code is the args tuple, printed to stderr, status 1.
print("before")
e = SystemExit(3, 4)
print(e.code, e.args)
raise e
