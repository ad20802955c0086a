# PEP 585 generic aliases: list[int] and friends are types.GenericAlias objects.
import types
import collections
import re
import contextlib

aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], tuple[int],
           set[str], frozenset[bytes], type[int], list['X'], list[None], list[...],
           enumerate[int], collections.deque[int], collections.defaultdict[str, int],
           collections.OrderedDict[str, int], collections.Counter[str], re.Pattern[str],
           re.Match[bytes], contextlib.AbstractContextManager[int], dict[str, tuple[int, ...]]]
for a in aliases:
    print(repr(a), type(a) is types.GenericAlias, a.__origin__.__name__, a.__args__, a.__parameters__)

print(type(list[int]), list[int].__class__, types.GenericAlias.__module__)
print(list[int] == list[int], list[int] == list[str], list[int] == list, list[int] != list[int])
print(list[int] == list[int,], hash(list[int]) == hash(list[int]))
print(len({list[int], list[int], list[str]}))
print(list[int]((1, 2, 3)), dict[str, int](a=1), tuple[int, ...]([4, 5]))
print(type(list[int]()), list[int].__name__, list[int].__module__, list[int].__qualname__)
print(list[int].append is list.append)
print(list[int].__mro_entries__(()))

class MyList(list[int]):
    pass

print(MyList.__mro__, MyList.__orig_bases__)
print(MyList([1]) + [2])

for f in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
          lambda: isinstance(1, (int, list[str]))):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)

for f in (lambda: int[str], lambda: list[int][int], lambda: types.GenericAlias(),
          lambda: types.GenericAlias(list)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)

ga = types.GenericAlias(list, int)
print(ga, ga.__args__, types.GenericAlias(dict, (str, int)))
print(list[int].__reduce__())
try:
    list[int].__origin__ = tuple
except AttributeError as e:
    print('AttributeError:', e)

class Box:
    def __class_getitem__(cls, item):
        return f'Box of {item!r}'

print(Box[int], Box[int, str])

class Gen:
    __class_getitem__ = classmethod(types.GenericAlias)

print(Gen[int], Gen[int].__origin__ is Gen, Gen[int]().__class__.__name__)
print(list[list[list[int]]], dict[str, dict[str, set[int]]])
