# Decorators: stacking order, decorators with arguments, class decorators adding methods,
# decorating methods, classmethod/property stacking, decorator returning non-callables.
import functools

calls = []


def trace(tag):
    def deco(fn):
        calls.append(f'decorate {tag} {fn.__name__}')

        @functools.wraps(fn)
        def wrapper(*a, **k):
            calls.append(f'enter {tag}')
            return fn(*a, **k)
        return wrapper
    return deco


@trace('outer')
@trace('inner')
def work(x):
    return x * 2


print(calls)
calls.clear()
print(work(3), calls, work.__name__, work.__wrapped__.__wrapped__.__name__)


def add_repr(cls):
    def __repr__(self):
        return f'{cls.__name__}({", ".join(f"{k}={v!r}" for k, v in vars(self).items())})'
    cls.__repr__ = __repr__
    return cls


@add_repr
class Thing:
    def __init__(self, a, b):
        self.a, self.b = a, b


print(Thing(1, 'x'))


def register(registry):
    def deco(obj):
        registry[obj.__name__] = obj
        return obj
    return deco


plugins = {}


@register(plugins)
class PluginA:
    pass


@register(plugins)
def plugin_b():
    pass


print(sorted(plugins))


@lambda f: f.__name__.upper()
def replaced():
    pass


print(replaced)


class Service:
    def __init__(self):
        self.n = 0

    @trace('method')
    def step(self):
        self.n += 1
        return self.n

    @classmethod
    @functools.lru_cache(maxsize=None)
    def config(cls):
        return cls.__name__

    @property
    @functools.lru_cache(maxsize=None)
    def expensive(self):
        return 'computed'


s = Service()
print(s.step(), s.step(), Service.config(), s.expensive)


def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper


@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(10), fib.calls)
