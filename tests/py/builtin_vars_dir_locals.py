# vars(), dir(), locals(), globals() and their errors.
class P:
    cls_attr = 1

    def __init__(self):
        self.a = 1
        self.b = 2


p = P()
print(vars(p), sorted(vars(P).keys() - {'__dict__', '__weakref__', '__module__', '__doc__', '__init__', '__qualname__'}))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)


def f(x, y=2):
    z = x + y
    return sorted(locals().items())


print(f(1))
print('f' in globals(), globals() is vars(), __name__ in ('__main__',))
print([n for n in dir(p) if not n.startswith('__')])
print('append' in dir([]), 'real' in dir(1), dir() == sorted(dir()))


class Custom:
    def __dir__(self):
        return ['z', 'a', 'm']


print(dir(Custom()))


class BadDir:
    def __dir__(self):
        return 5


try:
    dir(BadDir())
except TypeError as e:
    print('TypeError:', e)


class Slotted:
    __slots__ = ('s',)


try:
    vars(Slotted())
except TypeError as e:
    print('TypeError:', e)
import math
print('sqrt' in dir(math), vars(math) is math.__dict__)


def g():
    a = 1

    def inner():
        return a
    return sorted(locals())


print(g())
