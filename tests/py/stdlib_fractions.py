# fractions.Fraction: constructors, parsing, errors, str/repr, properties, conversions.
from fractions import Fraction as F
import fractions, numbers, math, copy

print(fractions.__all__, issubclass(F, numbers.Rational), F.__slots__ if hasattr(F, '__slots__') else None)

# constructors
for args in [(), (7,), (-7,), (6, 4), (-6, 4), (6, -4), (-6, -4), (0, 5), (0, -5),
             (True,), (False,), (True, 2), (3, True), (F(1, 2),), (F(1, 2), F(3, 4)),
             (F(-3), 6), (2**70, 2**68), (-10**30, 4 * 10**20)]:
    f = F(*args)
    print(args, repr(f), str(f), f.numerator, f.denominator, type(f.numerator).__name__)

for x in [0.5, -0.75, 0.1, 1e20, 1e-10, -0.0, 5.0, 2.0**-1074, 1.7976931348623157e308]:
    print(repr(x), repr(F(x)), F(x) == x, F.from_float(x) == F(x))

texts = ["3/4", " -3/4 ", "+3/4", "\t10\n", "1.5", "-1.25e-3", "1E3", ".5", "5.", "-.5e+2",
         "1_000/2_000", "3.141_59", "1e1_0", "0/7", "00012/0003", "7e-2", "-0", "1.e2",
         "\u0661\u0662/\u0663"]
for t in texts:
    print(repr(t), repr(F(t)))

bad = ["", "1 / 2", "1/ 2", " ", "/2", "1/", "1/-2", "1.5/2", "abc", "1 2", "1__0", "_1", "1_", "- 1",
       "1/2/3", "1e", "e5", "1.2.3", ".", "+", "1/2e3", "inf", "nan", "0x10", "1.5j", "3/4 5"]
for t in bad:
    try:
        F(t)
        print(repr(t), "accepted?")
    except ValueError as e:
        print("ValueError:", e)

for args in [(1, 0), (-5, 0), (0, 0), ("3/0",), ("-3/0",), (F(1, 2), 0), (1, F(0)), (True, False)]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

for args in [(None,), ([1],), (1j,), (1.5, 2), (1, 2.5), ("1", 2), (1, "2"), (F(1), 1.0)]:
    try:
        F(*args)
    except TypeError as e:
        print("TypeError:", e)

for x in [float("nan"), float("inf"), float("-inf")]:
    try:
        F(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
    try:
        F.from_float(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

print(repr(F.from_float(3)), repr(F.from_float(True)), repr(F.from_decimal(4)))
for x in ["1.5", 1.5, None]:
    try:
        F.from_float(x)
    except TypeError as e:
        print("TypeError:", e)
try:
    F.from_decimal(None)
except TypeError as e:
    print("TypeError:", e)

# subclasses keep their class on construction, arithmetic gives Fraction
class MyF(F):
    pass

m = MyF(3, 6)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__, repr(MyF.from_float(0.25)))
print(type(copy.copy(m)).__name__, copy.copy(m) == m, copy.deepcopy(m) == m)
f = F(5, 7)
print(copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())

# properties are read-only
try:
    f.numerator = 3
except AttributeError:
    print("AttributeError numerator")
try:
    f.spam = 1
except AttributeError:
    print("AttributeError spam")

# conversions
for f in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(3, 2), F(1, 3), F(-1, 3), F(10), F(0)]:
    print(repr(f), int(f), math.trunc(f), math.floor(f), math.ceil(f), round(f), float(f),
          f.__complex__(), bool(f), f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(type(math.floor(F(7, 2))).__name__, type(round(F(7, 2))).__name__)
for nd in [0, 1, 2, 3, -1, -2]:
    print(nd, repr(round(F(12345, 1000), nd)), repr(round(F(-12355, 1000), nd)), repr(round(F(25, 1), nd)))

# limit_denominator
import math as _m
pi = F(_m.pi)
for md in [1, 2, 7, 10, 100, 113, 1000, 10**6, 10**20]:
    print(md, repr(pi.limit_denominator(md)))
print(repr(F(1, 3).limit_denominator(3)), repr(F(3, 10).limit_denominator(2)),
      repr(F(-3, 10).limit_denominator(2)), repr(F(1, 4).limit_denominator(2)),
      repr(F('3.14159').limit_denominator(100)), repr(F(0.1).limit_denominator()))
for md in [0, -1]:
    try:
        F(1, 3).limit_denominator(md)
    except ValueError as e:
        print("ValueError:", e)
print(type(MyF(1, 2).limit_denominator()).__name__)
