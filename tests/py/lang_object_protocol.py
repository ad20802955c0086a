# Defaults from object: __eq__/__ne__ identity and inversion, __str__ -> __repr__,
# __format__ with empty spec, __hash__ identity, __init_subclass__, __reduce_ex__ presence,
# object() has no __dict__, comparisons between unrelated types.
class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p.__eq__(q), p.__ne__(p), object.__eq__(p, p))


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v


print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) == 1, 1 == OnlyEq(1))


class ReprOnly:
    def __repr__(self):
        return 'ReprOnly!'


print(str(ReprOnly()), f'{ReprOnly()}', format(ReprOnly(), ''), '%s' % ReprOnly(), [ReprOnly()])


class StrOnly:
    def __str__(self):
        return 'StrOnly!'


print(str(StrOnly()), repr(StrOnly()).startswith('<__main__.StrOnly object at 0x'))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(o, '__dict__'), type(o).__name__, object.__name__, object.__bases__, object.__mro__)
for a, b in ((1, 'a'), ([], ()), (None, 0), ({}, {})):
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError:', e)
print(1 == 'a', [] == (), None == 0, {} == {}, 1 == 1.0, 1 == True, (1, 2) == [1, 2])


class Weird:
    def __eq__(self, o):
        return 'truthy'

    def __ne__(self, o):
        return ''


w = Weird()
print(w == 1, w != 1, bool(w != 1), [w] == [1], w in [1])
print(Plain.__repr__ is object.__repr__, Plain.__str__ is object.__str__, Plain.__hash__ is object.__hash__)
print(object.__new__(Plain).__class__.__name__, Plain.__init__ is object.__init__)
try:
    object(1)
except TypeError as e:
    print('TypeError:', e)
try:
    Plain(1)
except TypeError as e:
    print('TypeError:', e)
print(dir(object()) == dir(object), '__class__' in dir(p), p.__class__ is Plain, p.__sizeof__() > 0)
