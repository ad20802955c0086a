# memoryview over bytes/bytearray: indexing, bounds-checked slicing, tobytes/tolist/hex,
# release and the context manager, ==, readonly, cast('B'/'c'), and the export count that
# forbids resizing an exported bytearray (CPython's BufferError).
def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(b'abc')
print(type(m).__name__)
t('attrs', lambda: (m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.contiguous, m.obj))
t('rw', lambda: memoryview(bytearray(b'x')).readonly)
t('len', lambda: len(m))
t('idx', lambda: (m[0], m[-1], m[1:2][0], m[True], m[0,]))
t('oob', lambda: m[5])
t('oob-neg', lambda: m[-4])
t('badkey', lambda: m['a'])
t('floatkey', lambda: m[1.0])
t('step0', lambda: m[::0])
t('slices', lambda: (m[1:].tobytes(), m[::-1].tobytes(), m[::2].tolist(), m[5:10].tobytes(), m[-100:100].tobytes()))
t('hex', lambda: (m.hex(), m.hex(':'), m[::-1].hex(), m[1:].hex('-', 1)))
t('tolist', lambda: (m.tolist(), m.cast('c').tolist(), m.cast('c')[1:].tolist()))
t('cast-c', lambda: (m.cast('c')[0], m.cast('B').tolist(), m.cast('@B').format))
t('cast-bad', lambda: m.cast('x'))
t('cast-noncontig', lambda: m[::2].cast('c'))
t('contig', lambda: (m[::-1].contiguous, m[::2].strides, len(m[::2])))
t('eq', lambda: (m == b'abc', m == bytearray(b'abc'), m == 'abc', m == memoryview(b'abc'), m != memoryview(b'abd'), m.cast('c') == m, m == [97, 98, 99]))
t('lt', lambda: m < b'abd')
t('iter', lambda: (list(m), list(reversed(m)), 98 in m, 120 in m))
t('hash', lambda: (hash(m) == hash(b'abc'), hash(m[::-1]) == hash(b'cba')))
t('hash-rw', lambda: hash(memoryview(bytearray(b'a'))))
t('toreadonly', lambda: memoryview(bytearray(b'a')).toreadonly().readonly)
t('ctor-bad', lambda: memoryview(3))
t('ctor-str', lambda: memoryview('a'))
t('bytes-of', lambda: (bytes(m[1:]), bytearray(m[::2]), b'x' + m, b'abc'.find(memoryview(b'c')), bytes(m) is m))
t('add', lambda: m + b'x')

def write():
    b = bytearray(b'abc')
    v = memoryview(b)
    v[1] = 120
    v[0:1] = b'Z'
    v[::2] = b'PQ'
    return b
t('write', write)
def write_c():
    b = bytearray(b'abc')
    v = memoryview(b).cast('c')
    v[1] = b'x'
    return b
t('write-c', write_c)
def write_c_bad():
    v = memoryview(bytearray(b'abc')).cast('c')
    v[1] = 120
t('write-c-bad', write_c_bad)
def write_ro():
    memoryview(b'abc')[0] = 1
t('write-ro', write_ro)
def write_range():
    memoryview(bytearray(b'abc'))[0] = 300
t('write-range', write_range)
def write_shape():
    memoryview(bytearray(b'abc'))[0:1] = b'xy'
t('write-shape', write_shape)
def write_type():
    memoryview(bytearray(b'abc'))[0] = b'x'
t('write-type', write_type)
def delete():
    del memoryview(bytearray(b'abc'))[0]
t('delete', delete)

print('-- exports')
b = bytearray(b'abc')
v = memoryview(b)
t('append', lambda: b.append(1))
t('extend', lambda: b.extend(b'x'))
t('pop', lambda: b.pop())
t('clear', lambda: b.clear())
def grow():
    global b
    b += b'x'
t('iadd', grow)
def mul():
    global b
    b *= 2
t('imul', mul)
def mul1():
    global b
    b *= 1
    return b
t('imul1', mul1)
def slice_resize():
    b[0:1] = b'xy'
t('slice-resize', slice_resize)
def slice_same():
    b[0:1] = b'x'
    return b
t('slice-same', slice_same)
def delitem():
    del b[0]
t('del', delitem)
t('remove', lambda: b.remove(98))
t('insert', lambda: b.insert(0, 1))
t('reverse', lambda: (b.reverse(), b)[1])
v2 = v[1:]
v.release()
t('still-exported', lambda: b.append(1))
v2.release()
t('released', lambda: (b.append(1), b)[1])
print('-- released views')
t('rel-idx', lambda: v[0])
t('rel-len', lambda: len(v))
t('rel-tobytes', lambda: v.tobytes())
t('rel-eq-self', lambda: v == v)
t('rel-eq-other', lambda: v == b'abc')
t('rel-attr', lambda: v.readonly)
t('rel-release-again', lambda: v.release())
t('repr-released', lambda: repr(v).startswith('<released memory at 0x'))
t('repr', lambda: repr(memoryview(b'')).startswith('<memory at 0x'))
with memoryview(bytearray(b'xy')) as w:
    print('with', w[0], w[-1])
t('after-with', lambda: w.tobytes())
def nested():
    b = bytearray(b'abc')
    m1 = memoryview(b)
    m2 = memoryview(m1)
    m1.release()
    try:
        b.append(1)
    except BufferError as e:
        print('nested still exported:', e)
    m2.release()
    b.append(1)
    return (b, m2 == m2)
t('nested', nested)
def drop():
    b = bytearray(b'abc')
    m1 = memoryview(b)
    del m1
    b.append(1)
    return b
t('drop', drop)
def export_of_view():
    b = bytearray(b'abc')
    m1 = memoryview(b)
    m2 = m1[1:]
    m1.release()
    return m2.tobytes()
t('slice-outlives', export_of_view)
