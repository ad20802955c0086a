# match statement: nested class patterns, guards with walrus, mapping **rest, str/bytes
# are not sequences, value patterns with dotted names, or-patterns binding, as-patterns.
from dataclasses import dataclass
from enum import Enum


class Op(Enum):
    ADD = '+'
    MUL = '*'


@dataclass
class Num:
    v: int


@dataclass
class Bin:
    op: Op
    left: object
    right: object


def ev(node):
    match node:
        case Num(v):
            return v
        case Bin(Op.ADD, Num(0), right) | Bin(Op.ADD, right, Num(0)):
            return ev(right)
        case Bin(op=Op.MUL, left=Num(0)) | Bin(op=Op.MUL, right=Num(0)):
            return 0
        case Bin(Op.ADD, l, r):
            return ev(l) + ev(r)
        case Bin(Op.MUL, l, r):
            return ev(l) * ev(r)
        case _:
            raise TypeError(f'bad node {node!r}')


print(ev(Bin(Op.ADD, Num(0), Bin(Op.MUL, Num(3), Num(4)))), ev(Bin(Op.MUL, Num(5), Num(0))), ev(Bin(Op.ADD, Num(2), Num(3))))


def classify(x):
    match x:
        case str() | bytes():
            return 'text'
        case [] | ():
            return 'empty sequence'
        case [int(a), *rest] if (total := a + sum(rest)) > 10:
            return f'big ints {total}'
        case [_, _, *_] as seq:
            return f'seq of {len(seq)}'
        case {'type': 'user', 'name': str(name), **rest}:
            return f'user {name} extra={sorted(rest)}'
        case {'type': t}:
            return f'typed {t}'
        case {}:
            return 'some mapping'
        case int(n) | float(n) if n < 0:
            return 'negative'
        case bool():
            return 'bool'
        case int() as i:
            return f'int {i}'
        case None:
            return 'none'
        case _:
            return 'other'


for value in ('abc', b'x', [], (), [5, 6], [1, 2, 3], [1], {'type': 'user', 'name': 'bo', 'id': 1, 'a': 2},
              {'type': 3}, {'x': 1}, -2.5, True, 7, None, 3.5, {1, 2}):
    print(repr(value), '->', classify(value))


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(0, y) | Point(y, 0):
            return f'axis {y}'
        case Point(x, y) if x == y:
            return 'diagonal'
        case Point():
            return 'elsewhere'


print([where(Point(*c)) for c in ((0, 0), (0, 5), (4, 0), (2, 2), (1, 3))])
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print('TypeError:', e)
match {'a': 1, 'b': 2}:
    case {'a': 1, **others}:
        print('others', others)
match 'hello world'.split():
    case [first, *_, last]:
        print(first, last)
