# BaseException args/str/repr with 0, 1 and several arguments, with_traceback, attributes
# of built-in exceptions (KeyError str, UnicodeError fields, StopIteration.value, SystemExit.code).
for args in ((), ('one',), ('a', 2), (None,), ([1, 2],)):
    e = Exception(*args)
    print(repr(e), str(e), e.args)
print(str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')), repr(KeyError('k')))
print(str(IndexError(3)), repr(ValueError('x', 1)))
s = StopIteration(5)
print(s.value, StopIteration().value, SystemExit(2).code, SystemExit().code, SystemExit(1, 2).code)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as u:
    print(u.encoding, repr(u.object), u.start, u.end, u.reason, str(u))
try:
    raise ValueError('with tb')
except ValueError as v:
    tb = v.__traceback__
    e2 = RuntimeError('re').with_traceback(tb)
    print(e2.__traceback__ is tb, tb.tb_lineno, type(tb).__name__)
e = Exception('mutable')
e.args = ('changed', 1)
print(e, repr(e))
e.custom = 'attr'
print(e.custom, vars(e))
ai = AttributeError('msg', name='n', obj=5)
print(ai.name, ai.obj, str(ai))
ne = NameError('x', name='x')
print(ne.name)
ie = ImportError('cannot', name='mod', path='/p')
print(ie.name, ie.path, ie.msg, str(ie), repr(ie))
print(repr(OSError(2, 'x')), repr(OSError('plain')))
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__[1].__name__,
      issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError),
      issubclass(NotImplementedError, RuntimeError), issubclass(UnicodeDecodeError, ValueError),
      issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args)
try:
    raise 5
except TypeError as t:
    print('TypeError:', t)
try:
    raise ValueError from 'x'
except TypeError as t:
    print('TypeError:', t)
warning_names = [n for n in ('Warning', 'UserWarning', 'DeprecationWarning', 'RuntimeWarning', 'SyntaxWarning',
                             'FutureWarning', 'ResourceWarning', 'BytesWarning', 'UnicodeWarning',
                             'ImportWarning', 'EncodingWarning', 'PendingDeprecationWarning')
                 if isinstance(__builtins__, dict) and n in __builtins__ or hasattr(__builtins__, n)]
print(len(warning_names))
