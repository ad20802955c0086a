# The attribute cache's present proof (objects/attr_cache.h): a LOAD_ATTR / STORE_ATTR /
# LOAD_METHOD site that found a name in an instance dict remembers the dict's keys_version
# and the entry number, and reads (or replaces) the value at that entry, with no key
# compare, in every dict with that keys_version. A key-set number must therefore name the
# keys *and* their entry numbers; every way that two dicts could share a number with the
# name at different entries, or a lookup could find another entry, must be seen by a site
# that is hot before the change.


def load(o, n=30):
    r = None
    for _ in range(n):
        r = o.x
    return r


def store(o, v, n=30):
    for i in range(n):
        o.x = v


class C:
    pass


def make(*names):
    o = C()
    for k in names:
        setattr(o, k, k + "-val")
    return o


# A copy of a dict with a deleted entry: its entries move down. If the copy kept the
# source's number, the site would read the source's entry number in it (here "c").
a = make("a", "b", "x", "c", "d")
del a.b
print("holes", load(a), list(vars(a)))
b = C()
b.__dict__ = a.__dict__.copy()
print("copy of holes", load(b), load(a), list(vars(b)))
store(b, "stored-b")
print("store into copy", vars(b), vars(a))
store(a, "stored-a")
print("store into source", vars(a), vars(b))

# The same with dict(d), {**d}, d | {} and copy.copy: each builds a dict.
import copy
for label, mk in [("dict()", dict), ("{**d}", lambda d: {**d}), ("d | {}", lambda d: d | {}),
                  ("copy.copy", copy.copy)]:
    a = make("a", "b", "x", "c", "d")
    del a.b
    load(a)
    store(a, "s")
    b = C()
    b.__dict__ = mk(a.__dict__)
    print(label, load(b), list(vars(b)))
    store(b, label)
    print(label, "stored", vars(b))

# A copy of a dict without holes keeps the number (the same entries): both served.
a = make("a", "x", "c")
b = C()
b.__dict__ = a.__dict__.copy()
b.__dict__["x"] = "b-own"
print("copy no holes", load(a), load(b))

# A deletion then a re-add moves the name to the end.
a = make("x", "a", "b")
print("before del", load(a))
del a.x
a.x = "re-added"
print("re-added", load(a), list(vars(a)))
store(a, "re-stored")
print("re-stored", vars(a))

# Deletions and growth: a resize compacts the entries of a dict with holes.
a = make("a", "b", "c", "x")
load(a)
store(a, "v")
del a.a
del a.b
for i in range(30):
    setattr(a, "k%d" % i, i)
print("after resize", load(a), list(vars(a))[:4])
store(a, "after-resize")
print("stored after resize", a.x, a.k0, a.c)

# Instances of one class with the same names in other orders: each order its own number.
objs = [make("x", "a", "b"), make("a", "x", "b"), make("a", "b", "x"), make("b", "a", "x")]
for i, o in enumerate(objs):
    o.x = "x%d" % i
out = []
for _ in range(20):
    for o in objs:
        out.append(o.x)
print("orders", sorted(set(out)))
for r in range(5):
    for i, o in enumerate(objs):
        o.x = "r%d-%d" % (r, i)
print("orders stored", [o.x for o in objs], [list(vars(o)) for o in objs][1])

# Subsets: one instance lacks an attribute the others have before x.
objs = [make("a", "x"), make("x"), make("a", "b", "x"), make("b", "x")]
print("subsets", [load(o) for o in objs])


# Two classes whose instances get the same names in the same order share numbers; one
# site (a base-class method) serves both.
class P:
    def get(self):
        return self.x

    def put(self, v):
        self.x = v


class Q(P):
    pass


class R(P):
    pass


p, q, r = P(), Q(), R()
for o in (p, q, r):
    o.a = 1
    o.x = type(o).__name__
print("classes", [o.get() for o in (p, q, r) for _ in range(10)][::10])
for o in (p, q, r):
    o.put(type(o).__name__ + "!")
print("classes stored", [o.get() for o in (p, q, r)])
r.__dict__ = {"x": "r-new", "a": 2}
print("classes replaced", [o.get() for o in (p, q, r) for _ in range(10)][::10])


# __dict__ replaced by dicts with the same names in another order, swapped, shared.
a = make("a", "x")
b = make("x", "a")
print("swap before", load(a), load(b))
a.__dict__, b.__dict__ = b.__dict__, a.__dict__
print("swap after", load(a), load(b))
store(a, "A")
store(b, "B")
print("swap stored", vars(a), vars(b))
a.__dict__ = b.__dict__
store(a, "shared")
print("shared", load(a), load(b), vars(b))


# A dict subclass as __dict__: instance attribute access reads the dict itself.
class MyDict(dict):
    def __getitem__(self, k):
        return "getitem"


a = make("a", "x")
load(a)
store(a, "plain")
a.__dict__ = MyDict(a="1", x="from-subclass")
print("dict subclass", load(a))
store(a, "into-subclass")
print("dict subclass stored", dict(a.__dict__), type(a.__dict__).__name__)


