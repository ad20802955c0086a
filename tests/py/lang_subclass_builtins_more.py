# Subclassing built-in types: overriding methods, __new__ for immutables, and which
# built-in operations bypass the overrides (as in CPython).
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

    def __missing__(self, k):
        return f'<{k}>'


d = UpperDict()
d['a'] = 1
d.update(b=2)          # update() does not call __setitem__
print(d, d['zz'], d.get('zz'), type(d).__name__, isinstance(d, dict))


class LoggingList(list):
    def append(self, v):
        print('append', v)
        super().append(v)


ll = LoggingList([1])
ll.append(2)
ll += [3]
ll.extend([4])
print(ll, type(ll + [5]).__name__, type(ll[:1]).__name__, len(ll))


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        return super().__new__(cls, value)

    def __repr__(self):
        return f'{float(self):.1f}°C'


t = Celsius(21.5)
print(repr(t), t + 1, type(t + 1).__name__, isinstance(t, float), t == 21.5, hash(t) == hash(21.5))
try:
    Celsius(-300)
except ValueError as e:
    print('ValueError:', e)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f'Point{tuple.__repr__(self)}'


p = Point(1, 2)
print(p, p.x, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2))


class Tag(str):
    def __new__(cls, value, kind):
        obj = super().__new__(cls, value)
        obj.kind = kind
        return obj


tg = Tag('hello', 'greeting')
print(tg, tg.kind, tg.upper(), type(tg.upper()).__name__, tg + '!', tg[1:3], repr(tg))


class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)

    def __add__(self, o):
        return Even(int(self) + o)


e = Even(7)
print(e, e + 3, type(e + 3).__name__, type(3 + e).__name__, type(-e).__name__, e.bit_length())


class Bag(set):
    def add(self, v):
        super().add(v * 10)


b = Bag([1])
b.add(2)
print(sorted(b), type(b | {3}).__name__, isinstance(b, set))


class FrozenWithInit(frozenset):
    def __init__(self, items):
        self.count = len(self)


fw = FrozenWithInit([1, 2, 2])
print(fw.count, sorted(fw))


class Bytes2(bytes):
    def hexed(self):
        return self.hex()


print(Bytes2(b'ab').hexed(), Bytes2(b'ab') + b'c', type(Bytes2(b'x') + b'y').__name__)


class Exc(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f'[{self.code}] {self.args[0]}'


try:
    raise Exc(42, 'custom')
except Exc as ex:
    print(ex, repr(ex), ex.args, ex.code)


class MyRange:
    pass


try:
    class BadBase(range):
        pass
except TypeError as ex:
    print('TypeError:', ex)
try:
    class BadBase2(type(None)):
        pass
except TypeError as ex:
    print('TypeError:', ex)
