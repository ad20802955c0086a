# typing: generic classes, TypeVar, Protocol, NamedTuple, TypedDict, Literal, Optional
# reprs, cast, overload, get_type_hints.
from typing import (Generic, TypeVar, Protocol, NamedTuple, TypedDict, Literal, Optional, Union,
                    List, Dict, Callable, Any, cast, get_type_hints, Tuple, Iterable)

T = TypeVar('T')
K = TypeVar('K', bound=str)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s: Stack[int] = Stack[int]()
s.push(3)
print(s.pop(), Stack[int], T, K.__bound__ if hasattr(K, '__bound__') else None)


class Point(NamedTuple):
    x: int
    y: int = 0


print(Point(1), Point(1, 2)._asdict(), Point._fields)


class Movie(TypedDict):
    title: str
    year: int


m: Movie = {'title': 'X', 'year': 1999}
print(m, type(m).__name__)
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Literal['a', 1], Tuple[int, ...])
print(Callable[[int], str], Any, Optional[List[int]])
print(cast(int, 'not really'), Union[int] is int)


class Greeter(Protocol):
    def greet(self) -> str: ...


def hello(g: Greeter) -> str:
    return g.greet()


class English:
    def greet(self) -> str:
        return 'hello'


print(hello(English()))


def f(a: int, b: 'str' = 'x') -> Optional[int]:
    return None


print(get_type_hints(f))


def total(xs: Iterable[int]) -> int:
    return sum(xs)


print(total([1, 2]), total.__annotations__)
