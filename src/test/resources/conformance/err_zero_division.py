# ZeroDivisionError wording for /, //, %, float division; last one uncaught
for thunk in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.5 // 0.0, lambda: 0 ** -1]:
    try:
        thunk()
    except ZeroDivisionError as e:
        print(e)
print(10 / 0)
