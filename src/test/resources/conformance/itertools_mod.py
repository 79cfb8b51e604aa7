# itertools: count, chain, product, islice, repeat, cycle, permutations, combinations,
# accumulate, groupby, zip_longest, takewhile, dropwhile, starmap
import itertools as it
import operator
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(), 3)))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=2))))
print(list(it.islice("abcdefg", 2, 6, 2)), list(it.islice(range(100), 3)))
print(list(it.repeat("x", 3)), list(zip(range(3), it.repeat(0))))
print(list(it.islice(it.cycle("ab"), 5)))
print(list(it.permutations([1, 2, 3], 2)), len(list(it.permutations(range(4)))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4], max)))
for key, group in it.groupby("aaabbc"):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 3, 2, 1]))])
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.takewhile(lambda n: n < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda n: n < 3, [1, 2, 5, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.filterfalse(lambda n: n % 2, range(6))), [list(t) for t in it.tee([1, 2], 2)])
