# Tuples of every small size (the exact-tuple allocation fast path takes 1..8 items, larger
# ones and subclasses the generic path): made and freed in loops, nested as trees, through
# every constructor, with items whose finalizers run when the tuple goes.
import gc


def sizes(lo, hi):
    out = []
    for n in range(lo, hi):
        for rep in range(200):
            t = tuple(range(rep, rep + n))
            u = (*t,)
            assert t == u and len(t) == n and hash(t) == hash(u)
        out.append((n, t, t[-1:] if t else t))
    return out


for n, t, last in sizes(0, 12):
    print(n, t, last)


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


total = 0
for i in range(50):
    total += check(make(6))
print("trees", total)

# Every way of making one: literals, BUILD_TUPLE, tuple(), slices, +, *, zip, enumerate,
# dict items, divmod, star-unpacking, argument tuples.
a, b, c = 1, "two", 3.0
x = (a, b, c)
print(x, x[1:], x + (4,), x * 2, tuple([5, 6]), tuple(iter([7])), list(zip("ab", "cd")),
      list(enumerate("xy")), sorted({"k": 1, "j": 2}.items()), divmod(17, 5))


def args(*p):
    return p


print(args(), args(1), args(1, 2, 3, 4, 5, 6, 7, 8), args(*range(9)), args(*range(20)))


class T(tuple):
    pass


s = T((1, 2))
print(type(s).__name__, s, s + (3,), type(s[0:1]).__name__)


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


t = (Noisy(1), Noisy(2))
t = None
print("after tuple of two")
nested = ((3, Noisy(3)), (4, Noisy(4)))
nested = None
print("after nested pairs")

# A collection while tuples are made and dropped.
gc.collect()
junk = [(i, (i, i)) for i in range(1000)]
cyc = [None]
cyc[0] = (cyc,)
del cyc
print(gc.collect() >= 1, len(junk))
