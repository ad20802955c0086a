# `super().m(...)` calls a plain function found after the class on the instance's MRO with
# the instance first (no bound method is made); every other kind of attribute, and super
# objects bound to a class, take super's generic lookup.
class Base:
    def m(self, x):
        return ("Base.m", type(self).__name__, x)

    @staticmethod
    def s(x):
        return ("Base.s", x)

    @classmethod
    def c(cls, x):
        return ("Base.c", cls.__name__, x)

    @property
    def p(self):
        return "Base.p"

    value = 10
    plain = len


class Mid(Base):
    def m(self, x):
        return ("Mid.m",) + super().m(x + 1)


class Leaf(Mid):
    def m(self, x):
        return ("Leaf.m",) + super().m(x * 2)

    def others(self):
        return (super().s(1), super().c(2), super().p, super().value, super().plain("abc"),
                super(Mid, self).m(3), super(Leaf, self).m(4))

    @classmethod
    def on_class(cls):
        return super().c(5), super(Leaf, cls).m(cls(), 6)


leaf = Leaf()
leaf.m = lambda x: "instance attribute is not seen by super"
print(Leaf.m(leaf, 1))
print(leaf.others())
print(Leaf.on_class())


class Shadow(Base):
    def m(self, x):
        return super().m(x)


Base.m = lambda self, x: ("replaced", x)
print(Shadow().m(7))
del Base.m
try:
    Shadow().m(8)
except AttributeError as e:
    print("AttributeError:", e)


class K(Base):
    def go(self):
        m = super().c
        return m(9), super().__class__


print(K().go()[0], K().go()[1] is super)


# Many calls in a loop, and an exception raised inside the called function.
class Acc(Base):
    def m(self, x):
        return super().m(x)[2] + 1


total = 0
a = Acc()
Base.m = lambda self, x: ("again", type(self).__name__, x)
for i in range(1000):
    total += a.m(i)
print(total)


class Fails(Base):
    def m(self, x):
        return super().m(x)


def boom(self, x):
    raise ValueError("boom %d" % x)


Base.m = boom
try:
    Fails().m(3)
except ValueError as e:
    print("ValueError:", e)


# A super subclass and super with an explicit type whose attribute is a function.
class MySuper(super):
    pass


class Z(Base):
    def m(self, x):
        return MySuper(Z, self).s(x)


print(Z().m(11))
