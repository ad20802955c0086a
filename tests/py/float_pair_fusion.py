# Two float BINARY_OPs in a row (`v += a * dt`, `y - 0.1 * v`) run as one when the second's
# left operand can take the result: values, aliasing, stores to other names, globals,
# class namespaces, division by zero in either operation, non-float left operands.
import math


def kernels(n):
    x, v, dt = 1.0, 0.0, 0.001
    trail = []
    for i in range(n):
        a = -x - 0.1 * v
        v += a * dt
        x += v * dt
        if i % 250 == 0:
            trail.append((x, v, a))
    return x, v, trail


print(kernels(1000))


def aliasing():
    out = []
    x = 1.5
    y = 2.0
    x = x - x * y          # lhs2 is x, also an operand of the first operation
    out.append(x)
    x = 3.0
    keep = x
    x += y * y             # x is also held by keep: must not change keep
    out.append((x, keep))
    x = 4.0
    lst = [x]
    x -= y / 4.0
    out.append((x, lst))
    z = 1.0
    w = z
    w += z * 2.0           # the store goes to w, not to z
    out.append((z, w))
    t = 10.0
    u = t + t * t          # a store to another name: t must keep its value
    out.append((t, u))
    q = 0.5
    q = q / (q * 0.0) if False else q * (q * 2.0)
    out.append(q)
    return out


print(aliasing())


def errors():
    res = []
    for a, b in ((1.0, 0.0), (0.0, 0.0), (1.0, 1e-300), (math.inf, 0.0)):
        x = 2.0
        try:
            x /= a * b     # a * b may be 0.0: division by zero in the second operation
            res.append(x)
        except ZeroDivisionError as e:
            res.append(("ZeroDivisionError", str(e), x))
        y = 3.0
        try:
            y += a / b     # division by zero in the first operation
            res.append(y)
        except ZeroDivisionError as e:
            res.append(("ZeroDivisionError", str(e), y))
    return res


print(errors())


def mixed():
    res = []
    f = 1.25
    for lhs in (3, 2 ** 53, 2 ** 53 + 1, 10 ** 30, True, -0.0, math.nan, math.inf):
        v = lhs
        v += f * 2.0
        w = lhs
        w = w - f * f
        res.append((v, w))
    g = 7.0
    g //= f * 2.0           # an operator float_binary does not do
    res.append(g)
    h = 2.0
    h **= f * 2.0
    res.append(h)
    k = 5.0
    k %= f * 3.0
    res.append(k)
    return res


print(mixed())


class F(float):
    def __radd__(self, other):
        return "radd"

    def __rsub__(self, other):
        return "rsub"


def subclasses():
    s = F(1.0)
    x = 2.0
    x += s * 1.0           # s * 1.0 is an exact float (float.__mul__)
    y = s
    y += 1.0 * 2.0
    z = 2.0
    z = z - F(3.0)
    return x, y, type(y).__name__, z


print(subclasses())

# Module level: STORE_NAME into the module dict, and globals through a function.
s = 0.0
p = 1.5
for i in range(10):
    s += p * 2.0
    s -= p / 4.0
print(s, p)

g_total = 0.0


def add_global(n):
    global g_total
    for i in range(n):
        g_total += i * 0.5
    return g_total


print(add_global(10), g_total)


class Namespace:
    c = 1.0
    c += 2.0 * 3.0
    d = c
    d -= c * 0.5


print(Namespace.c, Namespace.d)
