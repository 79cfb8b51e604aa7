# ValueError from int('x') and friends; last one uncaught
for s in ["x", "3.5", " ", "0x1"]:
    try:
        int(s)
    except ValueError as e:
        print(e)
try:
    int("12", 2)
except ValueError as e:
    print(e)
int("x")
