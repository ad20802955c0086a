# List creation, indexing, slicing, concatenation, membership, nesting.
a = [1, 2, 3, 4, 5]
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:])
b = a + [6, 7]
print(b, a * 2, [0] * 5, [] * 3, [[]] * 2)
print(3 in a, 9 in a, 9 not in a, [1, 2] in [[1, 2], [3]])
a[0] = 100
a[-1] = 500
print(a)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = a
alias.append(6)
print(a is alias, a == alias, a[:] is a, a[:] == a)
print(list(), list("abc"), list(range(4)), list((1, 2)))
print([1, [2, [3, [4]]]], [None, True, 1.5, "s"])
empty = []
print(empty, len(empty), not empty, [1] == [1.0], [1, 2] != [2, 1])
