# The interpreter loop's container fast paths (vm/eval.cpp, objects/container_fast.h):
# FOR_ITER over range and list iterators, BINARY_SUBSCR / STORE_SUBSCR on exact lists and
# dicts, CONTAINS_OP on exact dicts, sets and frozensets. Each must answer exactly as the
# generic path: subclasses, overridden dunders, keys equal across types, hash collisions,
# mutation during iteration, errors and their messages.

# --- FOR_ITER: range ---------------------------------------------------------------------
print(list(range(5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
big = 2**62
print([x - big for x in range(big - 3, big + 3)])             # crosses the small-int edge
print([x + big for x in range(-big - 3, -big + 3)])
print([x for x in range(2**64, 2**64 + 3)])                   # the big form
print([x for x in range(2**63 - 2, 2**63 + 2)])
print([x for x in reversed(range(-5, 6, 4))])
print([x for x in range(-2**63, -2**63 + 2 * 2**62, 2**62)])
it = iter(range(6))
print(next(it), next(it))
print([x for x in it], [x for x in it])                       # resumes, then stays exhausted
total = 0
for i in range(100000):
    total += i
print(total)
r = range(3)
print([(i, j) for i in r for j in r])

# --- FOR_ITER: list --------------------------------------------------------------------
a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x < 3:
        a.append(x * 10)                                      # grows during iteration
print(out, a)
a = [1, 2, 3, 4]
out = []
for x in a:
    out.append(x)
    a.clear()                                                 # shrinks during iteration
print(out, a)
a = [5, 6, 7]
it = iter(a)
print(next(it), [x for x in it], list(it))
a.append(8)
print(list(it))                                               # exhausted stays exhausted


class L(list):
    def __iter__(self):
        return iter([-1, -2])


print([x for x in L([1, 2, 3])], [x for x in list(L([1, 2]))])


class Item:
    def __del__(self):
        print("del", id(self) == id(self))


items = [Item(), Item()]
for x in items:
    pass
del x
items = None
print([type(x).__name__ for x in [1, "s", 2.5, None, (1,), [2]]])
print([x for x in reversed([1, 2, 3])])

# --- BINARY_SUBSCR ---------------------------------------------------------------------
a = [10, 20, 30]
print(a[0], a[2], a[-1], a[-3], a[True], a[False])
for bad in (3, -4, 2**62, -2**62, 2**100):
    try:
        a[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError", e)
print(a[1:], a[::-1])


class GL(list):
    def __getitem__(self, i):
        return ("GL", i)


print(GL([1, 2])[0], GL([1, 2])[5])
d = {1: "int", "s": "str", 2.5: "float", (1, 2): "tuple", None: "none"}
print(d[1], d[1.0], d[True], d["s"], d[2.5], d[(1, 2)], d[None])
print({-1: "m1"}[-1], {-2: "m2"}[-2], hash(-1) == hash(-2))
h = {-1: "a", -2: "b"}
print(h[-1], h[-2], len(h))
c = {1: "one", 2**61: "big"}                                  # hash(2**61) == hash(1)
print(hash(2**61) == hash(1), c[1], c[2**61])
for bad in (3, "t", 2**61 + 5):
    try:
        d[bad]
    except KeyError as e:
        print("KeyError", repr(e))


class M(dict):
    def __missing__(self, k):
        return ("missing", k)


print(M({1: 2})[1], M()[5], M()["x"])


class S(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        print("S.__eq__")
        return str(self) == str(other)


ds = {"k": 1}
print(ds[S("k")])
ds2 = {S("k"): 2}
print(ds2["k"])


class Eq1:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        print("Eq1.__eq__", other)
        return other == 1


de = {Eq1(): "obj"}
print(de.get(1), 1 in de)
de2 = {1: "int"}
de2[2**61] = "x"
print(de2[1], de2[2**61], len(de2))


class Mut:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 7

    def __eq__(self, other):
        self.d.clear()
        return False


dm = {}
dm[Mut(dm)] = 1
print(7 in dm, dm.get(7), len(dm))

# --- STORE_SUBSCR ----------------------------------------------------------------------
a = [0, 0, 0]
a[0] = "a"
a[-1] = "c"
a[True] = "b"
print(a)
for bad in (3, -4, 2**62):
    try:
        a[bad] = 1
    except IndexError as e:
        print("IndexError", e)


class Noisy:
    def __init__(self, n, lst):
        self.n, self.lst = n, lst

    def __del__(self):
        print("released", self.n, "list now", [x if isinstance(x, int) else "N" for x in self.lst])


a = [None, 1]
a[0] = Noisy(1, a)
a[0] = 5                                                      # old item released after the store
print(a)


class SL(list):
    def __setitem__(self, i, v):
        print("SL.__setitem__", i, v)


s = SL([1, 2])
s[0] = 9
print(s)
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
d["k"] = "d"
d[S("k")] = "e"
print(d)


class SD(dict):
    def __setitem__(self, k, v):
        print("SD.__setitem__", k, v)
        super().__setitem__(k, v * 2)


sd = SD()
sd["x"] = 2
print(sd)
try:
    {}[[1]] = 2
except TypeError as e:
    print("TypeError", e)
dd = {i: i for i in range(20)}
for i in range(0, 20, 2):
    del dd[i]
for i in range(30, 40):
    dd[i] = -i
print(dd, list(dd))

# --- CONTAINS_OP -----------------------------------------------------------------------
st = {1, 2.5, "s", (1,), None}
print(1 in st, 1.0 in st, True in st, 2 in st, "s" in st, S("s") in st, (1,) in st, None in st)
print(3 not in st, "t" not in st, 2**61 in {1}, 1 in {2**61}, -1 in {-2}, -2 in {-1, -2})
fs = frozenset({3, "x"})
print(3 in fs, 3.0 in fs, "x" in fs, "y" in fs, {3} <= fs)
print(frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
try:
    [1] in st
except TypeError as e:
    print("TypeError", e)


class SS(set):
    def __contains__(self, x):
        return "SS"


print(5 in SS(), 5 not in SS())
print(1.0 in {1: 2}, True in {1: 2}, "k" in {S("k"): 1}, Eq1() in {1: 1})
print(1 in {Eq1(): 0})


class MutSet:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return 5

    def __eq__(self, other):
        self.s.discard(self)
        return False


ms = set()
ms.add(MutSet(ms))
print(5 in ms, len(ms))
big_set = set(range(0, 1000, 3))
print(sum(1 for i in range(1000) if i in big_set), sum(1 for i in range(1000) if i not in big_set))
big_dict = {str(i): i for i in range(500)}
print(sum(1 for i in range(1000) if str(i) in big_dict))

# --- set operations keep CPython's order -------------------------------------------------
x = set(range(0, 60, 2))
y = set(range(0, 60, 3))
print(x | y)
print(x & y, x - y, x ^ y)
z = {"a", "b", 1, 2, 3.5}
z.discard("a")
z.add("c")
print(sorted(map(str, z)), len(z))
w = set()
for i in range(200):
    w.add(i % 37)
    w.discard((i + 11) % 37)
print(w)
print(set(range(100, 0, -7)) - {2, 9, 16})
