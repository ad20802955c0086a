# inspect.signature: Signature/Parameter from __code__, __defaults__, __kwdefaults__ and
# __annotations__; str/repr as CPython; bind/bind_partial/apply_defaults; methods, classes,
# callable instances, partial, __wrapped__ and __signature__; getfullargspec.
import functools
import inspect
import typing
from inspect import Parameter, Signature


def f0():
    pass


def f1(a, b=2, *args, c, d=4, **kw):
    pass


def f2(a, /, b, *, c):
    pass


def f3(x: int, y: 'str' = 'y', *rest: float, flag: bool = False) -> list[int]:
    pass


def f4(a, b, /, c=3):
    pass


def f5(*, only):
    pass


def f6(p: typing.List[int], q: typing.Optional[str] = None) -> typing.Dict[str, int]:
    pass


def f7(obj: inspect.Parameter, n: 'int | None' = None) -> None:
    pass


lam = lambda x, y=1: x


for fn in [f0, f1, f2, f3, f4, f5, f6, f7, lam]:
    s = inspect.signature(fn)
    print(fn.__name__, str(s), repr(s))
s = inspect.signature(f1)
for name, p in s.parameters.items():
    print(name, p.kind, p.kind.description, int(p.kind), repr(p), p.default is p.empty,
          p.annotation is Parameter.empty)
print(list(inspect.signature(f3).parameters), inspect.signature(f3).return_annotation)
print(type(s.parameters).__name__, s == inspect.signature(f1), s == inspect.signature(f2),
      hash(s) == hash(inspect.signature(f1)))


class K:
    def __init__(self, a, b=1):
        pass

    def m(self, x, *, y=0):
        pass

    @classmethod
    def c(cls, z):
        pass

    @staticmethod
    def s(w):
        pass

    def __call__(self, q, r=None):
        pass


class N:
    def __new__(cls, n, *args):
        return super().__new__(cls)


class Plain:
    pass


class Sub(K):
    pass


for obj in [K, K.m, K(1).m, K.c, K.s, K(1), N, Plain, Sub, K.__init__]:
    print(inspect.signature(obj))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(a, b: int = 5):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped).__name__, inspect.unwrap(wrapped) is wrapped.__wrapped__)


def sig_attr(a, b):
    pass


sig_attr.__signature__ = inspect.Signature([Parameter('zz', Parameter.POSITIONAL_ONLY)])
print(inspect.signature(sig_attr))
print(inspect.signature(functools.partial(f1, 1, c=3)))
print(inspect.signature(functools.partial(f4, 1)))
print(inspect.signature(functools.partial(f1, b=9)))

b = inspect.signature(f1).bind(1, 2, 3, c=4, e=5)
print(b, b.args, b.kwargs, b.arguments)
b.apply_defaults()
print(b)
bp = inspect.signature(f1).bind_partial(1)
print(bp, bp.args, bp.kwargs)
bp.apply_defaults()
print(bp)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'a': 1}), ((1,), {'c': 1, 'zz': 2})]:
    try:
        inspect.signature(f4).bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
try:
    inspect.signature(f2).bind(a=1, b=2, c=3)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.signature(f5).bind()
except TypeError as e:
    print('TypeError', e)

params = [Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD, default=2, annotation=int),
          Parameter('args', Parameter.VAR_POSITIONAL), Parameter('k', Parameter.KEYWORD_ONLY),
          Parameter('kw', Parameter.VAR_KEYWORD, annotation='x')]
sig = Signature(params, return_annotation=str)
print(sig, sig.replace(return_annotation=Signature.empty),
      sig.replace(parameters=params[:2]))
print(params[1].replace(name='bb', default=None), params[1] == params[1].replace(),
      params[1] == params[0])
for bad in [lambda: Parameter('1x', Parameter.POSITIONAL_ONLY),
            lambda: Parameter('x', 7),
            lambda: Parameter('args', Parameter.VAR_POSITIONAL, default=1),
            lambda: Signature([params[1], params[0]]),
            lambda: Signature([Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1),
                               Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)]),
            lambda: Signature([params[0], params[0]]),
            lambda: inspect.signature(3),
            lambda: Parameter(3, Parameter.POSITIONAL_ONLY)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(inspect.formatannotation(int), inspect.formatannotation(inspect.Parameter),
      inspect.formatannotation(list[str]), inspect.formatannotation('text'),
      inspect.formatannotation(typing.Any), inspect.formatannotation(None))
print(inspect.getfullargspec(f1))
print(inspect.getfullargspec(f3))
print(inspect.getfullargspec(K.m))
print(inspect.get_annotations(f3), inspect.get_annotations(f7, eval_str=True))
import keyword
print(keyword.kwlist == sorted(keyword.kwlist), len(keyword.kwlist), keyword.softkwlist,
      keyword.iskeyword('lambda'), keyword.iskeyword('match'), keyword.issoftkeyword('match'),
      keyword.iskeyword('x'))
for bad in ['class', 'None', 'match']:
    try:
        print(Parameter(bad, Parameter.POSITIONAL_ONLY))
    except ValueError as e:
        print('ValueError', e)
import dataclasses
import enum


@dataclasses.dataclass
class DC:
    x: int
    y: str = 'a'
    z: list = dataclasses.field(default_factory=list)


class Color(enum.Enum):
    RED = 1


class MyError(Exception):
    pass


class Meta(type):
    def __call__(cls, token, *more):
        return super().__call__()


class UsesMeta(metaclass=Meta):
    def __init__(self):
        pass


class InitAndNew:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, only_init):
        pass


for obj in [DC, UsesMeta, InitAndNew, MyError, int]:
    try:
        print(obj.__name__, inspect.signature(obj))
    except ValueError as e:
        print(obj.__name__, 'ValueError', e)
print(DC.__init__.__annotations__['return'], Color.RED in Color)
