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
