# The buffer protocol over array.array: memoryview (format, itemsize, writes), BufferError on
# every resize while exported (CPython issue #4509 rules for slices), bytes()/bytearray()/join/
# startswith/str() over arrays, subclasses, the empty array and the 'u' typecode (format w).
from array import array
a = array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[1], m.readonly)
for op in (lambda: a.append(2), lambda: a.extend([5]), lambda: a.pop(), lambda: a.remove(1),
           lambda: a.insert(0, 1), lambda: a.frombytes(b'\0\0\0\0'), lambda: a.fromlist([1]),
           lambda: a.__delitem__(0), lambda: a.__delitem__(slice(0, 2)), lambda: a.__delitem__(slice(0, 3, 2)),
           lambda: a.__setitem__(slice(0, 1), array('i', [7, 8])), lambda: a.__iadd__(array('i', [1])),
           lambda: a.__imul__(2), lambda: a.__imul__(0)):
    try:
        op(); print("ok", a)
    except BufferError as e:
        print("BufferError", e)
a.extend([]); a.fromlist([]); a *= 1; a[0:1] = array('i', [9])
print(a)
m[0] = 42
print(a, bytes(m))
m.release()
a.append(4); print(a)
print(bytes(array('h', [1, 2])), bytearray(array('b', [1, -1])), b''.join([array('B', [65, 66]), b'C', array('b', [68])]))
print(b'-'.join([array('B', [65]), bytearray(b'x')]))
with memoryview(a) as m2:
    print(m2.cast('B').tolist()[:8])
    try:
        a.append(1)
    except BufferError as e:
        print(e)
a.append(1); print(a)
e = array('d'); me = memoryview(e); print(me.tolist(), me.nbytes, bytes(me), me.format)
try:
    e.append(1.0)
except BufferError as x:
    print(x)
del me
e.append(1.0); print(e)
class A(array): pass
s = A('q', [1, 2]); ms = memoryview(s); print(ms.format, ms.tolist())
try:
    s.append(3)
except BufferError as x: print(x)
u = array('u', 'ab'); mu = memoryview(u); print(mu.format, mu.itemsize, mu.nbytes)
try:
    mu.tolist()
except NotImplementedError as x: print("NIE", x)
print(bytes(array('f', [1.5])), len(bytearray(array('d', [1.0, 2.0]))))
ba = bytearray(b'xy'); ba += array('B', [1, 2]); print(ba)
print(b'ab' + memoryview(b'c'))
try:
    print(b'ab' + array('B', [1]))
except TypeError as x: print("TE", x)
print(array('B', b'abc').tobytes(), array('b', memoryview(b'ab')))
print(b'abc'.startswith(array('B', b'ab')), b'abcab'.count(array('B', b'ab')), b'abc'.find(array('B', b'c')))
print(str(array('B', b'hi'), 'ascii'), array('B', b'hi') == array('B', b'hi'))
import codecs
print(codecs.decode(array('B', b'hi'), 'ascii'))
m3 = memoryview(array('i', [1,2,3,4]))[::2]; print(m3.tolist(), bytes(m3))
for s in ("del a[1:1]", "a[1:1] = array('i')", "a[0:1] = array('i', [9])", "del a[::5]", "del a[5:5:2]",
          "a[1:1] = [1]", "del a[0]", "a[::2] = array('i', [1, 2])", "a.extend(array('i'))", "a.byteswap()",
          "a.reverse()", "a *= 3", "a[0] = 5"):
    a = array('i', [1, 2, 3])
    m = memoryview(a)
    try:
        exec(s)
        print(s, "ok", a)
    except Exception as e:
        print(s, type(e).__name__, e)
    m.release()
    a.append(0)
    print(a)
# A view taken inside a conversion: the append that follows must refuse (no reallocation).
class Sneaky:
    def __index__(self):
        global held
        held = memoryview(arr)
        return 7
arr = array('b', [1])
try:
    arr.append(Sneaky())
except BufferError as e:
    print("BufferError", e)
print(arr, held.tolist())
try:
    arr.fromlist([Sneaky(), 3])
except BufferError as e:
    print("BufferError", e)
print(arr, held.tolist())
held.release()
arr.fromlist([4, 5]); print(arr)
mm = memoryview(array('H', [1, 2, 3]))
print(mm.cast('B').tolist(), mm[1:].tolist(), mm[::-1].tolist(), mm == array('H', [1, 2, 3]))
