# `self.x` — LOAD_FAST followed by LOAD_ATTR / STORE_ATTR / LOAD_METHOD — on a receiver in a
# local: the attribute site's hits, misses, type changes and every way the class or the
# instance can change under a warm site, with the errors and traceback lines of the pair.
import sys
import traceback


def last_line(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno - FIRST


FIRST = sys._getframe().f_lineno


class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def get(self):
        return self.x

    def bump(self, n):
        self.x = self.x + n
        return self.x


def warm(o, n):
    t = 0
    for _ in range(n):
        t += o.x
        o.y = o.y + 1
        t += o.get()
    return t


# Hits, on one type and on several (the site's ways, then the global table).
p = P(3)
print("hit", warm(p, 50), p.y)


class Q(P):
    pass


class R(P):
    def get(self):
        return -self.x


class S(P):
    x = 100  # shadowed by the instance attribute


class T(P):
    pass


objs = [P(1), Q(2), R(3), S(4), T(5), Q(6), P(7)]
for o in objs * 3:
    print(type(o).__name__, warm(o, 3), o.y)

# A miss: the attribute is absent from the instance, found on the class.
class C:
    k = "class"


def read_k(o):
    return o.k


c = C()
print([read_k(c) for _ in range(3)])
c.k = "inst"
print([read_k(c) for _ in range(3)])
del c.k
print([read_k(c) for _ in range(3)])

# The class gains a property while the site is warm (load and store).
class G:
    def __init__(self):
        self.v = 1


def gv(o):
    return o.v


def sv(o, val):
    o.v = val


g = G()
for i in range(5):
    sv(g, i)
    gv(g)
print("before property", gv(g))
G.v = property(lambda self: "prop", lambda self, val: print("setter", val))
print("after property", gv(g))
sv(g, 42)
print("dict", g.__dict__)
del G.v
print("property gone", gv(g))

# The class gains __getattr__ (missing attributes only) and __getattribute__ while warm.
class H:
    def __init__(self):
        self.a = 1


def ga(o):
    return o.a


def gb(o):
    try:
        return o.b
    except AttributeError as e:
        return "AttributeError " + str(e)


h = H()
print([ga(h) for _ in range(3)], gb(h))
H.__getattr__ = lambda self, name: "getattr " + name
print([ga(h) for _ in range(3)], gb(h))
H.__getattribute__ = lambda self, name: "getattribute " + name
print([ga(h) for _ in range(3)], gb(h))
del H.__getattribute__
del H.__getattr__
print([ga(h) for _ in range(3)], gb(h))

# __setattr__ added while a store site is warm.
class W:
    pass


def wset(o, v):
    o.w = v
    return o.w


w = W()
print([wset(w, i) for i in range(3)])
W.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
print([wset(w, i) for i in range(3)])
del W.__setattr__
print([wset(w, i) for i in range(3)])

# A class with __slots__ reaches the same warm sites.
class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x
        self.y = 0

    def get(self):
        return self.x * 1000


print("slots", warm(Slotted(2), 3), warm(P(2), 3), warm(Slotted(3), 2))

# The instance dict replaced while warm, then emptied, then given other keys.
class D:
    def __init__(self):
        self.m = 1
        self.n = 2


def dm(o):
    return o.m


def setm(o, v):
    o.m = v


d = D()
print([dm(d) for _ in range(3)])
d.__dict__ = {"n": 5, "m": 9}
print([dm(d) for _ in range(3)])
setm(d, 10)
print(d.__dict__)
d.__dict__ = {}
try:
    dm(d)
except AttributeError as e:
    print("AttributeError", e, last_line(e))
setm(d, 11)
print(d.__dict__, dm(d))

# `del self.x` then the load: AttributeError at the load's line.
class E:
    def __init__(self):
        self.x = 1

    def drop_and_read(self):
        del self.x
        return self.x

    def read(self):
        return self.x


e_obj = E()
for _ in range(3):
    e_obj.read()
try:
    e_obj.drop_and_read()
except AttributeError as e:
    print("AttributeError", e, last_line(e))
try:
    E.read(e_obj)
except AttributeError as e:
    print("AttributeError", e, last_line(e))
    print(traceback.format_exception_only(type(e), e)[-1].strip())

# A local that is unbound: UnboundLocalError before anything else.
def unbound(flag):
    if flag:
        o = P(1)
    return o.x


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e, last_line(e))


