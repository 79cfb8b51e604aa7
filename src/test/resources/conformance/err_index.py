# IndexError wording for list, tuple, str, range; last one uncaught
for seq in [[1, 2], (1, 2), "ab", range(2)]:
    try:
        seq[5]
    except IndexError as e:
        print(e)
try:
    [][0] = 1
except IndexError as e:
    print(e)
lst = [1, 2, 3]
print(lst[3])
