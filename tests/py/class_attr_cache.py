# Attribute lookups through the MRO are cached; every change to a class or to any base
# must be seen at once: assignment, deletion, shadowing in a subclass, classes recreated
# in a loop, data descriptors, metaclass attributes, and dunder methods added later.
class A:
    x = 1

    def m(self):
        return "A.m"


class B(A):
    pass


class C(B):
    pass


c = C()
for _ in range(3):
    print(c.x, c.m(), C.x)
A.x = 2
print(c.x, C.x, B.x)
B.x = 3
print(c.x, A.x)
del B.x
print(c.x)
C.m = lambda self: "C.m"
print(c.m())
del C.m
print(c.m())
A.m = lambda self: "A.m2"
print(c.m())
c.x = "instance"
print(c.x, C.x)
del c.x
print(c.x)
del A.x
try:
    c.x
except AttributeError as e:
    print(e)


# The same names on classes made and dropped in a loop (addresses are reused).
results = []
for i in range(50):
    K = type("K", (), {"v": i, "get": lambda self, i=i: i * 10})
    k = K()
    results.append((k.v, k.get()))
    del K, k
print(results[:3], results[-1])


# Data descriptors on a base override the instance dict, and changes to them count too.
class P:
    @property
    def p(self):
        return "property"


class Q(P):
    pass


q = Q()
q.__dict__["p"] = "dict"
print(q.p)
P.p = "plain"
print(q.p)


# A metaclass attribute versus a class attribute.
class Meta(type):
    tag = "meta"


class R(metaclass=Meta):
    pass


print(R.tag)
R.tag = "class"
print(R.tag, Meta.tag)
del R.tag
print(R.tag)

# Dunder methods added later are used by operators.
class N:
    pass


try:
    N() + 1
except TypeError as err:
    print(err)
N.__add__ = lambda self, other: ("added", other)
print(N() + 1)
del N.__add__
try:
    N() + 1
except TypeError as err:
    print(err)
