# Statements: if/elif/else, while/else, for/else, break, continue, pass
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(n) for n in (-1, 0, 5, 50)])
i = 0
while i < 3:
    i += 1
else:
    print("while finished normally", i)
i = 0
while True:
    i += 1
    if i == 5:
        break
else:
    print("not printed")
print("broke at", i)
for n in range(10):
    if n % 2:
        continue
    if n > 6:
        break
    print(n, end=" ")
print()
for n in []:
    pass
else:
    print("for-else on empty")
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if b > 1:
            break
        print(a, b)
n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    print("mult3", n)
if []:
    print("empty list truthy?")
elif {}:
    print("no")
elif 0.0 or "" or None:
    print("no")
else:
    print("all falsy")
x = 5
if x: pass
print("end")
