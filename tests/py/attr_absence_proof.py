# The attribute cache's absence proof (objects/attr_cache.h): a LOAD_METHOD / LOAD_ATTR site
# that found a name absent from an instance dict remembers that dict's keys_version and
# skips the probe while it is unchanged. Every way of putting the name into an instance
# dict (or of giving the instance another dict) must be seen by a hot site.


class C:
    x = "class-x"

    def m(self):
        return "method"


def own(tag):
    return lambda: "own-" + tag


# The site: one LOAD_METHOD and one LOAD_ATTR, run hot before every change.
def probe(o, n=30):
    r = None
    for _ in range(n):
        r = (o.m(), o.x)
    return r


def step(label, o, change):
    before = probe(o)
    change(o)
    print(label, before, "->", probe(o))


def set_m(o):
    o.m = own("setattr")


step("setattr", C(), set_m)
step("setattr builtin", C(), lambda o: setattr(o, "m", own("setattr2")))
step("__dict__.update", C(), lambda o: o.__dict__.update(m=own("update"), x="inst-x"))
step("vars()[...]", C(), lambda o: vars(o).__setitem__("m", own("vars")))
step("__dict__[...]", C(), lambda o: o.__dict__.__setitem__("x", "inst-x"))
step("setdefault", C(), lambda o: o.__dict__.setdefault("m", own("setdefault")))
step("__dict__ replaced", C(), lambda o: setattr(o, "__dict__", {"m": own("replaced"), "x": 1}))


# With other attributes already present (the dict is not empty when the proof is made).
def filled():
    o = C()
    o.a = 1
    o.b = 2
    return o


step("filled setattr", filled(), set_m)
step("filled setdefault", filled(), lambda o: o.__dict__.setdefault("x", "sd-x"))
step("filled update", filled(), lambda o: o.__dict__.update({"m": own("upd")}))
step("filled |=", filled(), lambda o: o.__dict__.__ior__({"x": "ior-x"}))


# A resize: many keys added, the name among the last.
def many(o):
    for i in range(40):
        setattr(o, "k%d" % i, i)
    o.m = own("after-resize")


step("resize", filled(), many)


# Shadowed, then deleted again, then cleared, popitem'd: each change seen.
o = filled()
print("start", probe(o))
o.m = own("1")
o.x = "inst-x"
print("shadowed", probe(o))
del o.m
print("del m", probe(o))
del o.__dict__["x"]
print("del x", probe(o))
o.__dict__.pop("a")
print("pop a", probe(o), sorted(o.__dict__))
o.x = "again"
o.m = own("2")
print("again", probe(o))
o.__dict__.clear()
print("cleared", probe(o), o.__dict__)
o.m = own("3")
print("after clear", probe(o))
print("popitem", o.__dict__.popitem()[0], probe(o))
o.x = "last"
print("x set", probe(o))
o.__dict__.popitem()
print("popitem x", probe(o))


# An empty dict given as __dict__ (never held a key), then filled through another name.
o = C()
d = {}
o.__dict__ = d
print("empty dict", probe(o))
o.__dict__ = {}
print("another empty dict", probe(o))
o.__dict__ = d
d["m"] = own("via-d")
print("d filled", probe(o))
e = {}
o.__dict__ = e
print("empty again", probe(o))
e.update(x="e-x")
print("e filled", probe(o))
o.__dict__ = dict(e)
print("copy", probe(o))
o.__dict__ = {}.copy()
print("empty copy", probe(o))


# Instances of one class sharing the sites: one plain, one shadowing, alternating.
def alternate(objs, rounds=20):
    out = []
    for i in range(rounds):
        for o in objs:
            out.append(o.m()[:6] + ":" + str(o.x)[:6])
    return sorted(set(out)), len(out)


a, b = C(), C()
a.v = b.v = 0
b.m = own("b")
print("shared site", alternate([a, b]))
b.x = 5
del b.m
print("shared site 2", alternate([a, b]))
a.m = own("a")
print("shared site 3", alternate([a, b]))


# An instance dict swapped between objects, and one dict shared by two objects.
a, b = C(), C()
a.p = 1
b.q = 2
b.m = own("b-dict")
print("before swap", probe(a), probe(b))
a.__dict__, b.__dict__ = b.__dict__, a.__dict__
print("after swap", probe(a), probe(b))
a.__dict__ = b.__dict__
print("shared dict", probe(a), probe(b))
b.m = own("shared")
print("shared dict written", probe(a), probe(b))
del a.m
print("shared dict deleted", probe(a), probe(b))


# Many instances made and freed, so dicts come back at freed addresses: every seventh
# instance shadows the method in __init__, every fifth the class value.
class D(C):
    def __init__(self, i):
        self.i = i
        if i % 7 == 0:
            self.m = own("d")
        if i % 5 == 0:
            self.x = i


counts = {}
for i in range(3000):
    o = D(i)
    key = (o.m()[:5], o.x if isinstance(o.x, str) else "int")
    counts[key] = counts.get(key, 0) + 1
    del o
