# Big-int + - * // % divmod and comparisons (the in-place mpn paths) on every sign
# combination of small, limb-boundary and multi-limb operands, incl. bool and int subclasses.
import random

rng = random.Random(20261121)
base = [0, 1, 2, 3, 7, 10, 2 ** 31, 2 ** 62 - 1, 2 ** 62, 2 ** 62 + 1, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64,
        2 ** 64 + 1, 2 ** 127, 2 ** 128 - 1, 2 ** 128, 10 ** 19, 10 ** 38, 3 ** 200]
for bits in (65, 100, 191, 192, 193, 640, 2000, 5000):
    base.append(rng.getrandbits(bits) | (1 << (bits - 1)))
values = sorted(set(base + [-v for v in base]))
print(len(values), "values")

M = 2 ** 127 - 1


def digest(results):
    acc = 0
    for r in results:
        acc = (acc * 1000003 + r) % M
    return acc


ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "divmod": lambda a, b: divmod(a, b)[0] * 3 + divmod(a, b)[1],
    "cmp": lambda a, b: (a < b) * 4 + (a == b) * 2 + (a > b) + (a <= b) * 8 + (a >= b) * 16,
}
for name, f in ops.items():
    out = []
    for a in values:
        for b in values:
            if name in ("//", "%", "divmod") and b == 0:
                continue
            out.append(f(a, b))
    print(name, len(out), digest(out))

# A few printed in full, with identities that must hold exactly.
x, y = 3 ** 200, -(2 ** 130 + 12345)
print(x + y, x - y, x * y)
print(x // y, x % y, divmod(x, y), divmod(-x, -y), divmod(y, x), divmod(-y, x))
for a in values:
    for b in values:
        if b:
            q, r = divmod(a, b)
            assert q * b + r == a and (r == 0 or (r < 0) == (b < 0)) and abs(r) < abs(b), (a, b)
print("identities ok")


class I(int):
    pass
print(True + 2 ** 70, 2 ** 70 * True, (2 ** 70) // True, I(2 ** 70) - I(1), divmod(I(-2 ** 70), I(3)),
      I(5) * 2 ** 64, type(I(2 ** 70) + 1).__name__, -(2 ** 62) - 1, (2 ** 62) * -1, -(2 ** 62) // -1)
for a, b in [(2 ** 70, 0), (-(2 ** 70), 0), (5, 0)]:
    for f in (lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
        try:
            f()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
