# Properties across inheritance: overriding getters, extending setters via the parent's
# property object, property.getter/setter copies, abstract-like properties and __doc__.
class Base:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        """x of Base."""
        return self._x

    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError('negative')
        self._x = v


class Child(Base):
    @Base.x.setter
    def x(self, v):
        print('Child setter', v)
        Base.x.fset(self, v * 10)


class Reader(Base):
    @property
    def x(self):
        return 'reader sees ' + str(super().x)


c = Child()
c.x = 2
print(c.x, Child.x.__doc__, Child.x is not Base.x, Base.x.fget is Child.x.fget)
try:
    c.x = -1
except ValueError as e:
    print('ValueError:', e)
r = Reader()
print(r.x)
try:
    r.x = 5
except AttributeError as e:
    print('AttributeError:', e)
p = property(lambda self: 1, doc='manual doc')
print(p.__doc__, p.fset, p.fdel, p.fget(None), type(p.getter(lambda s: 2)).__name__)


class Lazy:
    calls = 0

    @property
    def value(self):
        Lazy.calls += 1
        return Lazy.calls


lz = Lazy()
print(lz.value, lz.value, Lazy.calls)


class WithInit:
    def __init__(self, size):
        self.size = size

    @property
    def size(self):
        return self._size

    @size.setter
    def size(self, v):
        self._size = int(v)


print(WithInit('7').size, vars(WithInit(3)))
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print('TypeError:', e)
