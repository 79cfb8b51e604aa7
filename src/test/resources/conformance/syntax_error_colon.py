# SyntaxError: missing colon (CPython 3.11: "expected ':'"); nothing runs
print("never printed")
if True
    print("x")
