# The per-instruction attribute cache of LOAD_ATTR / STORE_ATTR / LOAD_METHOD
# (objects/attr_cache.h): each site below runs many times, so it is cached, and then the
# class, the instance or the type of the instance changes under it. Every result must be
# what the generic lookup gives.


class P:
    cv = 10

    def __init__(self):
        self.x = 1

    def m(self):
        return "P.m"


def loads(o, n=6):
    out = []
    for _ in range(n):
        out.append((o.x, o.cv, o.m()))
    return out


p = P()
print(loads(p))

# A class value shadowed by an instance attribute, then the instance attribute removed.
p.cv = 11
print(loads(p)[-1])
del p.cv
print(loads(p)[-1])

# A method shadowed by a callable in the instance dict (LOAD_METHOD must not bind it).
p.m = lambda: "instance m"
print(loads(p)[-1])
del p.m
print(loads(p)[-1])

# The class attribute becomes a data descriptor: loads and stores go through it.
log = []


def get_x(self):
    log.append("get")
    return "prop"


def set_x(self, v):
    log.append(("set", v))


def stores(o, n=4):
    for i in range(n):
        o.x = i


stores(p)
print(p.__dict__)
P.x = property(get_x, set_x)
stores(p)
print(loads(p, 2), log, p.__dict__)
del P.x
print(loads(p, 2))

# A non-data descriptor of a heap class on the type; the instance dict wins over it.
class NonData:
    def __get__(self, obj, owner):
        return "nondata"


P.cv = NonData()
print(loads(p, 2)[-1])
p.cv = "inst"
print(loads(p, 2)[-1])
# ... and then the descriptor's class gains __set__: it is a data descriptor now.
NonData.__set__ = lambda self, obj, v: log.append(("nd-set", v))
print(loads(p, 2)[-1])
stores_cv = []
for i in range(3):
    p.cv = i
print(log[-3:], p.__dict__["cv"])
del NonData.__set__
del P.cv

# A class value of a static type replaced by a method, by a staticmethod, by a classmethod.
class Q:
    k = 1


q = Q()
res = []
for i in range(12):
    if i == 3:
        Q.k = lambda self: "meth"
    if i == 6:
        Q.k = staticmethod(lambda: "static")
    if i == 9:
        Q.k = classmethod(lambda cls: cls.__name__)
    v = q.k
    res.append(v if not callable(v) else v())
print(res)

# __class__ assignment between compatible classes in the middle of a loop.
class R1:
    def who(self):
        return "R1"

    tag = "r1"


class R2:
    def who(self):
        return "R2"


r = R1()
r.x = 0
out = []
for i in range(8):
    if i == 4:
        r.__class__ = R2
    try:
        t = r.tag
    except AttributeError as e:
        t = str(e)
    out.append((r.who(), t, r.x))
    r.x += 1
print(out)

# __getattribute__, __getattr__ and __setattr__ added to the class while sites are cached.
class H:
    pass


h = H()
h.a = 1
seen = []


def touch(o):
    o.a = o.a + 1
    try:
        return o.missing
    except AttributeError as e:
        return str(e)


for i in range(9):
    if i == 3:
        H.__getattr__ = lambda self, name: "getattr:" + name
    if i == 5:
        H.__getattribute__ = lambda self, name: 100 if name == "a" else object.__getattribute__(self, name)
    if i == 7:
        H.__setattr__ = lambda self, name, v: seen.append((name, v))
    seen.append(touch(h))
print(seen, h.__dict__)
del H.__getattribute__, H.__getattr__, H.__setattr__
print(touch(h), h.__dict__)

# The instance dict replaced, written through vars() and through __dict__, cleared.
class V:
    pass


v = V()
v.a = 1
got = []
for i in range(10):
    if i == 2:
        v.__dict__ = {"a": 20}
    if i == 4:
        vars(v)["a"] = 40
    if i == 6:
        v.__dict__.clear()
    if i == 8:
        v.__dict__["a"] = 80
    try:
        got.append(v.a)
    except AttributeError as e:
        got.append(str(e))
print(got)

# __slots__: slot attributes are data descriptors; a class without a dict cannot store others.
class S:
    __slots__ = ("a", "b")


class SD(S):
    pass  # has a __dict__ again


s = S()
sd = SD()
acc = []
for i in range(5):
    s.a = i
    sd.a = i * 2
    sd.c = i * 3
    acc.append((s.a, sd.a, sd.c))
print(acc, sd.__dict__["c"])  # (Bastion keeps slot values of a class with a __dict__ in it)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
del s.a
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)

# Metaclass attributes: found on the class's type, not on the class.
class Meta(type):
    flavour = "meta"

    def hello(cls):
        return "hello " + cls.__name__


class WithMeta(metaclass=Meta):
    pass


print([(WithMeta.flavour, WithMeta.hello()) for _ in range(3)][-1])
try:
    WithMeta().flavour
except AttributeError as e:
    print("AttributeError:", e)

# One site, many types (polymorphic), including builtins and a missing attribute.
class T1:
    def __init__(self):
        self.real = "t1"


items = [T1(), 3, 2.5, 1 + 2j, T1(), True]
print([o.real for o in items * 3][:7])
for o in [T1(), object(), T1()]:
    try:
        print(o.real)
    except AttributeError as e:
        print("AttributeError:", e)

# Native methods through LOAD_METHOD: a subclass overrides one, an instance shadows one.
class MyList(list):
    def append(self, x):
        super().append(x * 10)


seqs = [[], MyList(), []]
for i in range(4):
    for sq in seqs:
        sq.append(i)
print(seqs)
