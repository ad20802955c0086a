# Float arithmetic whose result is stored back by STORE_NAME / STORE_GLOBAL may update the
# left operand in place when nothing else holds it (eval.cpp): aliases, containers,
# subclasses and other namespaces must never see such an update.
s = 0.1
alias = s
held = [s]
for i in range(5):
    s += 0.1
print(repr(s), alias, held, s is alias)

t = 1.5
for i in range(4):
    t = t * 1.1
    if i == 1:
        snapshot = t
print(repr(t), repr(snapshot), snapshot is t)


class F(float):
    pass


u = F(2.0)
u += 1.0
print(type(u).__name__, u)
v = 2.0
v += F(1.0)
print(type(v).__name__, v)

# int + float and float + int, mixed, and a big int that is not exact as a double.
m = 3
m = m + 0.25
m = 2 ** 60 + 1 - m
print(repr(m))
big = 2 ** 53 + 1
f = 0.0
f += big
print(repr(f), repr(big + 0.0), 2 ** 53 + 1 == float(2 ** 53 + 1))


# STORE_GLOBAL from a function, with an alias held by the caller.
acc = 1.0


def bump(n):
    global acc
    for _ in range(n):
        acc += 0.5
        acc = acc * 1.0
    return acc


before = acc
print(bump(3), before, bump(2))

# Namespaces of exec and class bodies.
ns = {"x": 1.0}
exec("for _ in range(4):\n    x += 0.25\n", ns)
print(ns["x"])
keep = {}
exec("x = 1.0\nfor _ in range(3):\n    x *= 3.0\n    out.append(x)\n", {"out": (store := [])}, keep)
print(store, keep)


class C:
    z = 0.5
    first = z
    for _ in range(3):
        z += 1.0


print(C.z, C.first)

# Results bit-identical to CPython, and its error messages.
w = 1e308
w *= 10
print(w, -w, w - w)
q = 0.0
for val in (0.1, 0.2, 0.3, 1e-300, 1e300):
    q += val
print(repr(q), repr(0.1 + 0.2), repr(1 / 3), repr(2.0 / 3))
try:
    z = 1.0
    z /= 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    z = 1.0
    z /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    z = 5.0
    z //= 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    z = 5.0
    z %= 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    z = 10.0
    z **= 400
except OverflowError as e:
    print("OverflowError:", e)
try:
    z = 2.0 ** 5000.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    z = 1.0 + 10 ** 400
except OverflowError as e:
    print("OverflowError:", e)
n = float("nan")
print(n < 1.0, n == n, n != n, 1.0 < 2, 2 ** 53 + 1 > float(2 ** 53), -0.0 == 0.0, repr(-0.0 * 1))
print(0.1 < 0.2 < 0.30000000000000004, 3 <= 3.0, 10 ** 20 > 1e19, 10 ** 400 > 1e308)
