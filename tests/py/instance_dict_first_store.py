# The first attribute stored on an instance makes its __dict__ in one step (session 10):
# from a free-listed block, born untracked ("taken in"), with the class's remembered
# number for the key set {first name}. Every way the remembered number or the born-
# untracked state could go stale must still give CPython's answers.
import gc
import weakref


def attrs(o):
    return list(vars(o).items())


def probe(o, names):
    # One LOAD_ATTR site per name, reached for instances of any shape: absences must be
    # found as absences and present names read, whatever key set the dict has.
    out = []
    for n in names:
        if n == "a":
            try:
                out.append(("a", o.a))
            except AttributeError:
                out.append(("a", "-"))
        elif n == "b":
            try:
                out.append(("b", o.b))
            except AttributeError:
                out.append(("b", "-"))
        elif n == "c":
            try:
                out.append(("c", o.c))
            except AttributeError:
                out.append(("c", "-"))
    return out


# 1. One class, the first attribute alternating between names at one or more sites.
class P:
    pass


def first_a(o, v):
    o.a = v


def first_b(o, v):
    o.b = v


objs = []
for i in range(40):
    o = P()
    if i % 3 == 0:
        first_a(o, i)
    elif i % 3 == 1:
        first_b(o, i)
    else:
        o.c = i
        o.a = -i
    objs.append(o)
for o in objs[:9]:
    print(attrs(o), probe(o, "abc"))
# The same site after the instances above died (blocks reused from the free lists).
del objs
gc.collect()
for i in range(6):
    o = P()
    first_b(o, i) if i % 2 else first_a(o, i)
    print(attrs(o), probe(o, "abc"))


# 2. __init__ setting attributes in different orders and conditionally; deleting one.
class Q:
    def __init__(self, flag):
        if flag == 0:
            self.x = 1
            self.y = 2
        elif flag == 1:
            self.y = 3
            self.x = 4
        elif flag == 2:
            self.x = 5
            del self.x
            self.z = 6
        # flag 3: no attribute at all


for round_ in range(2):
    qs = [Q(i % 4) for i in range(12)]
    for q in qs[:4]:
        print(round_, attrs(q), hasattr(q, "x"), getattr(q, "y", None), getattr(q, "z", None))
    q = qs[0]
    del q.y
    q.y = 9
    print(attrs(q))


# 3. __dict__ read before, assigned, replaced and shared.
class R:
    pass


r = R()
d0 = r.__dict__
r.a = 1
print(d0, d0 is r.__dict__, gc.is_tracked(r))
r2 = R()
r2.__dict__ = {"b": 2}
r2.a = 3
print(attrs(r2))
r3 = R()
r3.a = 1
shared = r3.__dict__
r4 = R()
r4.__dict__ = shared
r4.b = 2
print(attrs(r3), attrs(r4), r3.__dict__ is r4.__dict__)
r5 = R()
r5.a = 5
vars(r5)["b"] = 6
print(attrs(r5), r5.b)
r5.__dict__.clear()
print(attrs(r5), hasattr(r5, "a"))
r5.a = 7
print(attrs(r5))


# 4. __slots__ mixed with __dict__, and subclasses adding attributes.
class S:
    __slots__ = ("s", "__dict__")


class T(P):
    def __init__(self):
        self.t = 1
        self.a = 2


class U(T):
    def __init__(self):
        self.u = 0
        super().__init__()


s = S()
s.s = 1
s.a = 2
print(s.s, s.a, vars(s).get("a"))  # (slot values in vars(): a documented DIFFERENCE, slots.cpp)
for cls in (T, U, T, U):
    o = cls()
    print(cls.__name__, attrs(o), probe(o, "abc"))


# 5. A class whose __init__ is replaced later, and a class attribute shadowed.
class V:
    def __init__(self):
        self.a = 1


vs = [V() for _ in range(3)]


def other_init(self):
    self.b = 2
    self.a = 3


V.__init__ = other_init
vs += [V() for _ in range(3)]
print([attrs(v) for v in vs])
V.c = "class"
w = V()
print(w.c, probe(w, "abc"))
w.c = "inst"
print(w.c, attrs(w))
del w.c
print(w.c)


# 6. Cycles through first-store dicts: collected, counted, finalizers and weakref callbacks.
class N:
    pass


class F:
    def __del__(self):
        log.append("del " + type(self.other).__name__)


log = []
gc.collect()
for i in range(100):
    a = N()
    b = N()
    a.other = b
    b.other = a
del a, b
print("collected", gc.collect())
a = F()
b = N()
a.other = b
b.other = a
calls = []
wr = weakref.ref(b, lambda r: calls.append("cb"))
del a, b
print("collected", gc.collect(), log, calls, wr())
# A dict taken out of its instance before the cycle is dropped.
a = N()
b = N()
a.other = b
b.other = a
kept = vars(a)
del a, b
print("collected", gc.collect(), sorted(kept), type(kept["other"]).__name__)
del kept
print("collected", gc.collect())
# get_referents sees the values of an untouched first-store dict.
a = N()
a.other = [1]
print([type(x).__name__ for x in gc.get_referents(a)])
print(gc.get_referrers(a.other)[0] is a)

# 7. Many instances and attribute orders (the remembered number and the transition table).
class M:
    pass


names = ["n%d" % i for i in range(30)]
ms = []
for i in range(300):
    m = M()
    setattr(m, names[i % 30], i)
    m.common = i
    ms.append(m)
print(sum(len(vars(m)) for m in ms), [list(vars(m)) for m in ms[:3]])
print(all(getattr(m, "common") == i for i, m in enumerate(ms)))
print(sum(1 for m in ms if hasattr(m, "n0")))


# 8. The class's remembered number for {first name} is used only for that name: a site
# that proved `b` absent in a dict holding only `a` must still find `b` in a dict whose
# first store was `b` (the site's entry-number hint points past that dict's one entry).
# `b` is also a class attribute, so an absence the site believes returns the class's value.
class Z:
    b = "class"


def warm():
    for i in range(200):
        w = Z()
        w.c = i
        w.b = i  # the class's dicts now start with room for two names


def get_b(o):
    try:
        return o.b
    except AttributeError:
        return "-"


for round_ in range(3):
    warm()
    x = Z()
    x.a = 1
    y = Z()
    y.c = 1
    y.b = 2
    z = Z()
    z.b = 3
    print(get_b(y), get_b(x), get_b(z), get_b(x), get_b(z), attrs(z))
