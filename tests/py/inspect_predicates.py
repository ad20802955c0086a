# inspect: the type predicates, getmro, getmembers, isabstract.
import abc
import functools
import inspect
import sys


def f():
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class C:
    attr = 1

    def method(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def prop(self):
        return 1

    def genmethod(self):
        yield 2


class D(C):
    pass


class A(abc.ABC):
    @abc.abstractmethod
    def must(self):
        pass


g = gen()
c = coro()
ag = agen()
objects = [('f', f), ('gen', gen), ('coro', coro), ('agen', agen), ('g', g), ('c', c),
           ('ag', ag), ('C', C), ('C()', C()), ('C().method', C().method),
           ('C.method', C.method), ('C.cm', C.cm), ('len', len), ('[].append', [].append),
           ('sys', sys), ('lambda', lambda: 0), ('partial(gen)', functools.partial(gen)),
           ('C().genmethod', C().genmethod), ('int', int), ('3', 3), ('A', A)]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
         'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'iscoroutine',
         'isasyncgen', 'isawaitable', 'isbuiltin', 'isroutine', 'isabstract', 'iscode',
         'isframe', 'istraceback']
for name, obj in objects:
    print(name, [p for p in preds if getattr(inspect, p)(obj)])
c.close()
print(inspect.iscode(f.__code__), inspect.isframe(inspect.currentframe()))
try:
    raise ValueError
except ValueError as e:
    print(inspect.istraceback(e.__traceback__))
print(inspect.isdatadescriptor(C.__dict__['prop']), inspect.ismethoddescriptor(C.__dict__['prop']))
print(inspect.getmro(D))
print([n for n, v in inspect.getmembers(D) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(D, inspect.isfunction)])
print([n for n, v in inspect.getmembers(C(), inspect.ismethod)])
print(inspect.getmembers(sys.modules[__name__], inspect.isclass)[:3])


class Meta(type):
    def __getattr__(cls, name):
        raise AttributeError(name)


class WithMeta(metaclass=Meta):
    x = 5


print([n for n, v in inspect.getmembers(WithMeta) if not n.startswith('__')])
print(inspect.isabstract(A), inspect.isabstract(C), inspect.isabstract(abc.ABC))
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS)
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR))
