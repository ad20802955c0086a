# The per-instruction attribute cache (objects/attr_cache.h) at sites that are hot and
# polymorphic while classes change under them: every change must be seen by the next
# execution of the same instruction, for every type the site has cached (two-way pairs
# and the second way's hit path included).


class Base:
    tag = "base"

    def who(self):
        return "Base.who"


def make_classes(n):
    out = []
    for i in range(n):
        out.append(type(f"K{i}", (Base,), {"k": i}))
    return out


classes = make_classes(7)
objs = [c() for c in classes]
for i, o in enumerate(objs):
    o.x = i


def read_all(objs):
    # One LOAD_ATTR, one LOAD_METHOD and one STORE_ATTR site, each seeing 7 types.
    r = []
    for o in objs:
        o.y = o.x * 2
        r.append((o.x, o.y, o.tag, o.who(), o.k))
    return r


for _ in range(50):
    res = read_all(objs)
print(res[0], res[6])

# A class attribute added to the base while the site is hot, in a loop: shadowed by the
# instance's dict where it has the name, seen everywhere else.
for step in range(6):
    Base.tag = f"base{step}"
    if step == 3:
        Base.y = "class y"  # instances all have y: never seen through them
    res = read_all(objs)
    print(step, res[1][2], res[5][2], res[2][1])

# A method replaced on the base, then overridden in one subclass, then deleted there.
Base.who = lambda self: "new Base.who"
print([o.who() for o in objs][:3])
classes[2].who = lambda self: "K2.who"
print([read_all(objs)[i][3] for i in range(4)])
del classes[2].who
print([read_all(objs)[i][3] for i in range(4)])

# A data descriptor added later on the base takes precedence over the instance dict.
Base.x = property(lambda self: "prop x")
print([r[0] for r in read_all(objs)][:3])
del Base.x
print([r[0] for r in read_all(objs)][:3])

# A data descriptor with a setter on one subclass: the STORE_ATTR site must call it.
log = []
classes[4].y = property(lambda self: "prop y", lambda self, v: log.append(v))
res = read_all(objs)
print(res[4][1], log, objs[4].__dict__["y"])
del classes[4].y
print(read_all(objs)[4][1])

# __bases__ assignment while hot.
class Other:
    tag = "other"
    k = "other k"

    def who(self):
        return "Other.who"


class Mixed(Base):
    k = "mixed k"


m = Mixed()
m.x = 100
objs.append(m)
for _ in range(20):
    read_all(objs)
print(read_all(objs)[-1])
Mixed.__bases__ = (Other,)
print(read_all(objs)[-1][2:4])
Mixed.__bases__ = (Base,)
print(read_all(objs)[-1][2:4])

# __class__ assignment while hot.
objs[0].__class__ = classes[3]
print(read_all(objs)[0])
objs[0].__class__ = classes[0]
print(read_all(objs)[0])

# Instance dict identity: vars() and __dict__ are the dict the fast path reads and writes.
o = objs[1]
d = vars(o)
print(d is o.__dict__, sorted(d))
read_all(objs)
d["x"] = 41
print(read_all(objs)[1][:2])
del o.y
print("y" in o.__dict__, read_all(objs)[1][1], "y" in d)
# __dict__ replaced: the new dict is used from then on.
o.__dict__ = {"x": 7}
print(read_all(objs)[1][:2], sorted(o.__dict__), d["y"])
# Deleting an attribute the site had found in the instance dict: the class's value shows.
o.tag = "own tag"
print(read_all(objs)[1][2])
del o.tag
print(read_all(objs)[1][2])


# __slots__ instances at the same sites.
class S(Base):
    __slots__ = ("x", "y")
    k = "slots k"


s = S()
s.x = 5
objs.append(s)
print(read_all(objs)[-1])
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError", e)


# A metaclass with __getattribute__: class attribute reads go through it.
class Meta(type):
    def __getattribute__(cls, name):
        if name == "tag":
            return "meta tag"
        return super().__getattribute__(name)


class WithMeta(metaclass=Meta):
    tag = "class tag"


def class_tag(c):
    return c.tag


print([class_tag(c) for c in (WithMeta, Base, WithMeta)])
w = WithMeta()
print(w.tag)


# A hot site whose instances' dicts are missing the method name, then get it.
class P:
    def m(self):
        return "P.m"


ps = [P() for _ in range(4)]
for _ in range(30):
    r = [p.m() for p in ps]
ps[2].m = lambda: "instance m"
print([p.m() for p in ps])
del ps[2].m
print([p.m() for p in ps])
