# type.__subclasses__(): direct subclasses in creation order, held weakly — a subclass
# that is deleted and collected leaves the list; multiple inheritance registers with
# every base; metaclasses; type() calls; classes made and dropped in a loop.
import gc


class Base:
    pass


class A(Base):
    pass


class B(Base):
    pass


class C(A, B):
    pass


def names(cls):
    return [k.__name__ for k in type.__subclasses__(cls)]


print(names(Base), names(A), names(B), names(C))
D = type("D", (Base,), {})
print(names(Base))
del D
gc.collect()
print(names(Base))
del C
gc.collect()
print(names(A), names(B))


class Meta(type):
    pass


class M1(metaclass=Meta):
    pass


class M2(M1):
    pass


print(names(Meta), names(M1), type(M2).__name__)


class Seen:
    log = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Seen.log.append([k.__name__ for k in Seen.__subclasses__()])


class S1(Seen):
    pass


class S2(Seen):
    pass


print(Seen.log)

# Many classes made and dropped: only the live ones are listed, in order.
keep = []
for i in range(200):
    k = type("K%d" % i, (Base,), {})
    if i % 50 == 0:
        keep.append(k)
    del k
gc.collect()
print(names(Base))
del keep[1]
gc.collect()
print(names(Base), len(Base.__subclasses__()))

# A class in a reference cycle with its instance goes when the cycle is collected.
class Cyc(Base):
    pass


Cyc.me = Cyc
del Cyc
print("Cyc" in names(Base))
gc.collect()
print("Cyc" in names(Base))
print(type(Base.__subclasses__()).__name__, Base.__subclasses__() is not Base.__subclasses__())
try:
    Base.__subclasses__(1)
except TypeError as e:
    print("TypeError")
print(type.__subclasses__(Base) == Base.__subclasses__(), names(Meta))
