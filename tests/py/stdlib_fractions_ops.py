# fractions.Fraction: arithmetic with int/float/complex/Fraction in both orders, powers,
# division errors, comparisons, equality with other types, hashing as int/float.
from fractions import Fraction as F
import math, operator, sys

a, b = F(3, 4), F(-5, 6)
ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv),
       ("//", operator.floordiv), ("%", operator.mod), ("divmod", divmod)]
others = [F(3, 4), F(-5, 6), F(7), 2, -3, True, 0.5, -2.25, 1 + 2j, 0.5 - 0j]
for name, op in ops:
    for x in (a, b):
        for y in others:
            for left, right in ((x, y), (y, x)):
                try:
                    r = op(left, right)
                except Exception as e:
                    r = "%s: %s" % (type(e).__name__, e)
                print(repr(left), name, repr(right), "=", repr(r), type(r).__name__)

# division by zero in every form
for name, op in ops:
    for x, y in ((F(3, 4), 0), (F(-3, 4), F(0)), (F(0), 0), (F(5), False), (1, F(0)),
                 (F(1, 2), 0.0), (0.5, F(0))):
        try:
            op(x, y)
        except ZeroDivisionError as e:
            print(name, repr(x), repr(y), "ZeroDivisionError:", e)

# unsupported operand types
for left, right in ((a, "s"), (a, None), (None, a), (a, [1]), ([1], a)):
    if True:
        try:
            left + right
        except TypeError as e:
            print("TypeError:", e)

# powers
for base in (F(2, 3), F(-2, 3), F(0), F(1), F(4, 9), F(-8, 27)):
    for exp in (0, 1, 2, 3, -1, -2, -3, F(1, 2), F(2), F(-1), 0.5, 2.0, 1j):
        try:
            r = base ** exp
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(repr(base), "**", repr(exp), "=", repr(r), type(r).__name__)
for base in (2, -2, 0, 4, 2.0, -8.0, 1j, True):
    for exp in (F(2), F(-2), F(1, 2), F(0), F(-1, 3)):
        try:
            r = base ** exp
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(repr(base), "**", repr(exp), "=", repr(r), type(r).__name__)
print(repr(pow(F(3, 2), 5)), repr(F(3, 2) ** 100 == F(3 ** 100, 2 ** 100)))

# unary
for x in (a, b, F(0)):
    print(repr(+x), repr(-x), repr(abs(x)), type(+x).__name__)

# comparisons
values = [F(1, 2), F(-1, 2), F(2), 0.5, 0.4999, 2, -1, True, float("inf"), float("-inf"),
          float("nan"), 1 + 0j, 0.5 + 0j, 0.5 + 1j]
for x in (F(1, 2), F(2)):
    for y in values:
        row = []
        for op in (operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge):
            try:
                row.append(op(x, y))
                row.append(op(y, x))
            except TypeError as e:
                row.append("TE")
        print(repr(x), repr(y), row)
print(F(1, 2) == "1/2", F(1, 2) != None, sorted([F(1, 3), 0.25, 1, F(-1), 0.3333]))
try:
    F(1, 2) < "x"
except TypeError as e:
    print("TypeError:", e)
print(max(F(1, 3), F(2, 7)), min(F(1, 3), 0.3), F(3, 1) in {3}, 3 in {F(3)})

# hashes equal to the int/float of equal value
M = sys.hash_info.modulus
for f in (F(1, 2), F(-1, 2), F(3), F(-3), F(0), F(-1), F(1, 3), F(-1, 3), F(2 ** 80, 3),
          F(1, M), F(-1, M), F(3, 2 * M), F(10 ** 40 + 1, 10 ** 20), F(0.1), F(1e300)):
    h = hash(f)
    same = [h == hash(v) for v in (f.numerator, float(f)) if v == f]
    print(repr(f)[:40], h, same, h == hash(F(f.numerator, f.denominator)))
print(len({F(1, 2), 0.5, F(2, 4), F(3), 3, 3.0}))
print(F(1, M).__hash__() == sys.hash_info.inf, hash(F(-1, M)) == -sys.hash_info.inf)

# exactness
s = F(0)
for i in range(1, 30):
    s += F(1, i * (i + 1))
print(s, s == 1 - F(1, 30))
x = F(1, 10)
print(sum([x] * 10) == 1, sum([0.1] * 10) == 1, x * 3 == F(3, 10), float(F(1, 3)))
print(repr(sum(F(1, 2 ** i) for i in range(1, 60))))
print(F(10 ** 400, 3) > 10 ** 399, float(F(10 ** 400, 10 ** 399)), float(F(1, 10 ** 400)))
