# Lexing: comments, soft keywords as names, identifiers with unicode
# a comment line
x = 1  # trailing comment
match = 5      # 'match' is a soft keyword, usable as a name
case = 6
_ = 7
print(match + case + _)
café = "unicode identifier"
print(café)
__private_ish = 1
print(__private_ish)
Ω = 2
print(Ω * 3)
print("# not a comment")
s = '# also not'  # but this is
print(s)
type = 3   # shadowing a builtin is allowed
print(type)
del type
print(type(1) is int)
if x:  # comment after colon
    # comment in block
    print("block")
