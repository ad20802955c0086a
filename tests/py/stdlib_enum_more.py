# enum: Enum, IntEnum, Flag, IntFlag, auto, unique, lookup by value and name, iteration,
# aliases, members with methods, errors.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name.lower()}={self.value}'


print(Color.RED, repr(Color.GREEN), Color(1), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.describe() for m in Color], Color.RED in Color)
print(Color.__members__.keys() if False else list(Color.__members__), Color.RED.name, Color.RED.value)
for bad in (lambda: Color(9), lambda: Color['PINK']):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ':', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)


class Prio(IntEnum):
    LOW = 1
    HIGH = 3


print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.HIGH), Prio(3).name)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, [p.name for p in Perm], Perm.R.value, Perm.X.value, bool(Perm(0)))


class Bits(IntFlag):
    A = 1
    B = 2


print(Bits.A | Bits.B, int(Bits.A | 4), Bits.B & 3)


class Auto(Enum):
    FIRST = auto()
    SECOND = auto()


print(Auto.FIRST.value, Auto.SECOND.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
Animal = Enum('Animal', 'CAT DOG')
print(Animal.DOG, Animal.DOG.value, list(Animal))
print(Color.RED == 1, Prio.LOW == 1, isinstance(Prio.LOW, int), hash(Color.RED) == hash(Color.RED))
