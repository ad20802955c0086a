# Game of Life on a set of cells and a backtracking sudoku solver.
from itertools import product


def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx, dy in product((-1, 0, 1), repeat=2):
            if dx or dy:
                key = (x + dx, y + dy)
                counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


def show(cells, w=6, h=6):
    return '\n'.join(''.join('#' if (x, y) in cells else '.' for x in range(w)) for y in range(h))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for gen in range(4):
    g = step(g)
print(show(g))
print(sorted(g) == sorted((x + 1, y + 1) for x, y in glider))

puzzle = [
    "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1",
    "7...2...6", ".6....28.", "...419..5", "....8..79",
]
grid = [[int(c) if c != '.' else 0 for c in row] for row in puzzle]


def candidates(r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]


def solve():
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                for v in candidates(r, c):
                    grid[r][c] = v
                    if solve():
                        return True
                grid[r][c] = 0
                return False
    return True


print(solve())
for row in grid:
    print(' '.join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in grid))
