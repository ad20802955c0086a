# sys: the facts scripts commonly read, and the functions they call.
import sys

print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.version_info[:2], sys.version_info.major,
      sys.version.startswith('3.11'), type(sys.version_info).__name__)
print(sys.version_info >= (3, 8), sys.version_info < (4,), tuple(sys.version_info)[:2])
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(type(sys.int_info.bits_per_digit).__name__, sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1,
      sys.hash_info.inf, sys.hash_info.nan)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in (0, -5, 'x'):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(sys.argv[0].endswith('stdlib_sys_facts.py'), type(sys.path).__name__, type(sys.modules).__name__)
print('sys' in sys.modules, sys.modules['sys'] is sys, sys.modules[__name__].__name__)
print(sys.getrefcount(object()) >= 1, sys.getsizeof(0) > 0, sys.getsizeof([], 7) > 0)
a = sys.intern('hello world!')
b = sys.intern(''.join(['hello', ' world!']))
print(a is b)
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError:', e)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
print(sys.exc_info()[0])
sys.stdout.write('written\n')
sys.stderr.write('')
print(sys.stdout.writable(), hasattr(sys.stdout, 'flush'), sys.stdin.readable())
print(sys.get_int_max_str_digits() in (0, 4300), sys.implementation.name in ('cpython', 'bastion'))
print(hasattr(sys, 'platform'), hasattr(sys, 'executable'), sys.flags.optimize if hasattr(sys, 'flags') else 0)
try:
    sys.exit('bye')
except SystemExit as e:
    print('SystemExit', e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
