# The per-instruction attribute cache is two-way (a pair of entries per hash): many sites
# and types at once, colliding keys, the first attribute store making the instance dict,
# and everything the generic path would do in between (objects/attr_cache.h).
import gc


# Many classes through the same sites, and many sites on one class: keys collide in the
# table; every read must still see what the generic lookup sees.
def make_classes(n):
    out = []
    for i in range(n):
        ns = {"k": i, "get": (lambda self: self.v + self.k)}
        out.append(type("C%d" % i, (), ns))
    return out


classes = make_classes(300)
objs = [c() for c in classes]
for i, o in enumerate(objs):
    o.v = i * 10
for rnd in range(3):
    total = 0
    for o in objs:
        total += o.get() + o.k + o.v
    print("round", rnd, total)

# Change class attributes mid-loop; shadow and unshadow with instance attributes.
for rnd in range(4):
    acc = []
    for i, o in enumerate(objs[:20]):
        if rnd == 1 and i % 3 == 0:
            o.k = -1          # shadow the class attribute
        if rnd == 2 and i % 3 == 0:
            del o.k           # unshadow
        if rnd == 3 and i % 4 == 0:
            type(o).k = 1000  # class attribute changed
        acc.append(o.k)
    print(rnd, acc)


# A hundred sites reading the same attribute from instances of two classes.
class A:
    x = "A.x"


class B:
    def __init__(self):
        self.x = "B.x"


src = "def reader(o):\n    r = []\n" + "".join("    r.append(o.x)\n" for _ in range(100)) + "    return r\n"
ns = {}
exec(src, ns)
reader = ns["reader"]
for o in (A(), B(), A(), B()):
    r = reader(o)
    print(type(o).__name__, len(r), set(r))

# A data descriptor added to the class later wins over the instance dict.
b = B()
print(reader(b)[0])
B.x = property(lambda self: "property")
print(reader(b)[0], reader(b)[-1])
del B.x
print(reader(b)[0])


# First attribute store: the dict is made holding the attribute.
class Fresh:
    pass


f = Fresh()
print(vars(f))
f.a = 1
d = f.__dict__
print(d, vars(f) is d)
f.b = 2
print(d, list(d))
d["c"] = 3
print(f.c)
del f.a
print(d, hasattr(f, "a"))
f.a = 4
print(list(d.items()))

# Different attribute orders in instances of one class.
class Ordered:
    pass


xs = []
for i in range(6):
    o = Ordered()
    if i % 2:
        o.p = i
        o.q = -i
    else:
        o.q = -i
        o.p = i
    o.r = i * i
    xs.append(o)
for o in xs:
    print(list(vars(o).items()), o.p, o.q, o.r)

# __dict__ replaced by assignment before the first store, and after.
g = Fresh()
g.__dict__ = {"z": 26}
g.y = 25
print(sorted(vars(g).items()))
h = Fresh()
h.w = 1
h.__dict__ = {}
h.w = 2
print(vars(h))

# Many attributes, first stored in a loop.
m = Fresh()
for i in range(40):
    setattr(m, "a%d" % i, i)
for i in range(40):
    m.__dict__["a%d" % i] += 0
print(len(vars(m)), m.a0, m.a39)


# __class__ assignment between stores.
class Other:
    y = "Other.y"


c = Fresh()
c.x = 1
c.__class__ = Other
c.z = 3
print(type(c).__name__, vars(c), c.y)


# __slots__ classes have no instance dict.
class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
print(s.a, hasattr(s, "__dict__"))


# A finalizer that runs during the first store's allocation (a collection) and gives the
# same instance an attribute: the store still ends with exactly the stored attribute, as
# the generic path's fresh dict does.
class Victim:
    pass


class Victim2:
    pass


holder = {}


class Finalizer:
    def __del__(self):
        v = holder.get("v")
        if v is not None:
            holder["done"] = True
            v.extra = 1           # may run inside the store of v.first
            v.__class__ = Victim2 # and change its class


def churn(n):
    for i in range(n):
        a = Finalizer()
        a.me = a
        v = Victim()
        holder["v"] = v
        v.first = i
        if v.first != i:
            print("unexpected", vars(v))


gc.collect()
old = gc.get_threshold()
gc.set_threshold(5)
churn(300)
gc.set_threshold(*old)
gc.collect()
print("churn ok", holder.get("done"))
