# array.array: typecodes, range checks with CPython's messages, every method, slicing,
# operators with checked sizes, comparisons, repr, iteration.
from array import array
import array as array_module


def t(src, env=None):
    try:
        r = eval(src, globals(), env or {})
        print(src, '->', repr(r))
    except BaseException as e:
        print(src, '!!', type(e).__name__, e)


print(array_module.typecodes, array.__name__, array.__module__, array)
for tc in 'bBhHiIlLqQ':
    for v in (-2**64, -2**63 - 1, -2**63, -2**31 - 1, -2**15 - 1, -129, -1, 0, 255, 256,
              2**15, 2**16, 2**31, 2**32, 2**63 - 1, 2**63, 2**64):
        try:
            a = array(tc, [v])
            print(tc, v, 'ok', a[0] == v, a.itemsize)
        except Exception as e:
            print(tc, v, type(e).__name__, e)
for tc in 'bIfd':
    for v in ('x', 1.5, None, 2**1100, True):
        try:
            print(tc, repr(v)[:20], array(tc, [v]))
        except Exception as e:
            print(tc, repr(v)[:20], type(e).__name__, str(e)[:60])
for args in [(), ('x',), ('bb',), (1,), ('b', 5), ('b', 'abc'), ('u', 'abc'), ('b', b'ab'),
             ('d', [1, 2.5]), ('b', [], 1), ('h', b'abc'), ('i', range(5)), ('u', array('b', [1]))]:
    try:
        print(args, array(*args))
    except Exception as e:
        print(args, type(e).__name__, e)

a = array('i', [1, 2, 3])
cases = [
    "a[5]", "a[-4]", "a['x']", "a[1:2]", "a[::-1]", "a[::2]", "a[5:1]", "a.pop(7)", "array('i').pop()",
    "a.index(9)", "a.remove(9)", "a + array('d')", "a + [1]", "a * None", "a.frombytes(b'abc')",
    "a.frombytes('abc')", "a.fromlist((1,))", "a.extend(array('d'))", "a.extend(5)", "a.insert('x', 1)",
    "array('q', [0]) * (1 << 61)", "array('b', [0]) * (1 << 62)", "array('b', [1]) * (1 << 63)",
    "(1 << 62) * array('h', [1])", "a < 5", "a == [1, 2, 3]", "array('i', [1]) == array('d', [1.0])",
    "array('i', [1, 2]) < array('i', [1, 3])", "array('i', [1, 2]) >= array('i', [1])", "hash(a)",
    "array('u', 'ab')[0]", "array('u', [1])", "array('u', ['ab'])", "array('u', 'xyz').tounicode()",
    "array('b', [1, 2]).tobytes()", "array('h', [1, 2]).tounicode()",
    "array('d', [1.5, float('nan')])", "array('f', [0.1])[0]", "repr(array('b'))", "a.count(2)",
    "a.tolist()", "len(a)", "array('i', array('b', [1, 2]))", "a.fromunicode('x')",
    "list(reversed(array('b', [1, 2])))",
    "list(iter(array('H', [7, 8])))", "type(iter(a)).__name__", "a.index(2, 2)", "a.index(2, 0, 2)",
    "array('b') == array('b')", "array('d', [1.0]) == array('f', [1.0])", "sum(array('d', [0.5] * 4))",
    "array('B', b'\\xff')", "array('b', [-1]).tobytes()", "array('H', [65535]).tolist()",
    "array('i', [1]) + array('i', [2])", "array('i', [5]).__copy__()", "array('i', [1]) * -1",
    "2 in array('b', range(3))", "'x' in array('b', range(3))", "a.buffer_info()[1]",
]
for c in cases:
    t(c, {'a': a, 'array': array})

# mutation
a = array('h', range(10))
a.append(10); a.insert(0, -1); a.insert(-1, 99); a.insert(100, 7)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(5); a.reverse(); print(a)
a.extend([1, 2]); a.extend(array('h', [3])); a.extend(a); print(a)
a.fromlist([5, 6])
try:
    a.fromlist([7, 'x'])
except TypeError as e:
    print('fromlist', e, a[-3:])
b = array('h', [1, 256, -2]); b.byteswap(); print(b); b.byteswap(); print(b)
c = array('d', [1.0, 2.0]); c.byteswap(); c.byteswap(); print(c)
b.frombytes(array('h', [9]).tobytes()); print(b)
print(array('i', [1, 2]).tobytes() == bytes([1, 0, 0, 0, 2, 0, 0, 0]))
u = array('u', 'hi'); u.fromunicode('!'); print(u, u.tounicode())

# slices
a = array('i', range(10))
a[2:5] = array('i', [0]); print(a)
a[::2] = array('i', [7] * len(a[::2])); print(a)
del a[::3]; print(a)
del a[1:3]; print(a)
a[:] = a; print(a)
a[len(a):] = array('i', [1, 2]); print(a)
a[0] = 100; a[-1] = -100; print(a)
for bad in ([1, 2], array('d', [1.0]), array('i', [1])):
    try:
        a[::2] = bad
    except Exception as e:
        print(type(e).__name__, e)
try:
    a[0] = 2**40
except OverflowError as e:
    print('OverflowError', e, a[0])
try:
    del a[100]
except IndexError as e:
    print('IndexError', e)

# in-place operators
a = array('b', [1, 2]); a += array('b', [3]); print(a)
a *= 3; print(a)
a *= 0; print(a, len(a))
try:
    a += [1]
except TypeError as e:
    print(e)
try:
    a += array('h')
except TypeError as e:
    print(e)
print(array('d', [1, 2]) == array('d', [1, 2]), array('d', [float('nan')]) == array('d', [float('nan')]))
print([x * 2 for x in array('f', [0.5, 1.5])], array('Q', [2**64 - 1])[0], array('q', [-2**63])[0])


# subclass
class MyArray(array):
    def total(self):
        return sum(self)


m = MyArray('i', [1, 2, 3])
print(m.total(), type(m).__name__, isinstance(m, array), type(m + m).__name__, m[1:])


# re-entrancy: __index__ that shrinks the array being written
class Evil:
    def __init__(self, arr):
        self.arr = arr

    def __index__(self):
        del self.arr[:]
        return 5


x = array('i', [1, 2, 3])
try:
    x[2] = Evil(x)
except IndexError as e:
    print('IndexError', e)
print(x)


class EqShrink:
    def __init__(self, arr):
        self.arr = arr

    def __eq__(self, other):
        del self.arr[:]
        return False


x = array('i', [1, 2, 3])
print(x.count(EqShrink(x)), x)
x = array('i', [1, 2, 3])
print(EqShrink(x) in x, x)
x = array('i', [1, 2, 3])
try:
    x.index(EqShrink(x))
except ValueError as e:
    print(e, x)
