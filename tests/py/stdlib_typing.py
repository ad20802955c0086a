from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, TypeVar, Generic,
                    Protocol, NamedTuple, TypedDict, cast, overload, TYPE_CHECKING, Iterable,
                    Iterator, Sequence, Mapping, ClassVar, Literal, Final)
import typing

print(TYPE_CHECKING, Any, Optional[int], Union[int, str], List[int], Dict[str, int], Tuple[int, ...])
print(Callable, Union[int, None] == Optional[int], Union[int], Set[str], Literal["a", 1])
T = TypeVar("T")
print(T, TypeVar("U", bound=int), TypeVar("K", covariant=True))

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(5).get(), Box[int](3).item)

def total(xs: List[int], scale: Optional[float] = None) -> float:
    return sum(xs) * (scale or 1)
print(total([1, 2, 3]), total.__annotations__["xs"], total.__annotations__["return"])

class Employee(NamedTuple):
    name: str
    id: int = 3
e = Employee("guido")
print(e, e.name, e.id, e[0], e._asdict(), e._replace(id=9), Employee._fields, isinstance(e, tuple))
name, ident = e
print(name, ident)

class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, Movie(title="x", year=1), Movie.__annotations__ == {"title": str, "year": int})

class Greeter(Protocol):
    def greet(self) -> str: ...
class English:
    def greet(self) -> str:
        return "hello"
def use(g: Greeter) -> str:
    return g.greet()
print(use(English()))
print(cast(int, "not really"), cast("List[int]", [1]))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f("a"))

class Cfg:
    limit: ClassVar[int] = 5
    name: Final = "n"
print(Cfg.limit, Cfg.name, typing.get_origin(List[int]) is list, typing.get_args(Dict[str, int]))
x: Iterable[int] = [1, 2]
def gen() -> Iterator[int]:
    yield 1
print(list(gen()), x)
