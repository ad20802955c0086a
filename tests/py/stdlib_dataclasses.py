from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
from typing import List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), repr(Point(x=5, y=6)))
print([f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=10), is_dataclass(p), is_dataclass(int))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
print(sorted([Version(2, 1), Version(1, 5), Version(2, 0)]), Version(1) < Version(1, 1))
v = Version(1, 2)
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(v) == hash(Version(1, 2)), isinstance(FrozenInstanceError(), AttributeError))

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    def __post_init__(self):
        self.count = len(self.items)
a = Inventory(["x", "y"])
b = Inventory()
b.items.append("z")
print(a, b, Inventory().items, a.count, Inventory(["q"], secret="a") == Inventory(["q"], secret="b"))

@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), [f.name for f in fields(Child)], asdict(Child(1)))

@dataclass
class Nested:
    p: Point
    ps: list
print(asdict(Nested(Point(1, 2), [Point(3, 4)])), astuple(Nested(Point(1, 2), [])))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
print(Point.__hash__, Version.__match_args__)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=4))
match Point(1, 9):
    case Point(1, y):
        print("matched y =", y)
