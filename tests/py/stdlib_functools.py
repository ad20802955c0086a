import functools
from functools import reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering, cached_property

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, [1, 2, 3], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print("TypeError:", e)

def power(base, exp=2):
    return base ** exp
sq = partial(power, exp=2)
cube = partial(power, exp=3)
print(sq(5), cube(2), partial(power, 2)(10))
p = partial(partial(power, 3), exp=4)
print(p(), p.args, p.keywords, p.func is power)
print(repr(partial(max, 1, 2, key=abs)))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)

calls = []
@lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 10
print(f(1), f(2), f(1), f(3), f(2))
print(calls)
print(f.cache_info())
info = f.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
f.cache_clear()
print(f.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@functools.cache
def sq2(x):
    return x * x
print(sq2(4), sq2(4), sq2.cache_info())

@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)

def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(a):
    "my docs"
    return a
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3))
try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print("ValueError:", e)

class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def value(self):
        self.n += 1
        return self.n * 100
c = C()
print(c.value, c.value, c.n)
del c.value
print(c.value, c.n)

@functools.singledispatch
def show(x):
    return "object"
@show.register(int)
def _(x):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
print(show(1), show([1, 2]), show("s"), show(True))
