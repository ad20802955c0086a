from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def perimeter(self):
        return 4 * self.s

print(Square(3).describe(), Square(2).perimeter())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__ == frozenset())

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

class Impl(Base):
    @property
    def name(self):
        return "impl"
print(Impl().name)

class Drawable(ABC):
    pass

class Foreign:
    pass

Drawable.register(Foreign)
print(isinstance(Foreign(), Drawable), issubclass(Foreign, Drawable), isinstance(1, Drawable))
print(issubclass(Square, Shape), isinstance(Square(1), Shape))

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized))
