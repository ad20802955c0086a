# memoryview.cast to every native format and to n-dimensional shapes: attributes, item get
# and set with range checks, tolist/tobytes/hex, indexing rules for ndim 0, 1 and > 1,
# comparisons by unpacked value, hashing, export counts, and every error CPython raises.

def t(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ('view', r.format, r.itemsize, r.ndim, r.shape, r.strides, r.nbytes, r.readonly)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

data = bytes(range(1, 25))
FORMATS = 'bBchHiIlLqQnNfd?P'
for f in FORMATS:
    m = memoryview(data).cast(f)
    print(f, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, len(m), m.contiguous,
          m.c_contiguous, m.f_contiguous, m.suboffsets)
    print(' ', m.tolist()[:3], m[0], m[-1], m.tobytes() == data)
    print(' ', m.cast('B').tolist() == list(data), memoryview(data).cast('@' + f).format)

# item assignment: in range, out of range, wrong type
ranges = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1), 'L': (0, 2**64 - 1),
          'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1), 'n': (-2**63, 2**63 - 1), 'N': (0, 2**64 - 1)}
for f, (lo, hi) in ranges.items():
    m = memoryview(bytearray(16)).cast(f)
    m[0] = lo
    m[-1] = hi
    print(f, m[0], m[-1], m.tolist()[0] == lo)
    t(f + ' below', lambda: m.__setitem__(0, lo - 1))
    t(f + ' above', lambda: m.__setitem__(0, hi + 1))
    t(f + ' float', lambda: m.__setitem__(0, 1.0))
    t(f + ' str', lambda: m.__setitem__(0, '1'))
    t(f + ' bool', lambda: (m.__setitem__(0, True), m[0]))

m = memoryview(bytearray(16)).cast('d')
m[0] = 1.5
m[1] = 7
print(m.tolist())
t('d str', lambda: m.__setitem__(0, 'x'))
t('d big', lambda: m.__setitem__(0, 2**2000))
m = memoryview(bytearray(8)).cast('f')
m[0] = 0.1
m[1] = 1e300
print(m.tolist())
t('f nan', lambda: (m.__setitem__(0, float('nan')), m[0] != m[0]))
m = memoryview(bytearray(3)).cast('?')
m[0] = []
m[1] = 'x'
m[2] = 0.0
print(m.tolist(), memoryview(b'\x00\x01\x02').cast('?').tolist())
m = memoryview(bytearray(2)).cast('c')
m[0] = b'z'
print(m.tolist())
t('c long', lambda: m.__setitem__(0, b'ab'))
t('c int', lambda: m.__setitem__(0, 1))
t('c str', lambda: m.__setitem__(0, 'a'))
m = memoryview(bytearray(8)).cast('P')
m[0] = 2**64 - 1
print(m.tolist())
m[0] = -1
print(m.tolist())
t('P big', lambda: m.__setitem__(0, 2**64))
t('P float', lambda: m.__setitem__(0, 1.0))

class Idx:
    def __index__(self):
        return 7
m = memoryview(bytearray(16)).cast('h')
m[Idx()] = -2
m[1] = Idx()
print(m.tolist(), m[Idx()], m[1, ], m[-8])

# n-dimensional views
buf = bytearray(range(24))
m = memoryview(buf).cast('B', [2, 3, 4])
t('3d', lambda: m)
print(m.tolist())
print(m[1, 2, 3], m[-1, -1, -1], m[0, 1, 2])
t('3d int', lambda: m[1])
t('3d short tuple', lambda: m[1, 1])
t('3d long tuple', lambda: m[1, 1, 1, 1])
t('3d empty tuple', lambda: m[()])
t('3d mixed', lambda: m[1:2, 1])
t('3d slices', lambda: m[1:2, 1:2])
t('3d bad', lambda: m['a'])
t('3d bad in tuple', lambda: m[1, 'a', 1])
t('3d ellipsis', lambda: m[...])
t('3d out of range 1', lambda: m[2, 0, 0])
t('3d out of range 3', lambda: m[0, 0, -5])
t('3d huge', lambda: m[2**70, 0, 0])
t('3d len', lambda: len(m))
t('3d iter', lambda: list(m))
t('3d slice', lambda: m[1:])
print(m[1:].tolist(), m[::-1].tolist(), m[::-1].strides, m[::-1].c_contiguous, m[::-1].contiguous)
t('3d slice cast', lambda: m[1:].cast('B'))
t('3d reversed cast', lambda: m[::-1].cast('B'))
print(m[::-1].tobytes(), m.tobytes('F'), m.tobytes('A') == m.tobytes(), m.hex(), m[::-1].hex(':', 4))
m[1, 2, 3] = 99
print(buf[23], m[1, 2, 3])
t('3d set out of range', lambda: m.__setitem__((1, 3, 0), 1))
t('3d set bad value', lambda: m.__setitem__((1, 2, 0), 256))
t('3d set bad type', lambda: m.__setitem__((1, 2, 0), 'a'))
t('3d set int', lambda: m.__setitem__(1, 1))
t('3d set short', lambda: m.__setitem__((1, 1), 1))
t('3d set long', lambda: m.__setitem__((1, 1, 1, 1), 1))
t('3d set slice', lambda: m.__setitem__(slice(0, 1), bytes(12)))
t('3d set slices', lambda: m.__setitem__((slice(0, 1), slice(0, 1)), b''))
t('3d set ellipsis', lambda: m.__setitem__(..., 1))
t('3d del', lambda: m.__delitem__((0, 0, 0)))
print(bytes(m) == bytes(buf), bytearray(m[::-1])[:4])
t('2d of ints', lambda: memoryview(bytes(range(16))).cast('i', (2, 2)).tolist())
t('2d to 1d', lambda: memoryview(bytes(range(16))).cast('B', (4, 4)).cast('i').tolist())
t('2d to 1d c', lambda: memoryview(bytes(range(4))).cast('B', (2, 2)).cast('c').tolist())
t('shape tuple', lambda: memoryview(bytes(8)).cast('h', (2, 2)).shape)
t('shape kw', lambda: memoryview(bytes(8)).cast(format='h', shape=[4]))
t('64 dims', lambda: memoryview(bytes(1)).cast('B', [1] * 64).ndim)
t('1d -> 1d shape', lambda: memoryview(bytes(8)).cast('B', [8]))