def unbound_store(flag, v):
    if flag:
        o = P(1)
    o.x = v
    return v


print(unbound_store(True, 3))
try:
    unbound_store(False, 4)
except UnboundLocalError as e:
    print("UnboundLocalError", e, last_line(e))


def unbound_method(flag):
    if flag:
        o = P(1)
    return o.get()


print(unbound_method(True))
try:
    unbound_method(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e, last_line(e))

# __del__ of the value a store replaces, rebinding things while the store runs.
log = []


class Holder:
    def __init__(self):
        self.slot = None


class Rebinder:
    def __init__(self, holder, what):
        self.holder = holder
        self.what = what

    def __del__(self):
        h = self.holder
        caller = sys._getframe(1)
        log.append("del " + self.what + " in " + caller.f_code.co_name + " at " + str(caller.f_lineno - FIRST))
        if self.what == "dict":
            h.__dict__ = {"slot": "fresh"}
        elif self.what == "class":
            h.__class__ = Holder2
        elif self.what == "delattr":
            del h.slot
        elif self.what == "classattr":
            Holder.slot = property(lambda self: "prop")


class Holder2:
    pass


def store(h, v):
    h.slot = v
    return 1


for what in ("dict", "class", "delattr", "plain"):
    h = Holder()
    for _ in range(3):
        store(h, 0)
    store(h, Rebinder(h, what))
    store(h, "next")
    print(what, type(h).__name__, h.__dict__, log)
    log.clear()

h = Holder()
for _ in range(3):
    store(h, 0)
store(h, Rebinder(h, "classattr"))
store(h, "next")
try:
    store(h, "again")
except AttributeError as e:
    print("AttributeError", e, last_line(e))
print(type(h).__name__, h.__dict__, log)
del Holder.slot
log.clear()

# Receivers that are a module, a class and an int.
def mod_attr(m):
    return m.maxsize > 0


def cls_attr(k):
    k.counter = k.counter + 1
    return k.counter


def int_attr(i):
    return i.real, i.bit_length(), i.denominator


class K:
    counter = 0


print([mod_attr(sys) for _ in range(3)])
print([cls_attr(K) for _ in range(3)])
print([int_attr(i) for i in (1, 255, -7)])
try:
    int_attr(1.5)
except AttributeError as e:
    print("AttributeError", e, last_line(e))

# LOAD_METHOD: an instance attribute shadowing a method, a staticmethod, a classmethod,
# a method replaced on the class while warm, a super object in a local.
class M:
    def f(self):
        return "method"

    @staticmethod
    def s():
        return "static"

    @classmethod
    def c(cls):
        return "classmethod " + cls.__name__


class M2(M):
    def f(self):
        sup = super()
        return "sub+" + sup.f()


def calls(o):
    return o.f(), o.s(), o.c()


m = M()
print([calls(m) for _ in range(2)])
m.f = lambda: "instance"
print(calls(m))
del m.f
M.f = lambda self: "replaced"
print(calls(m))
print([calls(M2()) for _ in range(2)])

# A store that adds a new attribute (the dict grows) at a warm site.
class N:
    pass


def set_named(o, v):
    o.a = v
    o.b = v
    o.c = v


objs = [N() for _ in range(4)]
for i, o in enumerate(objs):
    if i % 2:
        o.z = 0
    set_named(o, i)
print([sorted(o.__dict__.items()) for o in objs])

# Stores whose value drops the last reference of the old one (no __del__), many times.
class Big:
    def __init__(self):
        self.items = []

    def refill(self, n):
        for i in range(n):
            self.items = [i] * 3
        return self.items


print(Big().refill(100))

# One site meeting types with no version tag: a class never recorded (its metaclass has
# its own mro()) and a class whose dict was just written, alternately, and a new class.
class OwnMro(type):
    def mro(cls):
        return type.mro(cls)


class Unrecorded(metaclass=OwnMro):
    v = "unrecorded"
    def m(self):
        return "unrecorded.m"


class Written:
    v = "written"
    def m(self):
        return "written.m"


def site(o):
    return o.v, o.m()


u, wr = Unrecorded(), Written()
rows = []
for i in range(6):
    Written.v = "written%d" % i
    rows.append(site(u) + site(wr))
    Fresh = type("Fresh", (), {"v": "fresh%d" % i, "m": lambda self: "fresh.m"})
    rows.append(site(Fresh()))
    Unrecorded.v = "unrecorded%d" % i
for r in rows:
    print(r)
