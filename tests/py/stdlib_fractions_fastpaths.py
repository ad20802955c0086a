# fractions: the exact-type fast paths (Fraction/int operands read fields directly) give
# the same results as the generic paths: subclasses with overridden properties,
# from_float or reflected operators, registered Rationals, floats and limit_denominator.
from fractions import Fraction
import numbers

a, b = Fraction(3, 7), Fraction(-5, 11)
for x, y in [(a, b), (a, 2), (2, a), (b, -3), (-3, b), (a, a), (Fraction(0), a)]:
    print(x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y))
    print(x < y, x <= y, x > y, x >= y, x == y, x != y)
print(type(a + 1).__name__, type(1 + a).__name__)
try:
    a / Fraction(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1 / Fraction(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

# floats: comparisons, including nan/inf and values needing a big denominator
for f in (0.5, 0.4285714285714286, -0.1, 1e300, -1e-300, float('inf'), float('-inf'), float('nan')):
    print(a < f, a <= f, a > f, a >= f, a == f, f < a, f == a)
print(Fraction(1, 2) == 0.5, Fraction(1, 2) < 0.5, Fraction(1, 2) <= 0.5)


class Loud(Fraction):
    """A subclass whose numerator property and from_float are observed."""
    @property
    def numerator(self):
        print('numerator read')
        return self._numerator

    @classmethod
    def from_float(cls, f):
        print('from_float', f)
        return super().from_float(f)


L = Loud(3, 7)
print(a + L, L + a, L < 0.5, L == 0.5, a < L, L * 2)
print(type(L + a).__name__, type(a + L).__name__)


class Rev(Fraction):
    def __radd__(self, other):
        return 'Rev.__radd__'

    def __rsub__(self, other):
        return 'Rev.__rsub__'


r = Rev(1, 3)
print(a + r, 1 + r, a - r)


class MyRational:
    """A registered Rational that is neither int nor Fraction."""
    def __init__(self, n, d):
        self.numerator, self.denominator = n, d


numbers.Rational.register(MyRational)
m = MyRational(2, 5)
print(m + a, m * a, a < m, a == m, a > m, m - a, m / a)

# limit_denominator: exact type and subclass agree, ties go to the convergent
for f in (Fraction(3141592653589793, 1000000000000000), Fraction(-31415926, 10000000), Fraction(1, 3),
          Fraction(5, 10 ** 9 + 7), Fraction(3, 8), Fraction(-3, 8), Fraction(10 ** 30 + 1, 10 ** 30)):
    for d in (1, 2, 3, 7, 100, 10 ** 6):
        x = f.limit_denominator(d)
        y = Loud(f.numerator, f.denominator).limit_denominator(d)
        print(f, d, x, y, x == y, type(x).__name__)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(-7, 3)), hash(Fraction(10 ** 20, 3)))
