xs = [1, 2, 0]
ys = [10 / x for x in xs]
