# lambda and decorators: defaults, closures, decorator order and arguments, wraps-like copying
add = lambda a, b=2, *args, k=1, **kw: (a, b, args, k, kw)
print(add(1), add(1, 3, 4, k=5, z=6), add.__name__, (lambda: 0).__qualname__)
print((lambda x: (lambda y: x + y))(1)(2), list(map(lambda s: s.upper(), "ab")))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda *, k: k)(k=3), (lambda a, /, b: a - b)(5, b=2))

def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, [type(a).__name__ for a in args], kwargs)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

def twice(fn):
    def wrapper(*a):
        return fn(fn(*a))
    return wrapper

@trace
@twice
def inc(x):
    return x + 1
print(inc(1), inc.__name__, inc.__wrapped__.__name__)

def repeat(n):
    def deco(fn):
        def wrapper():
            return [fn() for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello():
    return "hi"
print(hello())

# decorator expressions are evaluated before the function is defined, applied bottom-up
order = []
def mark(name):
    order.append("eval " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco
@mark("a")
@mark("b")
def target():
    pass
print(order)

# arbitrary expressions as decorators (3.9+)
decorators = {"id": lambda f: f}
@decorators["id"]
def g():
    return "g"
print(g())

@(lambda f: "replaced by lambda")
def h():
    pass
print(h)

# decorating methods
class C:
    @trace
    def m(self, v):
        return v * 2
print(C().m(4))

# lambda default values are evaluated once
i = 10
fn = lambda x=i: x
i = 20
print(fn())

# lambda in a class body can't see class variables
class K:
    v = 1
    f = lambda self: v if False else "no access"
print(K().f())
