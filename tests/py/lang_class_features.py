# Class bodies and class objects: __qualname__, __module__, __doc__, nested classes,
# class-level name resolution, __init_subclass__ with keywords, __class_getitem__,
# classmethod/staticmethod access paths, class attributes shared vs instance.
class Outer:
    """Outer doc."""
    x = 1
    y = [x * i for i in range(3)] if False else None

    class Inner:
        def method(self):
            pass

    def meth(self):
        pass


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.meth.__qualname__)
print(Outer.__module__, Outer.__doc__, Outer.Inner.__doc__, Outer.__name__)


def factory():
    class Local:
        pass
    return Local


print(factory().__qualname__, factory() is factory())


class Base:
    registry = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.registry.append(cls.__name__)


class A(Base, tag='a'):
    pass


class B(A):
    pass


print(A.tag, B.tag, Base.registry)
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print('TypeError:', e)


class Shared:
    items = []

    def add(self, v):
        self.items.append(v)


s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10


Counter()
c = Counter()
print(Counter.count, c.count)


class Methods:
    @classmethod
    def cm(cls, v):
        return (cls.__name__, v)

    @staticmethod
    def sm(v):
        return ('static', v)


class SubMethods(Methods):
    pass


m = SubMethods()
print(m.cm(1), SubMethods.cm(2), Methods.sm(3), m.sm(4), Methods.__dict__['sm'].__func__(5))
print(type(Methods.__dict__['cm']).__name__, callable(Methods.__dict__['sm']))
print(Methods.cm.__self__ is Methods, m.cm.__func__ is Methods.__dict__['cm'].__func__)


class WithRepr:
    pass


print(repr(WithRepr).startswith("<class '__main__.WithRepr'>"), str(WithRepr().__class__))


class Empty:
    pass


e = Empty()
e.dynamic = 5
print(e.__dict__, Empty.__bases__, Empty.__mro__, Empty.__base__)
print(isinstance(Empty, type), type(Empty), Empty.__class__)


class Rebind:
    def first(self):
        return 1

    second = first
    del first


print(Rebind().second(), hasattr(Rebind, 'first'))
