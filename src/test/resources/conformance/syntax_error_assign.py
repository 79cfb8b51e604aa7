# SyntaxError: cannot assign to a function call / literal
print("never")
f() = 5
