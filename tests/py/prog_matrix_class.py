# A Matrix class with the numeric protocol: +, -, *, @, ==, __getitem__ with tuples,
# __iter__, __repr__, __bool__, class methods as constructors, and errors.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError('ragged or empty matrix')
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def _zip(self, other, op):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f'shape mismatch {self.shape} vs {other.shape}')
        return Matrix([[op(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[k * v for v in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError('inner dimensions differ')
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result

    def __bool__(self):
        return any(any(r) for r in self.rows)

    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'


a = Matrix([[1, 2], [3, 4]])
b = Matrix.identity(2)
print(a + b, a - b, 2 * a, a * 3, a @ b == a, a ** 3)
print(list(a), a[1, 0], a.shape, bool(Matrix([[0, 0]])), bool(a))
a[0, 0] = 10
print(a)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1])
for bad in (lambda: a + Matrix([[1]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]),
            lambda: a + 1, lambda: a * None):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
