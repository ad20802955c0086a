# inspect: getdoc/cleandoc (inherited docs), getattr_static, currentframe/stack/getframeinfo,
# getsource of functions the interpreter ran, getmodule/getfile.
import inspect
import os


def documented():
    """First line.

        Indented more.
    Back.
    """


class Base:
    """Base docs."""

    def method(self):
        """Method docs from Base."""

    @property
    def prop(self):
        """Property docs."""
        return 1


class Child(Base):
    def method(self):
        pass


print(repr(inspect.getdoc(documented)))
print(repr(inspect.getdoc(Child)), repr(inspect.getdoc(Child.method)),
      repr(inspect.getdoc(Child().method)), repr(inspect.getdoc(Child.prop)))
print(repr(inspect.cleandoc('  a\n    b\n\tc\n\n')), repr(inspect.cleandoc('\n\n  x\n  y\n\n')),
      repr(inspect.cleandoc('single')), repr(inspect.cleandoc('')))
print(repr(inspect.getdoc(3)) != '', inspect.getdoc(lambda: 0))


class Desc:
    def __get__(self, obj, cls):
        return 'computed'


class S:
    d = Desc()
    x = 1

    def __getattr__(self, name):
        return 'dynamic ' + name

    @property
    def p(self):
        raise RuntimeError('not called')


s = S()
s.y = 2
s.__dict__['d'] = 'instance'
print(type(inspect.getattr_static(s, 'd')).__name__, s.d, inspect.getattr_static(s, 'x'),
      inspect.getattr_static(s, 'y'), type(inspect.getattr_static(s, 'p')).__name__,
      inspect.getattr_static(s, 'missing', 'default'), s.missing)
try:
    inspect.getattr_static(s, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print(inspect.getattr_static(S, 'x'), inspect.getattr_static(S, 'p').fget.__name__)


def where():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    return frame.f_code.co_name, info.function, info.lineno, info.code_context, info.index


print(where())


def outer():
    return inner()


def inner():
    return [(fi.function, fi.lineno, fi.code_context) for fi in inspect.stack()[:3]]


print(outer())
print(inspect.stack()[0].function, os.path.basename(inspect.stack()[0].filename))


def source_me(a,
              b=2):
    # a comment
    return a + b


print(inspect.getsource(source_me), end='')
print(inspect.getsourcelines(source_me)[1])
print(inspect.getmodule(source_me).__name__, inspect.getmodule(inspect) is inspect,
      os.path.basename(inspect.getfile(source_me)))
try:
    raise KeyError('k')
except KeyError as e:
    tb = e.__traceback__
    print(inspect.getframeinfo(tb).lineno, [f.function for f in inspect.getinnerframes(tb)])


def counter():
    total = 0
    while True:
        state.append(inspect.getgeneratorstate(gen))
        total += yield total


state = []
gen = counter()
print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
next(gen)
print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen), state)
gen.send(5)
print(inspect.getgeneratorlocals(gen))
gen.close()
print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
try:
    inspect.getgeneratorlocals(3)
except TypeError as e:
    print('TypeError', e)


async def job():
    return 1


co = job()
print(inspect.getcoroutinestate(co), inspect.getcoroutinelocals(co))
try:
    co.send(None)
except StopIteration as e:
    print('done', e.value)
print(inspect.getcoroutinestate(co), inspect.getcoroutinelocals(co))

LIMIT = 10


def make(step):
    def inner(x):
        return min(x + step, LIMIT) + len(undefined_name_xyz.attr)
    return inner


cv = inspect.getclosurevars(make(3))
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
print(inspect.getclosurevars(Base().method).nonlocals)


def mark(cls):
    return cls


@mark
class Outer:
    """Outer doc."""
    class Inner:
        x = 1

    def m(self):
        class Local:
            pass
        return Local


print(inspect.getsource(Outer.Inner), end='')
print(inspect.getsourcelines(Outer)[1], len(inspect.getsourcelines(Outer)[0]))
print(inspect.getsource(Outer().m()), end='')
module_lines, start = inspect.getsourcelines(inspect.getmodule(Outer))
print(start, module_lines[0], end='')