# 0-dim views
z = memoryview(b'a').cast('B', [])
t('0d', lambda: z)
t('0d item', lambda: z[()])
t('0d ellipsis', lambda: z[...] is z)
t('0d tolist', lambda: z.tolist())
t('0d tobytes', lambda: z.tobytes())
t('0d len', lambda: len(z))
t('0d index', lambda: z[0])
t('0d slice', lambda: z[:])
t('0d iter', lambda: list(z))
t('0d hash', lambda: hash(z) == hash(b'a'))
t('0d eq', lambda: (z == memoryview(b'a'), z == b'a', z == memoryview(b'a').cast('B', [])))
t('0d of i', lambda: memoryview(bytes([1, 0, 0, 0])).cast('i', []).tolist())
z2 = memoryview(bytearray(8)).cast('d', [])
z2[()] = 2.5
t('0d set', lambda: z2.tolist())
z2[...] = 3
t('0d set ellipsis', lambda: z2[()])
t('0d set bad key', lambda: z2.__setitem__(0, 1.0))
t('0d wrong size', lambda: memoryview(b'ab').cast('B', []))

# cast errors
m = memoryview(bytearray(8))
t('non-byte to non-byte', lambda: m.cast('i').cast('h'))
t('non-byte to byte', lambda: m.cast('i').cast('b').tolist())
t('bad format', lambda: m.cast('x'))
t('two chars', lambda: m.cast('ii'))
t('byte order', lambda: m.cast('<i'))
t('e', lambda: m.cast('e'))
t('u', lambda: m.cast('u'))
t('empty format', lambda: m.cast(''))
t('at only', lambda: m.cast('@'))
t('non-str format', lambda: m.cast(1))
t('not multiple', lambda: memoryview(bytes(7)).cast('i'))
t('shape product', lambda: m.cast('B', (2, 3)))
t('shape product itemsize', lambda: m.cast('i', [3]))
t('shape zero', lambda: m.cast('B', (2, 0, 4)))
t('shape negative', lambda: m.cast('B', [-8]))
t('shape non-int', lambda: m.cast('B', (2, 'a')))
t('shape float', lambda: m.cast('B', [8.0]))
t('shape index-like', lambda: m.cast('B', [Idx()]))
t('shape bool', lambda: m.cast('B', [True, 8]).shape)
t('shape int', lambda: m.cast('B', 8))
t('shape range', lambda: m.cast('B', range(8)))
t('shape 65 dims', lambda: m.cast('B', [1] * 65))
t('shape overflow', lambda: m.cast('B', [2**62, 2**62]))
t('shape huge', lambda: m.cast('B', [2**64]))
t('nd to nd', lambda: m.cast('B', [2, 4]).cast('B', [4, 2]))
t('nd to 1 dim shape', lambda: m.cast('B', [2, 4]).cast('h', [4]).tolist())
t('noncontiguous', lambda: m[::2].cast('B'))
t('zeros 1d', lambda: m[:0].cast('i'))
t('zeros shape', lambda: m[:0].cast('B', [1]))
t('zeros nd', lambda: m.cast('B', [2, 4])[:0].cast('B'))
t('released', lambda: (lambda v: (v.release(), v.cast('B')))(memoryview(b'ab')))

# tobytes order argument
t('order bad', lambda: m.tobytes('X'))
t('order long', lambda: m.tobytes('CC'))
t('order int', lambda: m.tobytes(1))
t('order None', lambda: m.tobytes(None))
t('order kw', lambda: m.tobytes(order='F'))

