# List, dict and set comprehensions, nested, with conditions, and their scope.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(3)] for r in range(3)])
print([c.upper() for c in "abc"])
print({x: x * x for x in range(5)})
print({w: len(w) for w in ["one", "three", "five"]})
print(sorted({x % 4 for x in range(10)}))
print({n % 3 for n in [1, 2, 3, 4, 5, 6]})
x = "outer x"
print([x for x in range(3)], x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
n = 10
print([i * n for i in range(3)])
def make():
    k = 2
    return [i * k for i in range(4)]
print(make())
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print([len(w) if w else -1 for w in ["", "ab", "abc"]])