print("many instances", sorted(counts.items()))

# The same, with the shadowing attribute added after the site ran on the instance.
counts = {}
for i in range(3000):
    o = D(i + 1)
    first = o.m()[:5]
    if i % 3 == 0:
        o.m = own("late")
    counts[(first, o.m()[:5])] = counts.get((first, o.m()[:5]), 0) + 1
print("late shadowing", sorted(counts.items()))


# Subclasses: one site sees instances of a base and of two subclasses, one overriding.
class E(C):
    pass


class F(C):
    def m(self):
        return "F.m"

    x = "F-x"


objs = [C(), E(), F(), E()]
for o in objs:
    o.w = 1
print("subclasses", [probe(o) for o in objs])
objs[1].m = own("e1")
objs[2].x = "f-inst"
print("subclasses shadowed", [probe(o) for o in objs])
del objs[1].m
del objs[2].x
print("subclasses unshadowed", [probe(o) for o in objs])


# __slots__ classes: no instance dict, or a __dict__ slot.
class S1:
    __slots__ = ("a",)

    def m(self):
        return "S1.m"

    x = "S1-x"


class S2:
    __slots__ = ("a", "__dict__")

    def m(self):
        return "S2.m"

    x = "S2-x"


s1 = S1()
s1.a = 1
print("slots", probe(s1))
try:
    s1.m = own("no")
except AttributeError as exc:
    print("slots AttributeError", type(exc).__name__)
s2 = S2()
s2.a = 1
print("slots+dict", probe(s2))
s2.m = own("s2")
s2.x = "s2-inst"
print("slots+dict shadowed", probe(s2))
del s2.m
print("slots+dict unshadowed", probe(s2))


# A class attribute shadowed by an instance attribute, then unshadowed, many times.
class G:
    x = "G-x"
    y = 7

    def m(self):
        return "G.m"


g = G()
g.z = 0
seen = []
for i in range(60):
    seen.append((g.x, g.y, g.m()))
    if i % 10 == 3:
        g.x = i
    if i % 10 == 6:
        del g.x
    if i % 20 == 8:
        g.m = own(str(i))
    if i % 20 == 15:
        del g.m
    if i % 30 == 20:
        g.__dict__["y"] = -i
    if i % 30 == 25:
        g.__dict__.pop("y")
print("shadow cycle", sorted(set(map(str, seen))))


# Instances whose names were set in the same order share key-set numbers: a proof made on
# one instance after a removal must not serve another that still holds the name.
class K:
    x = "K-x"

    def m(self):
        return "K.m"


def removals():
    yield "del attr", lambda o: delattr(o, "m")
    yield "del item", lambda o: o.__dict__.__delitem__("m")
    yield "pop", lambda o: o.__dict__.pop("m")
    yield "popitem", lambda o: o.__dict__.popitem()
    yield "clear", lambda o: o.__dict__.clear()


for label, remove in removals():
    k1, k2, k3 = K(), K(), K()
    for k in (k1, k2, k3):
        k.a = 1
        k.x = "own-x"
        k.m = own("k")
    print("same names", label, probe(k1), probe(k2))
    remove(k1)
    print("  removed from k1", probe(k1), probe(k2), probe(k3), probe(k1))
    k1.m = own("back")
    print("  back", probe(k1), probe(k2))

# The same names in another order, and a proper subset.
k1, k2, k3 = K(), K(), K()
k1.a, k1.b = 1, 2
k2.b, k2.a = 1, 2
k3.a = 1
for i in range(3):
    print("orders", probe(k1), probe(k2), probe(k3))
    if i == 0:
        k2.m = own("k2")
    if i == 1:
        k3.b = 2
        k3.m = own("k3")


# A str subclass key equal to the name: found while it compares as str does. Its class
# gaining an __eq__ that says no, then losing it again, changes the result with no change
# to the dict's keys.
class Name(str):
    def __eq__(self, other):
        return False

    __hash__ = str.__hash__


o = C()
o.a = 1
o.__dict__[Name("m")] = own("name-key")
print("str subclass with __eq__", probe(o))
del Name.__eq__
print("str subclass __eq__ deleted", probe(o))
Name.__eq__ = lambda self, other: False
print("str subclass __eq__ again", probe(o))


# A dict subclass as __dict__.
class MyDict(dict):
    pass


o = C()
o.__dict__ = MyDict(a=1)
print("dict subclass", probe(o))
o.__dict__["m"] = own("mydict")
print("dict subclass written", probe(o))
o.__dict__.clear()
print("dict subclass cleared", probe(o))


# AttributeError for a name absent everywhere stays an error after the instance dict changes.
class H:
    pass


h = H()
h.a = 1
errs = 0
for i in range(40):
    try:
        h.missing
    except AttributeError:
        errs += 1
    if i == 20:
        h.missing = "now"
print("absent everywhere", errs, h.missing)
del h.missing
try:
    h.missing
except AttributeError as exc:
    print("absent again", exc)