# comparisons by value
t('i == d', lambda: memoryview(bytes([1, 0, 0, 0])).cast('i') == memoryview(bytes([0, 0, 0, 0, 0, 0, 240, 63])).cast('d'))
t('f == B', lambda: memoryview(b'\x00\x00\x80\x3f').cast('f') == memoryview(b'\x01'))
t('? == B', lambda: memoryview(b'\x01').cast('?') == memoryview(b'\x01'))
t('c == B', lambda: memoryview(b'\x01').cast('c') == memoryview(b'\x01'))
t('c == bytes', lambda: memoryview(b'ab').cast('c') == b'ab')
t('b == B', lambda: (memoryview(b'\xff').cast('b') == memoryview(b'\xff'), memoryview(b'\x7f').cast('b') == b'\x7f'))
t('shapes differ', lambda: memoryview(b'\x01\x02').cast('B', [1, 2]) == memoryview(b'\x01\x02'))
t('shapes equal', lambda: memoryview(b'\x01\x02').cast('B', [1, 2]) == memoryview(bytearray(b'\x01\x02')).cast('B', [1, 2]))
t('nd strided', lambda: memoryview(bytes(range(8))).cast('B', [2, 4])[::-1] == memoryview(bytes([4, 5, 6, 7, 0, 1, 2, 3])).cast('B', [2, 4]))
t('ne', lambda: memoryview(bytes(8)).cast('q') != memoryview(bytes(8)).cast('d'))
nan = memoryview(bytes([0, 0, 0, 0, 0, 0, 248, 127])).cast('d')
t('nan', lambda: (nan == nan, nan != nan, nan.tolist()))
t('not a buffer', lambda: memoryview(bytes(8)).cast('d').__eq__(1))
t('reflected', lambda: (b'\x01\x02' == memoryview(b'\x01\x02'), bytearray(b'\x01') != memoryview(b'\x01').cast('c')))
t('ordering', lambda: memoryview(b'a') < memoryview(b'b'))

# hashing
t('hash B', lambda: hash(memoryview(b'abc')) == hash(b'abc'))
t('hash b', lambda: hash(memoryview(b'abc').cast('b')) == hash(b'abc'))
t('hash c', lambda: hash(memoryview(b'abc').cast('c')) == hash(b'abc'))
t('hash nd', lambda: hash(memoryview(b'abcd').cast('B', [2, 2])) == hash(b'abcd'))
t('hash strided', lambda: hash(memoryview(b'abcd')[::2]) == hash(b'ac'))
t('hash h', lambda: hash(memoryview(b'ab').cast('h')))
t('hash writable', lambda: hash(memoryview(bytearray(b'ab'))))
t('hash writable h', lambda: hash(memoryview(bytearray(b'ab')).cast('h')))
t('hash readonly bytearray', lambda: hash(memoryview(bytearray(b'ab')).toreadonly()))

# slice assignment keeps formats apart
m = memoryview(bytearray(8)).cast('i')
t('slice i from bytes', lambda: m.__setitem__(slice(0, 1), b'abcd'))
m[0:1] = memoryview(b'\x05\x00\x00\x00').cast('i')
m[1:2] = memoryview(b'\x06\x00\x00\x00').cast('@i')
print(m.tolist())
t('slice wrong length', lambda: m.__setitem__(slice(0, 2), memoryview(b'\x05\x00\x00\x00').cast('i')))
t('slice nd source', lambda: m.__setitem__(slice(0, 2), memoryview(bytes(8)).cast('i', [1, 2])))
t('slice not a buffer', lambda: m.__setitem__(slice(0, 1), 5))
m[::-1] = memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0])).cast('i')
print(m.tolist())
t('readonly', lambda: memoryview(bytes(8)).cast('i').__setitem__(0, 1))

# iteration, memoryview(), toreadonly and bytes() of cast views
m = memoryview(bytes(range(8))).cast('h')
print(list(m), list(reversed(m)), 258 in m, len(m))
m2 = memoryview(m)
print(m2.format, m2.shape, m2.tolist(), m.toreadonly().format, bytes(m), bytearray(m.cast('B', [2, 4])))
print(m.cast('B', [2, 4]).toreadonly().shape, memoryview(m.cast('B', [2, 4])).strides)

# a cast view is an export: the bytearray cannot be resized while it is alive
b = bytearray(16)
v = memoryview(b)
c = v.cast('i', [2, 2])
v.release()
t('resize under cast', lambda: b.extend(b'x'))
t('release base with cast alive', lambda: memoryview(b).release())
d = c[1:]
c.release()
t('resize under slice of cast', lambda: b.append(1))
d.release()
b.extend(b'1234')
print(len(b))
with memoryview(b).cast('I', [5]) as w:
    w[4] = 2**32 - 1
    t('resize in with', lambda: b.pop())
print(b[-4:], repr(w).startswith('<released memory at 0x'))
t('released attr', lambda: w.shape)
b.pop()
print(len(b))

# the format is ASCII-encoded first
t('non-ascii format', lambda: memoryview(b'ab').cast('\xe9'))
t('nul in format', lambda: memoryview(b'ab').cast('B\x00'))
