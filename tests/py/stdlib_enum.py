from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color(2), Color["BLUE"], type(Color.RED), Color)
print(list(Color.__members__), Color.RED in Color, isinstance(Color.RED, Color))
print(f"{Color.RED}", format(Color.BLUE), str(Color.GREEN), Color.RED == Color.RED, Color.RED == 1)
print({Color.RED: "r"}[Color.CRIMSON])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num(2), repr(Num.ONE), str(Num.TWO), f"{Num.ONE}", Num.ONE == 1)
print(sorted([Num.TWO, Num.ONE]), int(Num.TWO), isinstance(Num.ONE, int))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), rw, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), list(rw))
print(repr(rw & Perm.R), repr(~Perm.R), Perm(7), len(Perm))

class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
print(repr(Bits.A | Bits.B), Bits.A | 4, int(Bits.C), Bits.A + 1, str(Bits.B))

class Shape(Enum):
    SQUARE = 2
    def describe(self):
        return "%s is %d" % (self.name, self.value)
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.SQUARE.describe(), Shape.default())

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))

class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, S.B.upper(), repr(S.A), S.A == "a")
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class Missing(Enum):
    X = 1
    @classmethod
    def _missing_(cls, value):
        return cls.X
print(Missing(42))