# clear, popitem, pop, update, setdefault, item assignment through vars().
a = make("a", "x", "b")
load(a)
a.__dict__.clear()
print("cleared", getattr(a, "x", "missing"))
a.x = "after-clear"
print("after clear", load(a))
a.y = 1
a.__dict__.popitem()
a.__dict__.popitem()
print("popitem", getattr(a, "x", "missing"), vars(a))
a.x = 1
a.z = 2
a.__dict__.pop("x")
print("pop", getattr(a, "x", "missing"))
a.__dict__.update(x="updated")
print("update", load(a))
vars(a)["x"] = "vars-item"
print("vars item", load(a))
del a.x
a.__dict__.setdefault("x", "setdefault")
print("setdefault", load(a), list(vars(a)))


# A str-subclass key with the name's hash, ahead of the name in the probe sequence: the
# lookup meets it first; while its class's __eq__ says "not equal" the name itself is
# found, and once that __eq__ is deleted the subclass key matches instead. No proof may
# be recorded past such a key. (The instance dicts here are of a dict subclass: CPython
# 3.11 then never specializes these sites, whose hinted form would check the key's
# identity only, and always does the lookup the language defines.)
class Plain(dict):
    pass


class S(str):
    def __eq__(self, other):
        return False

    def __hash__(self):
        return str.__hash__(self)


a = C()
a.__dict__ = Plain()
z = S("x")
a.__dict__[z] = "z"           # takes the first slot of the name's probe sequence
a.x = "the-name"              # after it
del a.__dict__[z]             # the first slot is left deleted
y = S("x")
a.__dict__[y] = "subclass-key"  # reuses it: ahead of the name
print("odd eq", load(a))
store(a, "stored-name")
print("odd eq stored", load(a), sorted(map(repr, a.__dict__.values())))
del S.__eq__
print("eq deleted", load(a))
store(a, "stored-after")
print("eq deleted stored", load(a), sorted(map(repr, a.__dict__.values())))


# The subclass key after the name: the name is found first whatever the comparison says.
class T(str):
    def __eq__(self, other):
        return False

    def __hash__(self):
        return str.__hash__(self)


a = C()
a.__dict__ = Plain()
a.x = "name-first"
a.__dict__[T("x")] = "t-key"
print("name first", load(a))
store(a, "name-first-stored")
del T.__eq__
print("name first eq deleted", load(a))


# A data descriptor added to the class while the sites are hot, then removed.
class D:
    pass


d = D()
d.a = 1
d.x = "inst"
print("descriptor before", load(d))
store(d, "inst2")
D.x = property(lambda self: "property", lambda self, v: print("setter", v))
print("descriptor added", load(d))
store(d, "via-setter", n=2)
del D.x
print("descriptor removed", load(d))
store(d, "inst3")
print("descriptor removed stored", load(d))


# A method shadowed by an instance attribute at a known entry, then unshadowed.
class M:
    def m(self):
        return "method"


def call(o, n=30):
    r = None
    for _ in range(n):
        r = o.m()
    return r


o = M()
o.a = 1
print("method", call(o))
o.m = lambda: "shadow"
print("shadowed", call(o))
del o.m
print("unshadowed", call(o))
o.b = 2
o.m = lambda: "shadow2"
print("shadowed again", call(o))


# A replaced value's __del__ changes the dict during the store: the proof recorded by the
# store must be the one read before the release.
class Noisy:
    def __init__(self, owner, action):
        self.owner = owner
        self.action = action

    def __del__(self):
        self.action(self.owner)


def drop_a(o):
    o.__dict__.pop("a", None)


def add_many(o):
    for i in range(12):
        o.__dict__["n%d" % i] = i


def drop_a_and_grow(o):
    drop_a(o)
    add_many(o)               # the resize moves the entries down: x from 1 to 0, b to 1


for label, action in [("del pops", drop_a), ("del grows", add_many), ("del pops and grows", drop_a_and_grow)]:
    o = C()
    o.a = "a"
    o.x = "first"
    o.b = "b"
    store(o, "warm")
    o.x = Noisy(o, action)
    o.x = "replaced"          # the old value's __del__ runs here
    store(o, "after")
    print(label, load(o), sorted(vars(o))[:4], o.__dict__.get("b"))

# The same release in a store whose site has no proof for the dict yet (a new code object
# each time): the slow store records the entry number with the key-set number read before
# the release, and the load after it shares that site's entry.
PUT_THEN_GET = '''
def put_then_get(o, v, n=30):
    o.x = v
    r = None
    for _ in range(n):
        r = o.x
    return r
'''
for label, action in [("slow del pops", drop_a), ("slow del grows", add_many),
                      ("slow del pops and grows", drop_a_and_grow)]:
    ns = {}
    exec(PUT_THEN_GET, ns)

    class Small:              # a new class: its instance dicts start minimal (8 slots)
        pass

    o = Small()
    o.a = "a"
    o.x = Noisy(o, action)
    o.b = "b"
    print(label, ns["put_then_get"](o, "replaced"), sorted(vars(o))[:4], o.__dict__.get("b"))


# Many instances made and freed (dicts at reused addresses), attributes set in one of
# three orders, read and written by one hot site.
class N:
    def __init__(self, i):
        order = i % 3
        if order == 0:
            self.a = i; self.x = i; self.b = i
        elif order == 1:
            self.x = i; self.a = i; self.b = i
        else:
            self.b = i; self.a = i
            if i % 2:
                self.x = i

    def bump(self):
        self.x = self.x + 1 if "x" in self.__dict__ else -1
        return self.x


total = 0
for i in range(3000):
    n = N(i)
    total += n.bump() + n.a
    if i % 11 == 0:
        del n.a
        n.a = 0
        total += n.bump()
print("many", total)
