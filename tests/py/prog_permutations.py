# Permutations, combinations and subsets built recursively with lists.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result
def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    head, tail = items[0], items[1:]
    return [[head] + c for c in combinations(tail, k - 1)] + combinations(tail, k)
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]
print(permutations([1, 2, 3]))
print(len(permutations(list(range(6)))))
print(["".join(p) for p in permutations(list("abc"))])
print(combinations([1, 2, 3, 4], 2))
print(len(combinations(list(range(10)), 4)))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def queens(n):
    solutions = []
    def place(row, cols):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if all([c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)]):
                cols.append(c)
                place(row + 1, cols)
                cols.pop()
    place(0, [])
    return solutions
print(len(queens(6)), queens(6)[0], len(queens(8)))
