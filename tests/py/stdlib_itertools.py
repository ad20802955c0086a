import itertools as it
from itertools import *

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(repr(count(5)), repr(count(2, 3)))
print(list(islice(cycle("abc"), 7)))
print(list(repeat("x", 3)), repr(repeat(1, 2)), list(repeat(0, -1)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)))
try:
    islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
print(list(pairwise("ABCD")), list(pairwise("A")))
print(list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(range(3), 3)
print(next(a), list(b), list(a), list(c))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()))
print(list(product("AB", repeat=2)), list(product([1, 2], "xy")), list(product()))
print(list(permutations("ABC", 2)), len(list(permutations(range(4)))))
print(list(permutations([1, 2], 3)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("A", 2)))
print(list(combinations_with_replacement("ABC", 2)))
try:
    list(combinations("abc", -1))
except ValueError as e:
    print("ValueError:", e)
print(sum(1 for _ in combinations(range(10), 4)))
