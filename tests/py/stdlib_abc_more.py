# abc: abstract methods block instantiation, abstract properties/classmethods, register()
# virtual subclasses, __subclasshook__, ABC helper class.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name}: {self.area()}'


try:
    Shape()
except TypeError as e:
    print('TypeError:', e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print('TypeError:', e)


class Square(Half):
    @property
    def name(self):
        return 'square'


print(Square().describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, '__len__') or NotImplemented
        return NotImplemented


print(issubclass(list, Sized), isinstance('abc', Sized), isinstance(5, Sized))


class Registry(ABC):
    pass


Registry.register(int)
print(issubclass(int, Registry), isinstance(3, Registry), issubclass(str, Registry), Registry.register(float) is float)


@Registry.register
class Virtual:
    pass


print(isinstance(Virtual(), Registry), Registry in Virtual.__mro__)


class WithStatic(ABC):
    @staticmethod
    @abstractmethod
    def make():
        ...


class Impl(WithStatic):
    @staticmethod
    def make():
        return 'made'


print(Impl.make(), type(Shape).__name__, isinstance(Shape, ABCMeta))
