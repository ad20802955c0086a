# dataclasses: defaults and default_factory, frozen, order, eq, repr=False fields,
# __post_init__, asdict/astuple/replace/fields, inheritance, errors.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default='x', repr=False, compare=False)


a = Item('apple', 1.5)
b = Item('apple', 1.5, secret='other')
a.tags.append('fruit')
print(a, a == b, Item('z').tags is not Item('z').tags)
print(asdict(a), astuple(b), [f.name for f in fields(Item)], is_dataclass(a), is_dataclass(Item))
print(replace(a, price=2.0), a.price)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


v = Version(1, 2)
print(v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)


@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Rect(2, 3))


@dataclass
class Base:
    x: int = 1


@dataclass
class Derived(Base):
    y: int = 2


print(Derived(), Derived(5, 6), fields(Derived)[0].name)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    Item()
except TypeError as e:
    print('TypeError:', e)


@dataclass(eq=False)
class Identity:
    v: int


print(Identity(1) == Identity(1), Item.__eq__ is not object.__eq__)


@dataclass
class WithClassVar:
    from typing import ClassVar
    count: ClassVar[int] = 0
    value: int = 3


print(WithClassVar(), [f.name for f in fields(WithClassVar)])
