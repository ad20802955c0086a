# Float arithmetic edge cases through BINARY_OP's float branch and its in-place result
# reuse: signed zeros, infinities, NaNs, subnormals, int mixes at the 2**53 edge, results
# held by other names, and float subclasses with overridden operators.
import math

vals = [0.0, -0.0, 1.0, -1.5, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        math.inf, -math.inf, math.nan, 0.1, 3]
ints = [0, -0, 1, -7, 2**53, 2**53 + 1, -(2**53), -(2**53) - 1, 2**63, 10**400]


def show(x):
    if isinstance(x, float):
        if math.isnan(x):
            return "nan"
        return repr(x) + ("(-)" if math.copysign(1.0, x) < 0 else "")
    return repr(x)


def ops(a, b):
    out = []
    for name, fn in (("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * b), ("/", lambda: a / b),
                     ("//", lambda: a // b), ("%", lambda: a % b), ("**", lambda: a ** b)):
        try:
            out.append(name + show(fn()))
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            out.append(name + type(e).__name__ + ":" + str(e))
    return " ".join(out)


for a in vals:
    for b in vals:
        print(show(a), show(b), ops(a, b))
for a in vals[:10]:
    for b in ints:
        print(show(a), show(b), ops(a, b))
        print(show(b), show(a), ops(b, a))

# In-place updates: the result must not show through another name.
x = 1.5
y = x
x += 1.0
print(x, y)
x = 2.5
lst = [x]
x = x * 2.0
print(x, lst)
s = 0.0
keep = []
for i in range(5):
    s += i * 0.5
    keep.append(s)
    s = s - 0.25
print(s, keep)
z = -0.0
z = z + 0.0
print(show(z))
z = -0.0
z -= 0.0
print(show(z))
z = 0.0
z = -z
print(show(z))


def local_loop(n):
    t = 0.0
    u = 1.0
    acc = []
    for i in range(n):
        t += u / (i + 1)
        u = -u * 1.0
        if i % 3 == 0:
            acc.append(t)
    return t, acc


print(local_loop(10))


class F(float):
    def __add__(self, other):
        return "F.add(%r, %r)" % (float(self), other)

    def __radd__(self, other):
        return "F.radd(%r, %r)" % (float(self), other)

    def __mul__(self, other):
        return F(float(self) * 10)


f = F(2.0)
print(f + 1.0, 1.0 + f, f + 1, 1 + f)
print(type(f * 2.0).__name__, f * 2.0, 2.0 * f, type(2.0 * f).__name__)
g = F(1.5)
g += 1.0
print(g)
h = F(3.0)
print(h - 1.0, type(h - 1.0).__name__, h / 2, 2 / h)


class G(float):
    pass


gg = G(1.25)
r = gg + 1.0
print(r, type(r).__name__, type(gg).__name__)
gg += 1.0
print(gg, type(gg).__name__)

# Errors keep CPython's messages.
for a, b in ((1.0, 0.0), (1.0, 0), (0, 0.0), (-0.0, 0.0), (math.inf, 0.0)):
    try:
        a / b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        a % b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    1e308 * 10 ** 400
except OverflowError as e:
    print("OverflowError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    1.0 + "x"
except TypeError as e:
    print("TypeError", e)
