# abc: instantiating abstract classes (object.__new__'s check, no ABCMeta.__call__),
# register / isinstance / issubclass through the caches, collections.abc checks.
import abc
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc


def attempt(make):
    try:
        r = make()
        print('made', type(r).__name__)
    except TypeError as e:
        print('TypeError:', e)


class One(ABC):
    @abstractmethod
    def f(self): ...


class Several(One):
    @abstractmethod
    def zeta(self): ...

    @property
    @abstractmethod
    def alpha(self): ...

    @classmethod
    @abstractmethod
    def beta(cls): ...


class Concrete(Several):
    def f(self): return 1
    def zeta(self): return 2
    alpha = 3
    @classmethod
    def beta(cls): return 4


attempt(One)
attempt(Several)
attempt(Concrete)
attempt(lambda: One.__new__(One))
attempt(lambda: object.__new__(Several))
print(sorted(Several.__abstractmethods__), Concrete.__abstractmethods__)


class OwnNew(ABC):
    """__new__ that never reaches object.__new__: no check, as in CPython."""
    def __new__(cls):
        return 42

    @abstractmethod
    def f(self): ...


attempt(OwnNew)


class Meta(ABCMeta):
    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    @abstractmethod
    def f(self): ...


attempt(lambda: WithMeta(1))


class Later(One):
    def f(self): ...


attempt(Later)
Later.__abstractmethods__ = frozenset({'g'})
attempt(Later)
Later.__abstractmethods__ = frozenset()
attempt(Later)


class Fixed(One):
    pass


Fixed.f = lambda self: None
abc.update_abstractmethods(Fixed)
attempt(Fixed)
attempt(cabc.Sequence)
attempt(cabc.MutableMapping)


# register, the caches and their invalidation
class Base(ABC):
    pass


class Plain:
    pass


class PlainChild(Plain):
    pass


p = PlainChild()
print(isinstance(p, Base), issubclass(PlainChild, Base), isinstance(p, Base))
print(Base.register(Plain) is Plain)
print(isinstance(p, Base), issubclass(PlainChild, Base), isinstance(Plain(), Base))


class Proxy:
    """__class__ differs from type(): both are checked."""
    @property
    def __class__(self):
        return Plain


class Other(ABC):
    pass


Other.register(Proxy)
print(isinstance(Proxy(), Other), isinstance(Proxy(), Base))


class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented


class Duck:
    def quack(self): ...


print(isinstance(Duck(), Hooked), isinstance(1, Hooked), issubclass(Duck, Hooked))
try:
    issubclass(1, Base)
except TypeError as e:
    print('TypeError:', e)
try:
    Base.register(3)
except TypeError as e:
    print('TypeError:', e)

# collections.abc
for v in ([], (), {}, set(), frozenset(), '', b'', range(3), iter([]), (x for x in ()),
          {}.keys(), {}.items(), {}.values(), 1, None, len):
    print(type(v).__name__, [n for n in ('Iterable', 'Iterator', 'Generator', 'Sized', 'Container',
                                         'Collection', 'Sequence', 'MutableSequence', 'Set',
                                         'MutableSet', 'Mapping', 'MutableMapping', 'Hashable',
                                         'Callable', 'Reversible', 'MappingView', 'KeysView',
                                         'ItemsView', 'ValuesView', 'ByteString')
                                  if isinstance(v, getattr(cabc, n))])


class MySeq(cabc.Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


s = MySeq(4)
print(list(s), 9 in s, s.index(4), s.count(1), list(reversed(s)), isinstance(s, cabc.Reversible))
print(issubclass(MySeq, cabc.Sequence), issubclass(MySeq, cabc.MutableSequence), issubclass(list, cabc.Sequence))
