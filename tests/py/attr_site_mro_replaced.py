# A class's MRO replaced while attribute sites are warm on its instances: __bases__
# assigned on the class itself and on a base class (every subclass gets a new MRO), a
# metaclass whose mro() changes its answer, a failed __bases__ assignment that puts the
# old MROs back, and a metaclass mro() that runs the warm sites while the MROs are being
# replaced. Every site must see the lookup a fresh walk of the current MRO would find.


class A:
    x = "A.x"

    def m(self):
        return "A.m"


class B:
    x = "B.x"

    def m(self):
        return "B.m"


class C(A):
    pass


def get(o):
    return o.x


def call(o):
    return o.m()


def warm(o, n=5):
    return [get(o) for _ in range(n)][-1], [call(o) for _ in range(n)][-1]


c = C()
print("C", warm(c))
C.__bases__ = (B,)
print("C bases B", warm(c), [k.__name__ for k in C.__mro__])
C.__bases__ = (A,)
print("C bases A", warm(c))

# __bases__ assigned on a base class: the subclasses' MROs are replaced too.
class Mid(A):
    pass


class Leaf(Mid):
    pass


class Leaf2(Leaf):
    def m(self):
        return "Leaf2.m+" + super().m()


leaf, leaf2 = Leaf(), Leaf2()
print("Leaf", warm(leaf), warm(leaf2))
Mid.__bases__ = (B,)
print("Mid bases B", warm(leaf), warm(leaf2), [k.__name__ for k in Leaf2.__mro__])
Mid.__bases__ = (A,)
print("Mid bases A", warm(leaf), warm(leaf2))

# An instance attribute read through the same sites while the MRO changes under it.
leaf.x = "inst"
print("inst", warm(leaf))
Mid.__bases__ = (B,)
print("inst after", warm(leaf))
del leaf.x
print("inst gone", warm(leaf))

# A metaclass whose mro() answer changes; the MRO is recomputed by a __bases__ assignment.
use_b = False


class Meta(type):
    def mro(cls):
        default = type.mro(cls)
        if use_b and cls.__name__ == "Custom":
            return [cls, B, object]
        return default


class Custom(A, metaclass=Meta):
    pass


class Below(Custom):
    pass


cu, be = Custom(), Below()
print("Custom", warm(cu), warm(be))
use_b = True
Custom.__bases__ = Custom.__bases__
print("Custom mro B", warm(cu), warm(be), [k.__name__ for k in Custom.__mro__])
use_b = False
Custom.__bases__ = (A,)
print("Custom back", warm(cu), warm(be))

# A failed __bases__ assignment (the metaclass mro() raises for a subclass): the MROs
# computed before the failure are put back.
fail = False


class Meta2(type):
    def mro(cls):
        if fail and cls.__name__ == "Sub2":
            raise RuntimeError("no mro for Sub2")
        return type.mro(cls)


class Base2(A, metaclass=Meta2):
    pass


class Sub2(Base2):
    pass


b2, s2 = Base2(), Sub2()
print("Base2", warm(b2), warm(s2))
fail = True
try:
    Base2.__bases__ = (B,)
except RuntimeError as e:
    print("RuntimeError", e)
fail = False
print("after failure", warm(b2), warm(s2), [k.__name__ for k in Base2.__mro__])

# A metaclass mro() that runs the warm sites while the MROs are being replaced (the class
# being recomputed and its subclasses, some already recomputed and some not).
seen = []
probes = []


class Meta3(type):
    def mro(cls):
        for o in probes:
            seen.append((cls.__name__, type(o).__name__, get(o), call(o)))
        return type.mro(cls)


class Top3(A, metaclass=Meta3):
    pass


class Mid3(Top3):
    pass


class Low3(Mid3):
    pass


probes = [Top3(), Mid3(), Low3()]
for o in probes:
    warm(o)
seen.clear()
Top3.__bases__ = (B,)
for row in seen:
    print("during", row)
print("after", [warm(o) for o in probes])

# The same with recorded classes in play: a plain class whose subclasses are one plain
# class and one with the mro()-running metaclass; the sites on the plain classes' instances
# run while the MROs are replaced.
class PlainTop(A):
    pass


class SubPlain(PlainTop):
    pass


class SubCustom(PlainTop, metaclass=Meta3):
    pass


class SubPlain2(PlainTop):
    pass


probes = [PlainTop(), SubPlain(), SubPlain2()]
for o in probes:
    warm(o)
seen.clear()
PlainTop.__bases__ = (B,)
for row in seen:
    print("during plain", row)
print("after plain", [warm(o) for o in probes], warm(SubCustom()))
probes = []

# A plain class's dict written after the MRO change: the new base's dict is watched.
B.x = "B.x2"
print("B.x written", warm(c), warm(leaf), warm(Low3()))
C.__bases__ = (B,)
B.x = "B.x3"
print("B.x3", warm(c))
del B.x
print("B.x deleted", [get(o) if hasattr(o, "x") else "none" for o in (c, leaf)])
