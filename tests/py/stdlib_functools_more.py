# functools: lru_cache (stats, typed, maxsize, cache_clear), partial (repr, nesting,
# keywords), wraps, total_ordering, cached_property, cmp_to_key, reduce, singledispatch.
import functools


@functools.lru_cache(maxsize=2)
def sq(n):
    print('compute', n)
    return n * n


print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__(5))


@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    print('miss', repr(x))
    return x


ident(1)
ident(1.0)
ident(1)
print(ident.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)
p = functools.partial(int, base=2)
print(p('101'), p.func is int, p.args, p.keywords)
p2 = functools.partial(p, '111')
print(p2(), p2.func is int, p2.args)


def add3(a, b, c):
    return a + b + c


print(functools.partial(add3, 1, c=3)(2))
try:
    functools.partial()
except TypeError as e:
    print('TypeError:', e)
try:
    functools.partial(5)
except TypeError as e:
    print('TypeError:', e)


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


@deco
def documented(x):
    """Doc string."""
    return x


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(4))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == o.n

    def __lt__(self, o):
        return self.n < o.n


print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(2), Version(1) > Version(1))


class Lazy:
    @functools.cached_property
    def value(self):
        print('computing value')
        return 99


lz = Lazy()
print(lz.value, lz.value, 'value' in vars(lz))
del lz.value
print(lz.value)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(functools.reduce(lambda a, b: a + b, [1, 2, 3], 10), functools.reduce(max, [4, 9, 2]))
try:
    functools.reduce(max, [])
except TypeError as e:
    print('TypeError:', e)


@functools.singledispatch
def kind(x):
    return 'object'


@kind.register
def _(x: int):
    return 'int'


@kind.register(list)
def _(x):
    return 'list'


print(kind(1), kind([]), kind('s'), kind(True))
