# The attribute caches' per-type version tag (objects/type_cache.h): every change that a
# lookup could see reaches the classes below the changed one while their sites are hot.


# A class attribute added to a base while a subclass instance's site is hot.
class Base:
    pass


class Mid(Base):
    pass


class Leaf(Mid):
    pass


leaf = Leaf()
seen = []
for i in range(40):
    seen.append(getattr(leaf, "x", None) if i < 10 else None)
    try:
        seen.append(leaf.x)
    except AttributeError:
        seen.append("-")
    if i == 15:
        Base.x = "base"
    if i == 25:
        Mid.x = "mid"
    if i == 30:
        del Mid.x
    if i == 35:
        del Base.x
print(seen)


# A method replaced on a base, called from a hot site on subclass instances.
class A:
    def m(self):
        return "A1"


class B(A):
    pass


class C(B):
    pass


out = []
objs = [A(), B(), C()]
for i in range(30):
    for o in objs:
        out.append(o.m())
    if i == 10:
        A.m = lambda self: "A2"
    if i == 20:
        B.m = lambda self: "B"
print("".join(out))


# A data descriptor added later to a base: it now wins over the instance dict.
class P:
    pass


class Q(P):
    pass


q = Q()
q.v = "inst"
vals = []
for i in range(20):
    vals.append(q.v)
    if i == 5:
        P.v = property(lambda self: "prop")
    if i == 12:
        del P.v
print(vals)


# Stores too: a data descriptor added to a base intercepts a hot STORE_ATTR site.
log = []


class S:
    pass


class T(S):
    pass


t = T()
for i in range(12):
    t.w = i
    if i == 4:
        S.w = property(lambda self: "p", lambda self, v: log.append(v))
    if i == 8:
        del S.w
print(log, t.w, t.__dict__)


# __bases__ assignment while a site is hot.
class X1:
    def who(self):
        return "X1"


class X2:
    def who(self):
        return "X2"


class Y(X1):
    pass


class Z(Y):
    pass


z = Z()
got = []
for i in range(12):
    got.append(z.who())
    if i == 3:
        Y.__bases__ = (X2,)
    if i == 7:
        Y.__bases__ = (X1,)
    if i == 9:
        X1.who = lambda self: "X1b"
print(got)


# __class__ assignment: the same site sees another type.
class K1:
    tag = "K1"

    def f(self):
        return "k1"


class K2:
    tag = "K2"

    def f(self):
        return "k2"


k = K1()
got = []
for i in range(10):
    got.append(k.tag + k.f())
    if i == 3:
        k.__class__ = K2
    if i == 6:
        K1.tag = "K1b"
        k.__class__ = K1
print(got)


# A deep hierarchy (8 levels, longer than the old records held) modified at the root and
# at each level in turn.
class L0:
    attr = 0


class L1(L0):
    pass


class L2(L1):
    pass


class L3(L2):
    pass


class L4(L3):
    pass


class L5(L4):
    pass


class L6(L5):
    pass


class L7(L6):
    pass


levels = [L0, L1, L2, L3, L4, L5, L6, L7]
deep = L7()
got = []
for i in range(len(levels)):
    for _ in range(3):
        got.append(deep.attr)
    levels[i].attr = i * 10 + 1
got.append(deep.attr)
for cls in reversed(levels[1:]):
    del cls.attr
    got.append(deep.attr)
L0.attr = "root"
got.append(deep.attr)
print(got)


# A diamond: a write to the shared base reaches both paths and the join.
class D0:
    v = 0


class D1(D0):
    pass


class D2(D0):
    pass


class D3(D1, D2):
    pass


d3 = D3()
got = []
for i in range(6):
    got.append(d3.v)
    if i == 1:
        D2.v = 2
    if i == 3:
        D0.v = 100
    if i == 4:
        del D2.v
print(got)


# A class attribute written in a loop (a counter) while read through instances.
class Counter:
    n = 0


class Sub(Counter):
    pass


s = Sub()
for i in range(100):
    Counter.n += 1
    assert s.n == i + 1
print(s.n, Sub.n)


# Type setters write the class dict too.
class Named:
    pass


nm = Named()
mods = []
for i in range(4):
    mods.append((nm.__module__, nm.__doc__))
    if i == 1:
        Named.__module__ = "elsewhere"
        Named.__doc__ = "docs"
print(mods)


# Mutation during the lookup: a descriptor's __get__ rewrites the class it is found on.
class Rewriter:
    def __get__(self, obj, owner):
        owner.other = "set by get"
        return "got"


class RW:
    thing = Rewriter()
    other = "before"


rw = RW()
got = []
for i in range(3):
    got.append(rw.other)
    got.append(rw.thing)
print(got)
