# Binary operator dispatch: NotImplemented, reflected methods, subclass priority.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        print('V.__add__')
        return V(self.x + o.x) if isinstance(o, V) else NotImplemented

    def __radd__(self, o):
        print('V.__radd__')
        return V(self.x + o) if isinstance(o, int) else NotImplemented

    def __repr__(self):
        return f'V({self.x})'


class W(V):
    def __radd__(self, o):
        print('W.__radd__')
        return W(100)

    def __repr__(self):
        return f'W({self.x})'


print(V(1) + V(2))
print(3 + V(4))
print(V(1) + W(2))   # subclass's reflected method first
try:
    V(1) + 'a'
except TypeError as e:
    print('TypeError:', e)


class Num:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        return NotImplemented

    def __rsub__(self, o):
        return ('rsub', o)

    def __mul__(self, o):
        return ('mul', o)

    __rmul__ = __mul__

    def __pow__(self, o, mod=None):
        return ('pow', o, mod)

    def __rpow__(self, o):
        return ('rpow', o)

    def __matmul__(self, o):
        return ('matmul', o)

    def __rtruediv__(self, o):
        return ('rtruediv', o)

    def __rfloordiv__(self, o):
        return ('rfloordiv', o)

    def __rmod__(self, o):
        return ('rmod', o)

    def __rlshift__(self, o):
        return ('rlshift', o)

    def __rand__(self, o):
        return ('rand', o)

    def __rxor__(self, o):
        return ('rxor', o)

    def __ror__(self, o):
        return ('ror', o)

    def __rdivmod__(self, o):
        return ('rdivmod', o)


n = Num(1)
print(5 - n, 2 * n, n * 2, n ** 3, pow(n, 2, 5), 2 ** n, n @ 1, 1 / n, 1 // n, 1 % n, 1 << n)
print(1 & n, 1 ^ n, 1 | n, divmod(1, n))
try:
    n - n
except TypeError as e:
    print('TypeError:', e)
try:
    n @ n and 1 @ n
except TypeError as e:
    print('TypeError:', e)


class Cmp:
    def __eq__(self, o):
        print('Cmp.__eq__')
        return NotImplemented

    def __lt__(self, o):
        return NotImplemented


print(Cmp() == Cmp(), Cmp() != 1)
try:
    Cmp() < Cmp()
except TypeError as e:
    print('TypeError:', e)


class Rev:
    def __gt__(self, o):
        return 'Rev.__gt__'


print(1 < Rev())
for expr in ('[] + ()', '1 + "a"', '"a" * "b"', '{} | 1', '-"x"', '~1.5', 'None < None'):
    try:
        eval(expr)
    except TypeError as e:
        print('TypeError:', e)
