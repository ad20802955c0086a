# `super().name(...)` runs CALL 0 of the builtin super and LOAD_METHOD together without a
# super object when the method is a plain function (vm/eval.cpp, objects/descriptors.cpp
# super_method_zero_arg). Every other case must behave as the generic CALL + LOAD_METHOD.
import builtins
import gc
import sys
import traceback


class Base:
    def __init__(self, x=0):
        self.x = x

    def m(self, a, b=10):
        return ("Base.m", type(self).__name__, a, b)

    @staticmethod
    def st(a):
        return ("Base.st", a)

    @classmethod
    def cm(cls, a):
        return ("Base.cm", cls.__name__, a)

    @property
    def prop(self):
        return ("Base.prop", self.x)

    def __repr__(self):
        return "Base-repr"

    attr = "class attr"
    callable_attr = len


class Child(Base):
    def __init__(self, x):
        super().__init__(x * 2)

    def m(self, a, b=20):
        return ("Child.m", super().m(a), super().m(a, b=b), super().m(*[a], **{"b": 5}))

    def st(self, a):
        return super().st(a)

    def cm(self, a):
        return super().cm(a)

    def prop_via_super(self):
        return super().prop

    def attrs(self):
        return super().attr, super().callable_attr("abc"), super().__repr__(), repr(super())[:20]

    def missing(self):
        return super().nope()

    def missing_attr(self):
        return super().nope


c = Child(3)
print(c.x, c.m(1))
print(c.st(2), c.cm(3), c.prop_via_super(), c.attrs())
for meth in (c.missing, c.missing_attr):
    try:
        meth()
    except AttributeError as e:
        print("AttributeError", e)


# super() in a classmethod and a staticmethod.
class CM(Base):
    @classmethod
    def cm(cls, a):
        return ("CM.cm", super().cm(a))

    @staticmethod
    def st(a):
        return super().st(a)

    @classmethod
    def via_class(cls):
        return super().m(None, 1)


print(CM.cm(1), CM().cm(2))
try:
    CM.st(1)
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
print(CM.via_class())


# Error cases of the zero-argument form, with the traceback at the right line.
def no_class():
    return super().m()


def no_args():
    pass


class Errs(Base):
    def deleted_self(self):
        del self
        return super().m(1)

    def nested(self):
        def inner():
            return super().m(1)
        return inner()

    def comprehension(self):
        return [super().m(i) for i in range(2)]

    def genexpr(self):
        return list(super().m(i) for i in range(2))

    def lambda_(self):
        return (lambda: super().m(1))()

    def self_is_other(self):
        self = 42
        return super().m(1)

    def self_is_none(self):
        self = None
        return super().m(1)


for name in ("deleted_self", "nested", "comprehension", "genexpr", "lambda_", "self_is_other", "self_is_none"):
    try:
        print(name, getattr(Errs(), name)())
    except Exception as e:
        print(name, type(e).__name__, e, traceback.extract_tb(e.__traceback__)[-1].line)
try:
    no_class()
except Exception as e:
    print(type(e).__name__, e)


# The first argument reassigned to another instance of the class, or held in a cell.
class Reassign(Base):
    def m(self, a):
        self = Base(7)
        return super().m(a) if False else ("reassigned", type(self).__name__)

    def cell(self, a):
        f = lambda: self
        return super().m(a), f() is self


print(Reassign().m(1), Reassign().cell(2)[0])


class Sub(Base):
    def m(self, a):
        other = Sub()
        self = other
        return super().m(a)


print(Sub().m(3))


# super shadowed: a local, a global, a builtins replacement, a super subclass.
class Shadow(Base):
    def local(self):
        super = lambda: Base()
        return super().m(1)

    def glob(self):
        return super().m(2)

    def explicit(self):
        return super(Shadow, self).m(3)


print(Shadow().local())
print(Shadow().explicit())
super_saved = super


class MySuper(super):
    def m(self, *a):
        return ("MySuper.m",) + a


def fake_super(*args):
    return Base()


super = fake_super  # a module global shadows the builtin
print(Shadow().glob())
super = MySuper
print(Shadow().glob())
del super
builtins.super = fake_super
print(Shadow().glob())
builtins.super = super_saved
print(Shadow().glob())

# The method is not a plain function on the base: a builtin, a slot wrapper, a callable instance.
class CallableObj:
    def __call__(self, *a):
        return ("CallableObj", a)


class B2:
    m = CallableObj()
    n = staticmethod(len)


class C2(B2):
    def m(self):
        return super().m(1)

    def n(self):
        return super().n("ab")

    def init(self):
        return super().__init__(), super().__class__, super().__str__()[:6]


print(C2().m(), C2().n(), C2().init())


# A base method replaced between calls, and a class whose MRO changes under super().
class D(Base):
    def m(self, a):
        return super().m(a)


print(D().m(1))
orig_m = Base.m
Base.m = lambda self, a: ("lambda", a)
print(D().m(2))


def plain(self, a):
    return ("plain", a)


Base.m = plain
print(D().m(3))
del Base.m
try:
    D().m(4)
except AttributeError as e:
    print("AttributeError", e)
Base.m = orig_m


# Deep chain of cooperative super() calls, and recursion through super().
class L0:
    def f(self, n):
        return [0] if n == 0 else self.f(n - 1) + [n]


class L1(L0):
    def f(self, n):
        return super().f(n) + ["L1"]


class L2(L1):
    def f(self, n):
        return super().f(n) + ["L2"]


print(L2().f(2))


class Rec(L0):
    def f(self, n):
        if n <= 0:
            return 0
        return 1 + super().f(0) .__len__() + self.f(n - 1)


print(Rec().f(50))
try:
    sys.setrecursionlimit(60)

    class Deep(L0):
        def f(self, n):
            return super().f(n) if n == 0 else Deep.f(self, n - 1)

    Deep().f(100)
except RecursionError as e:
    print("RecursionError")
finally:
    sys.setrecursionlimit(1000)


# super() inside a generator method and a method with keyword-only arguments.
class G(Base):
    def gen(self):
        yield super().m(1)
        yield super().m(2)

    def kw(self, *, a):
        return super().m(a, b=a)


print(list(G().gen()), G().kw(a=5))


# The instance is the only reference left to itself.
class Finalize(Base):
    def m(self, a):
        return super().m(a)

    def __del__(self):
        print("del", super().m("in del")[0])


Finalize().m(1)
gc.collect()
print("done")
