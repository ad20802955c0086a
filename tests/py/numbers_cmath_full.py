# cmath: every function on a grid of finite, huge, tiny, signed-zero, infinite and NaN parts,
# compared bit for bit (via float.hex) with CPython, plus the error cases and constants.
# Each grid prints a digest of all its lines and every 16th line in full; to find a
# differing case, run this file under both interpreters with FULL = True and diff.
import cmath
import math

inf, nan = math.inf, math.nan
parts = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -3.5, 1e-310, -1e-200, 1e-8, 0.99999999, 1.00000001,
         1e150, -1e200, 1.7e308, -1.7e308, 700.0, -710.0, 1e20, inf, -inf, nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh",
         "exp", "log", "log10", "sqrt"]


FULL = False


def digest(lines):
    acc = 0
    for line in lines:
        for ch in line:
            acc = (acc * 131 + ord(ch)) % (2 ** 61 - 1)
    return acc


def dump(name, lines):
    print(name, len(lines), digest(lines))
    for i, line in enumerate(lines):
        if FULL or i % 16 == 0:
            print(" ", line)


def show(x):
    return "nan" if math.isnan(x) else x.hex()


for name in names:
    f = getattr(cmath, name)
    lines = []
    for re in parts:
        for im in parts:
            z = complex(re, im)
            try:
                r = f(z)
                lines.append(f"{show(re)} {show(im)} -> {show(r.real)} {show(r.imag)}")
            except (ValueError, OverflowError) as e:
                lines.append(f"{show(re)} {show(im)} -> {type(e).__name__}: {e}")
    dump(name, lines)

# Real and int arguments, __complex__ / __float__ / __index__, and bad types.
class Cx:
    def __complex__(self):
        return 1 + 2j
class Fl:
    def __float__(self):
        return 0.25
class Ix:
    def __index__(self):
        return 3
for arg in [0, 1, -1, 2, 100, True, 0.5, Cx(), Fl(), Ix()]:
    print(type(arg).__name__, [cmath.acos(arg), cmath.sinh(arg), cmath.tan(arg), cmath.atanh(arg / 7 if isinstance(arg, (int, float)) else arg)])
for bad in ["x", None, [1], 10 ** 400, 10 ** 20]:
    for f in (cmath.cos, cmath.atanh):
        try:
            f(bad)
        except (TypeError, OverflowError, ValueError) as e:
            print(type(e).__name__, e)
for call in [lambda: cmath.cos(), lambda: cmath.cos(1, 2), lambda: cmath.tanh(z=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for z in [1, -1, complex(1, 0), complex(-1, -0.0)]:
    try:
        cmath.atanh(z)
    except ValueError as e:
        print("atanh", z, "ValueError:", e)
for f, z in [(cmath.cosh, complex(1000, 1)), (cmath.sinh, complex(-800, 2)), (cmath.cos, complex(1, 1000)),
             (cmath.sin, complex(2, -1000)), (cmath.exp, complex(1000, 1))]:
    try:
        f(z)
    except OverflowError as e:
        print(f.__name__, z, "OverflowError:", e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.phase(complex(-1, -0.0)), cmath.polar(complex(3, 4)), cmath.rect(2, cmath.pi / 2))
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
for a in [(0, 2), (2, 0), (0, 0), (1, 1), (2, 1), (-0j, 10), (float("inf"), 2), (2, float("nan")), (8, 2), (1j, -1j),
          (complex(-1e308, 1e308), 10), (1e-320, 3)]:
    try:
        r = cmath.log(*a)
        print("log", a, show(r.real), show(r.imag))
    except ValueError as e:
        print("log", a, "ValueError:", e)
prp = []
for re in parts:
    for im in parts:
        out = []
        for f in (lambda: cmath.polar(complex(re, im)), lambda: (cmath.rect(re, im),), lambda: (cmath.phase(complex(re, im)),),
                  lambda: (cmath.isclose(complex(re, im), complex(im, re)),)):
            try:
                r = f()
                out.append(" ".join(show(x.real) + "," + show(x.imag) if isinstance(x, complex) else
                                    (str(x) if isinstance(x, bool) else show(x)) for x in r))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
        prp.append(" ".join([show(re), show(im), "|", " | ".join(out)]))
dump("polar rect phase isclose", prp)
