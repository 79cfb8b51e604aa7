# SyntaxError: unclosed bracket reported at end of file
values = [1, 2,
print(values)
