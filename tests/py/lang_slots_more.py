# __slots__: inheritance, __dict__ and __weakref__ slots, class-variable conflicts, errors.
import weakref


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
del p.x
try:
    p.x
except AttributeError as e:
    print('AttributeError:', e)


class Child(P):
    __slots__ = ('z',)


c = Child(1, 2)
c.z = 3
print(c.z, hasattr(c, '__dict__'))


class WithWeak:
    __slots__ = ('__weakref__',)


ww = WithWeak()
r = weakref.ref(ww)
print(r() is ww)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError:', e)
try:
    class BadSlot:
        __slots__ = ('not valid',)
except TypeError as e:
    print('TypeError:', e)
try:
    class IntSlot(int):
        __slots__ = ('extra',)
except TypeError as e:
    print('TypeError:', e)


class StrSlots:
    __slots__ = 'only'


s = StrSlots()
s.only = 'one'
print(s.only, StrSlots.__slots__)


class DictSlots:
    __slots__ = {'doc_a': 'documented', 'b': None}


print(DictSlots.doc_a.__doc__ if hasattr(DictSlots.doc_a, '__doc__') else None, sorted(DictSlots.__slots__))
