# Exception fields set by constructors (OSError's filename, ImportError's name/path,
# SyntaxError's location, the Unicode errors' parts, StopIteration.value ...) are not in the
# instance __dict__, as in CPython; assignment changes them without touching __dict__ and
# attributes a program sets still land there.
import copy, pickle

cases = [
    OSError(2, 'No such file', 'f.txt'),
    OSError(1, 'x', 'a', None, 'b'),
    FileNotFoundError(2, 'gone', 'p'),
    BlockingIOError(11, 'again', 5),
    ImportError('msg', name='mod', path='/p'),
    ModuleNotFoundError('m', name='n'),
    SyntaxError('bad', ('file.py', 3, 4, 'x = (', 3, 6)),
    UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
    UnicodeEncodeError('ascii', '\xe9', 0, 1, 'ordinal not in range'),
    UnicodeTranslateError('\xe9', 0, 1, 'no'),
    StopIteration(7),
    SystemExit(3),
    KeyError('k'),
    AttributeError('a', name='nm', obj=1),
    NameError('n', name='nm'),
]
for e in cases:
    print(type(e).__name__, vars(e), e.__dict__ == {}, str(e))
e = OSError(2, 'x', 'old')
e.filename = 'new'
e.custom = 1
print(e.filename, vars(e), e)
e = SyntaxError('m', ('f', 1, 2, 't'))
e.lineno = 10
print(e.lineno, vars(e))
e = StopIteration(1)
e.value = 2
print(e.value, e.args, vars(e))
e = UnicodeDecodeError('utf-8', b'ab', 0, 1, 'r')
e.start = 1
e.reason = 'changed'
print(e.start, vars(e), e)
class MyOSError(OSError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = 'kept'
m = MyOSError(13, 'denied', 'file')
print(type(m).__name__, vars(m), m.filename, m)
for e in [OSError(2, 'x', 'f'), ImportError('m', name='n'), SyntaxError('s', ('f', 1, 2, 't')),
          StopIteration(4), KeyError('z')]:
    c = copy.copy(e)
    p = pickle.loads(pickle.dumps(e))
    print(type(c).__name__, c.args, vars(c), type(p).__name__, p.args, vars(p), str(p))
print(ord(b'a'), ord(bytearray(b'\xff')), ord(memoryview(b'q').tobytes()))
for bad in (b'', b'ab', bytearray(), bytearray(b'xyz'), 5, None, [1]):
    try:
        ord(bad)
    except TypeError as e:
        print('TypeError:', e)
for name in ('no_such_mod_xyz', "it's_gone", 'a\nb', 'caf\xe9_mod', 'json.nope', 'q"q'):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, str(e), e.name)
try:
    import math.sub
except ImportError as e:
    print(type(e).__name__, str(e))
e = ImportError('m')
e.__setstate__({'name': 'n2', 'path': 'p2', 'zz': 1})
print(vars(e), e.name, e.path)
e.__setstate__(None)
for bad in ([1], {1: 2}):
    try:
        e.__setstate__(bad)
    except TypeError as err:
        print('TypeError:', err)
import copy
d = copy.deepcopy(OSError(2, 'x', 'f'))
print(type(d).__name__, d.args, d.filename, str(d))
e = OSError()
for action in ('get', 'del'):
    try:
        e.characters_written if action == 'get' else delattr(e, 'characters_written')
    except AttributeError as err:
        print(action, 'AttributeError:', err)
try:
    e.characters_written = 'a'
except TypeError as err:
    print('TypeError:', err)
e.characters_written = 3
print(e.characters_written, vars(e))
del e.characters_written
print(hasattr(e, 'characters_written'), BlockingIOError(11, 'x', 4).characters_written)
try:
    (1).nope
except AttributeError as err:
    print(err.name, err.obj, vars(err))
