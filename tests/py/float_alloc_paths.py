# Exact floats take an allocation fast path (objects/heap.cpp: blocks reused from the free
# list) and the interpreter loop reuses dying float temporaries in place: results must be
# CPython's whatever path made them — shared values untouched, subclasses and overridden
# dunders honoured, weak references to subclass instances cleared and called back, errors
# with CPython's messages, and many floats alive at once (past the free list's cap).
import gc
import math
import weakref

# Shared values are never updated in place.
a = b = 1.5
a += 1.0
print(a, b, a is b)


def shared(n):
    x = y = 0.25
    out = []
    for i in range(n):
        x += 0.5          # x and y share the float until the first store
        z = -x            # negation of a local: a new float
        w = -(x * 2.0)    # negation of a temporary: in place
        out.append((x, y, z, w))
        y = x             # now shared again
    return out


print(shared(4))

# Temporaries as left and right operands, int + float mixes, every operator kind.
def mixed(n):
    acc = []
    for i in range(n):
        acc.append((i + 0.5) * 2.0 - (1 + i * 0.25) / 4.0)
        acc.append(3 - (i * 1.5) + (2 * (0.5 + i)))
        t = 1.0
        t = t / (i + 1) + t * 0.5
        acc.append(t)
    return acc


print(mixed(5))

# IEEE results: inf, nan, signed zero.
inf = float("inf")
nan = float("nan")
neg = -0.0
print(inf + -inf, inf * 0.0, -(0.0), -(neg), math.copysign(1.0, -(0.0 * 1.0)), 1e308 * 10.0)
print(-nan != -nan, -(inf - 1.0), 0.0 * -1.0, -0.0 + 0.0, -0.0 - 0.0, -0.0 * 0.0)

# Division by zero: CPython's messages.
for expr in ("1.0 / 0.0", "1.0 / 0", "1 / 0.0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0.0)",
             "(0.5 + 0.5) / (1.0 - 1.0)", "-(2.0) / 0"):
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print(expr, "->", e)


# Subclasses: their dunders win, and their instances are never reused in place.
class F(float):
    def __add__(self, other):
        return "F+" + repr(other)

    def __radd__(self, other):
        return repr(other) + "+F"

    def __neg__(self):
        return "-F"


class G(float):
    pass


f = F(2.0)
print(f + 1.0, 1.0 + f, 1 + f, (0.5 * 2.0) + f, -f, f * 2.0, type(f * 2.0).__name__)
g = G(3.0)
h = g * 1.0
print(h, type(h).__name__, type(-g).__name__, type(g + g).__name__, g)

# Weak references: exact floats refuse them; a subclass instance is freed by the general
# path, which clears the reference and runs its callback.
try:
    weakref.ref(1.5)
except TypeError as e:
    print(e)
seen = []
g2 = G(4.5 * 2.0)
r = weakref.ref(g2, lambda ref: seen.append("callback"))
print(r() == 9.0, seen)
del g2
print(r(), seen)

# Many floats alive at once (past the free list's cap), freed, then made again.
big = [float(i) + 0.5 for i in range(20000)]
print(len(big), sum(big), big[-1])
big = None
big = [i * 0.25 for i in range(20000)]
print(sum(big), max(big), min(big))
del big
gc.collect()


# Floats kept in containers and attributes while expressions reuse temporaries.
class Box:
    pass


box = Box()
box.v = 0.5
items = [0.5, 1.5]
for k in range(3):
    box.v = box.v * 2.0 + 1.0
    items[0] = items[0] + items[1]
    items.append(items[0] - 0.25)
print(box.v, items)
d = {"x": 2.0}
d["x"] += 0.5
d["x"] = -d["x"]
print(d)
