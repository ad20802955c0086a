# PEP 604 unions: int | None and friends are types.UnionType objects.
import types
import typing

unions = [int | None, None | int, int | str | list[int], int | str | int, (int | str) | (float | int),
          list[int] | None, type[int] | None, dict[str, int] | tuple[int, ...], str | bytes | None]
for u in unions:
    print(repr(u), type(u).__name__, u.__args__)

print(int | int, type(int | int), list[int] | list[int])
print((int | str) == (str | int), (int | str) == (int | float), (int | None) == (None | int))
print(hash(int | str) == hash(str | int), len({int | str, str | int, int | None}))
print(type(int | str) is types.UnionType, types.UnionType)

print(isinstance(1, int | str), isinstance('a', int | str), isinstance(1.5, int | str))
print(isinstance(None, int | None), isinstance(True, int | None), issubclass(bool, int | str))
print(issubclass(float, int | str), isinstance(3, (float, int | None)))

for f in (lambda: isinstance(1, int | list[int]), lambda: issubclass(int, str | list[int]),
          lambda: int | 'str', lambda: None | None, lambda: 1 | int,
          lambda: types.UnionType(), lambda: int | 3.5):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)

print(int | typing.List[int])
print(typing.Optional[int] | str)
print(typing.Union[int | str, float])
print((int | None) == typing.Optional[int], typing.Optional[int] == (int | None))
print(typing.get_origin(int | str), typing.get_args(int | str))
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]))

T = typing.TypeVar('T')
print(list[T], list[T].__parameters__, list[T][int], dict[str, T][bytes])
print(int | list[T], (int | list[T]).__parameters__)
try:
    list[T][int, str]
except TypeError as e:
    print('TypeError:', e)

def f(x: int | None = None, *, y: list[int] | dict[str, int] = ()) -> str | None:
    return None

print(f.__annotations__)

class C:
    a: int | None
    b: 'list[int]'
    c: tuple[int, ...] | None = None

print(C.__annotations__)
