# bastion-differs: Bastion-only API (Bastion's marshal format differs from CPython's bytes)
# marshal round trips of every constant type and of code objects (run after loading), and
# clean EOFError/ValueError on truncated or garbage input.
import marshal

values = [None, True, False, Ellipsis, 0, 1, -1, 2 ** 62, -2 ** 63, 2 ** 64, -(10 ** 40), 1.5, -0.0,
          float('inf'), 1e300, 2j, complex(-1.5, 0.25), '', 'text', 'h\xe9llo \u20ac \U0001f600', b'',
          b'\x00\xffraw', (), (1, 'a', (2.0, None)), [], [1, [2, [3]]], {}, {'k': [1, 2], 3: (4,)},
          set(), {1, 2, 3}, frozenset(), frozenset({'x'}), [{1: frozenset({(1, 2)})}]]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    same = back == v and type(back) is type(v)
    print(type(v).__name__, same, marshal.dumps(back) == data)

nan = marshal.loads(marshal.dumps(float('nan')))
print('nan', nan != nan)
print('-0.0 sign', str(marshal.loads(marshal.dumps(-0.0))))
print('version arg', marshal.loads(marshal.dumps((1, 2), 4)))
print('trailing bytes ignored', marshal.loads(marshal.dumps(7) + b'junk'))


def outer(x, y=3):
    def inner(z):
        return x + y + z
    return inner(10)


code = marshal.loads(marshal.dumps(outer.__code__))
print(code.co_name, code.co_varnames, code.co_argcount)
ns = {}
exec(marshal.loads(marshal.dumps(compile('def g(a):\n    return a * 2\nr = g(21)\n', '<m>', 'exec'))), ns)
print('exec result', ns['r'], ns['g'](5))


def run_code(c):
    def shell(x, y=3):
        pass
    shell.__code__ = c
    return shell(1)


print('loaded function', run_code(code))

for bad in [b'', b'i', b'i\x01\x02', b'u\x05\x00\x00\x00ab', b'(\xff\xff\xff\xff', b'Z', b'\xff' * 9,
            b'l\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00', b'u\x02\x00\x00\x00\xff\xfe']:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as err:
        print(bad[:6], type(err).__name__, err)

data = marshal.dumps(outer.__code__)
kinds = set()
for cut in range(len(data)):
    try:
        marshal.loads(data[:cut])
        kinds.add('value')
    except EOFError:
        kinds.add('EOFError')
    except ValueError as err:
        kinds.add(type(err).__name__)
print('truncations', sorted(kinds))

for bad in [object(), len, [object()], {1: print}, type]:
    try:
        marshal.dumps(bad)
    except ValueError as err:
        print('dumps', type(err).__name__, err)

deep = []
for i in range(300):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as err:
    print('deep', err)
try:
    marshal.loads('text')
except TypeError as err:
    print('TypeError', err)

# Well-formed marshal data whose code does not verify: VerificationError, never a code object.
import dis
import verify


def one():
    return 1


data = bytearray(marshal.dumps(one.__code__))
good_unit = dis.assemble([('LOAD_CONST', 1)])
at = bytes(data).find(good_unit)
data[at:at + 4] = dis.assemble([('LOAD_CONST', 200)])
try:
    marshal.loads(bytes(data))
except verify.VerificationError as err:
    print('loads', type(err).__name__, err.rule, err.code_name)
