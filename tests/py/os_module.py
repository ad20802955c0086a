# os: constants, fspath/fsencode/fsdecode/PathLike, and os.environ as a mapping a program
# fills itself (the test sets and removes its own variables; it never reads the host's).
import os

print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep,
      os.altsep, os.devnull, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.error is OSError)
print(os.fspath('s'), os.fspath(b'b'), os.fsencode('caf\xe9'), os.fsdecode(b'caf\xc3\xa9'),
      os.fsdecode('x'), os.fsencode(b'y'))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)


class Good:
    def __fspath__(self):
        return '/good'


class Bad:
    def __fspath__(self):
        return 5


print(os.fspath(Good()), isinstance(Good(), os.PathLike), isinstance('x', os.PathLike),
      issubclass(Good, os.PathLike))
try:
    os.fspath(Bad())
except TypeError as e:
    print('TypeError', e)
print(os.PathLike[str])

KEY = 'BASTION_TEST_VARIABLE_1'
KEY2 = 'BASTION_TEST_VARIABLE_2'
print(KEY in os.environ, os.getenv(KEY), os.getenv(KEY, 'dflt'), os.environ.get(KEY))
os.environ[KEY] = 'value one'
os.environ.setdefault(KEY2, 'two')
print(KEY in os.environ, os.getenv(KEY), os.environ[KEY2], os.environ.get(KEY2))
print(os.environb[KEY.encode()], os.getenvb(KEY2.encode()))
os.environb[b'BASTION_TEST_VARIABLE_3'] = b'three'
print(os.environ['BASTION_TEST_VARIABLE_3'])
del os.environ['BASTION_TEST_VARIABLE_3']
print(sorted(k for k in os.environ if k.startswith('BASTION_TEST')))
try:
    os.environ[KEY] = 1
except TypeError as e:
    print('TypeError', e)
try:
    os.environ[1]
except TypeError as e:
    print('TypeError', e)
try:
    os.environ['BASTION_TEST_MISSING']
except KeyError as e:
    print('KeyError', e)
try:
    del os.environ['BASTION_TEST_MISSING']
except KeyError as e:
    print('KeyError', e)
c = os.environ.copy()
print(type(c).__name__, c[KEY])
merged = os.environ | {'BASTION_TEST_X': 'x'}
print(type(merged).__name__, merged['BASTION_TEST_X'], 'BASTION_TEST_X' in os.environ)
os.environ |= {'BASTION_TEST_Y': 'y'}
print(os.environ.pop('BASTION_TEST_Y'), 'BASTION_TEST_Y' in os.environ)
os.environ['HOME'] = '/home/tester/'
print(os.path.expanduser('~'), os.path.expanduser('~/x/y'), os.path.expanduser('~other/x'),
      os.path.expanduser(b'~/b'))
os.environ['HOME'] = '/'
print(os.path.expanduser('~'), os.path.expanduser('~/z'))
print(os.path.expandvars('$' + KEY + '/${' + KEY2 + '}/$UNSET_BASTION_Q/$'),
      os.path.expandvars(b'$' + KEY.encode()))
os.environ['PATH'] = '/bin:/opt/bin'
print(os.get_exec_path(), os.get_exec_path({}))
for k in [KEY, KEY2]:
    del os.environ[k]
print(KEY in os.environ, os.getenv(KEY))
