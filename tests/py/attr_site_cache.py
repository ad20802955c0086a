# The code objects' own attribute entries (objects/type_cache.h AttrSiteTable): one entry
# per name index of a code object, keyed by one type and checked by its record; other
# types go to the global table. Each case below would print something else if an entry
# went stale or served the wrong type, code object or name.
import types


# One code object run by several functions (closures and FunctionType(code, globals)):
# the entries belong to the code, so every function shares them.
def make_getter():
    def get(o):
        return o.value
    return get


class A:
    def __init__(self, v):
        self.value = v


class B:
    value = "B.class"


g1 = make_getter()
g2 = make_getter()
assert g1.__code__ is g2.__code__
g3 = types.FunctionType(g1.__code__, {"__builtins__": __builtins__})
out = []
for i in range(30):
    out.append(g1(A(i)) if i % 3 == 0 else g2(B()) if i % 3 == 1 else g3(A(-i)))
print("shared code:", out)


# code.replace(): the new code object starts with no entries; both keep their own.
def reader(o):
    return o.value, o.other


class C:
    value = 1
    other = 2


c = C()
for _ in range(20):
    reader(c)
renamed = reader.__code__.replace(co_names=("other", "value"))  # the names swapped
reader2 = types.FunctionType(renamed, globals())
print("replace:", reader(c), reader2(c))
for _ in range(5):
    print("replace again:", reader(c), reader2(c))
C.value = 10
print("replace after write:", reader(c), reader2(c))


# A site that sees 1, 2, 3, 5 types in rotation, loads, stores and methods.
def make_classes(n):
    classes = []
    for k in range(n):
        def m(self, k=k):
            return ("m", k, self.x)
        classes.append(type("T%d" % k, (), {"m": m, "cls": k}))
    return classes


def site(o, i):
    o.x = i
    return o.x, o.cls, o.m()


for n in (1, 2, 3, 5):
    objs = [cls() for cls in make_classes(n)]
    res = [site(objs[i % n], i) for i in range(4 * n + 3)]
    print("rotation", n, res)


# Class attribute changed, method replaced, base mutated while a site is warm.
class Base:
    attr = "base"

    def meth(self):
        return "Base.meth"


class Derived(Base):
    pass


def probe(o):
    return o.attr, o.meth()


d = Derived()
log = []
for i in range(40):
    log.append(probe(d))
    if i == 10:
        Derived.attr = "derived"
    if i == 15:
        Base.meth = lambda self: "Base.meth2"
    if i == 20:
        Derived.meth = lambda self: "Derived.meth"
    if i == 25:
        del Derived.attr
    if i == 30:
        Base.attr = "base2"
    if i == 35:
        del Derived.meth
print("mutations:", [log[i] for i in (0, 11, 16, 21, 26, 31, 36, 39)])


# __class__ assignment while warm.
class P:
    def who(self):
        return "P"
    kind = "p"


class Q:
    def who(self):
        return "Q"
    kind = "q"


def ask(o):
    return o.who() + o.kind


o = P()
res = []
for i in range(20):
    res.append(ask(o))
    if i == 9:
        o.__class__ = Q
print("class assignment:", res)


# MRO change through __bases__ assignment while warm.
class M1:
    def f(self):
        return "M1"
    tag = 1


class M2:
    def f(self):
        return "M2"
    tag = 2


class Sub(M1):
    pass


def callf(o):
    return o.f(), o.tag


s = Sub()
res = []
for i in range(20):
    res.append(callf(s))
    if i == 9:
        Sub.__bases__ = (M2,)
print("bases assignment:", res)


# The instance dict shadowing a method, then unshadowing.
class Shadow:
    def go(self):
        return "method"


def go(o):
    return o.go()


sh = Shadow()
res = []
for i in range(15):
    res.append(go(sh))
    if i == 4:
        sh.go = lambda: "instance"
    if i == 9:
        del sh.go
print("shadow:", res)


# Descriptors added later to a class whose sites are warm (data and non-data).
class Later:
    def __init__(self):
        self.x = "instance x"


def lx(o):
    return o.x


def sx(o, v):
    o.x = v


lt = Later()
res = []
for i in range(20):
    res.append(lx(lt))
    if i == 5:
        Later.x = property(lambda self: "property x", lambda self, v: res.append(("set", v)))
        sx(lt, "through property")
    if i == 12:
        del Later.x
print("descriptor later:", res)


# Builtin method sites: str.upper / list.append, then a subclass overriding them.
class Loud(str):
    def upper(self):
        return "LOUD:" + str.upper(self)


class Log(list):
    def append(self, v):
        list.append(self, ("logged", v))


def up(s):
    return s.upper()


def add(lst, v):
    lst.append(v)
    return lst


res = []
for i in range(12):
    s = "ab" if i % 4 != 3 else Loud("cd")
    res.append(up(s))
lists = [[], Log(), []]
for i in range(9):
    add(lists[i % 3], i)
print("builtin methods:", res, lists)


# Recursion: the same site in many frames at once.
class Node:
    def __init__(self, nxt, v):
        self.nxt = nxt
        self.v = v

    def total(self):
        return self.v + (self.nxt.total() if self.nxt is not None else 0)


chain = None
for i in range(200):
    chain = Node(chain, i)
print("recursion:", chain.total())
Node.v = property(lambda self: 1)  # a data descriptor: every level now reads it
print("recursion after:", chain.total())


# Many code objects from exec/compile, so freed code objects' memory is reused by new ones
# whose names and types differ.
total = []
for k in range(300):
    src = "class K:\n    a%d = %d\n    def m(self):\n        return self.a%d\n" \
          "k = K()\nr = [k.m() for _ in range(3)] + [k.a%d]\n" % (k % 7, k, k % 7, k % 7)
    ns = {}
    exec(compile(src, "<gen%d>" % k, "exec"), ns)
    total.append(sum(ns["r"]))
print("exec:", sum(total), total[:5], total[-3:])
