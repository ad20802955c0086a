# The interpreter loop's inline number paths must agree with the general protocol:
# small-int // % << >> at the edges, overflow into big ints, exact-float arithmetic and
# comparisons (NaN, signed zero, mixed int/float), floats reused in place, and errors.
import math

big = 2 ** 62  # just past the tagged small-int range
small_max = 2 ** 62 - 1
print(small_max + 1, -small_max - 2, small_max * 2, (-small_max - 1) * -1)
for a in (7, -7, 0, small_max, -small_max - 1):
    for b in (2, -2, 3, -3, 1, -1):
        print(a, b, a // b, a % b, divmod(a, b))
for a in (1, -1, 5, -5, small_max, -small_max - 1):
    for n in (0, 1, 2, 31, 61, 62, 63, 64, 100):
        print(a, n, a << n, a >> n)
for bad in ("1 // 0", "1 % 0", "1 << -1", "1 >> -1", "1 / 0", "1.0 / 0", "1 / 0.0", "1.5 // 0.0"):
    try:
        eval(bad)
    except (ZeroDivisionError, ValueError) as e:
        print(bad, type(e).__name__, e)

# int / int is a float; exact for operands up to 2**53, rounded beyond.
print(7 / 2, -7 / 2, 1 / 3, 2 ** 53 / 3, (2 ** 53 + 1) / 1, (2 ** 60 + 1) / 7, small_max / 3)

# Floats and mixed operands.
x = 0.1
y = 0.2
print(x + y, x - y, x * y, x / y, 3 + x, x + 3, 3 - x, 2 * x, x / 4, 4 / x)
print(2 ** 53 + 1 + 0.0, 0.0 + (2 ** 53 + 1), float(2 ** 62 - 1) + 1.0)
print(-0.0 + 0.0, 0.0 * -1, -(0.0), -(-0.0), math.copysign(1.0, -(0.0)))
inf = float("inf")
nan = float("nan")
print(inf - inf, inf * 0, nan + 1, -inf / 2, 1e308 * 10)
for a, b in ((1.0, 1), (1, 1.0), (0.5, 1), (nan, nan), (nan, 1), (1, nan), (inf, 2 ** 62),
             (2 ** 53 + 1, float(2 ** 53)), (float(2 ** 53), 2 ** 53 + 1), (-0.0, 0), (2 ** 63, 9.2e18)):
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)


# A float held elsewhere must not change when an expression reuses a temporary.
def accumulate(n):
    s = 0.0
    keep = []
    for i in range(n):
        s += i * 0.5
        keep.append(s)
        t = s
        t -= 1.0
        keep.append(t)
    return s, keep


print(accumulate(6))
a = 1.5
b = a
a += 1.0
print(a, b, a is b)
c = [2.5]
d = c[0]
d *= 2
print(c, d)
e = 4.0
e = -e
f = e
e = -e
print(e, f)


class F(float):
    def __add__(self, other):
        return "F.__add__"

    def __radd__(self, other):
        return "F.__radd__"


print(F(1.0) + 2.0, 2.0 + F(1.0), F(1.5) * 2, 3 < F(4.0))
try:
    print(1.0 + "x")
except TypeError as err:
    print(err)
try:
    print(1.5 < "x")
except TypeError as err:
    print(err)
