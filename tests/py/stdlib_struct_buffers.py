# struct with buffers: unpack/unpack_from/iter_unpack over bytes, bytearray, memoryview and
# array; pack_into into bytearray/memoryview/array with offsets (negative as CPython), bounds
# messages, argument errors, partial writes, and the export rules (no resize while a buffer
# is in use by an iterator or by pack_into's conversions).
import array
import struct


def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


t('u bytes', lambda: struct.unpack('<hh', b'\x01\x00\x02\x00'))
t('u bytearray', lambda: struct.unpack('<hh', bytearray(b'\x01\x00\x02\x00')))
t('u mv', lambda: struct.unpack('2h', memoryview(b'\x01\x00\x02\x00')))
t('u mv slice', lambda: struct.unpack('h', memoryview(b'\x01\x00\x02\x00')[2:]))
t('u mv cast', lambda: struct.unpack('<2h', memoryview(b'\x01\x00\x02\x00').cast('h')))
t('u arr', lambda: struct.unpack('2h', array.array('h', [1, -2])))
t('u arr d', lambda: struct.unpack('d', array.array('d', [2.5])))
t('u str', lambda: struct.unpack('i', 'abcd'))
t('u int', lambda: struct.unpack('i', 5))
t('u len', lambda: struct.unpack('i', b'abc'))
t('u len2', lambda: struct.unpack('i', b'abcde'))
t('u empty', lambda: struct.unpack('', b''))
t('u empty2', lambda: struct.unpack('0i', b'x'))
t('u noargs', lambda: struct.unpack('i'))
t('u 3args', lambda: struct.unpack('i', b'1234', 0))
t('u kw', lambda: struct.unpack('i', buffer=b'1234'))
t('u badfmt', lambda: struct.unpack(5, b''))

for off in [-10, -9, -8, -5, -4, -3, -1, 0, 1, 4, 5, 8, 9, 100, 2**62]:
    t('uf off %d' % off, lambda: struct.unpack_from('i', bytes(range(8)), off))
    b = bytearray(8)
    t('pi off %d' % off, lambda: (struct.pack_into('i', b, off, 0x01020304), b)[1])
t('uf short', lambda: struct.unpack_from('i', b'ab', -3))
t('pi short', lambda: struct.pack_into('i', bytearray(2), -3, 1))
t('uf kw', lambda: struct.unpack_from('i', buffer=bytes(8), offset=2))
t('uf kw fmt', lambda: struct.unpack_from(format='i', buffer=bytes(8)))
t('uf idx off', lambda: struct.unpack_from('b', b'abc', True))
t('uf big off', lambda: struct.unpack_from('b', b'abc', 2**70))
t('uf str off', lambda: struct.unpack_from('b', b'abc', 'x'))
t('uf str', lambda: struct.unpack_from('i', 'abcd'))
t('uf none', lambda: struct.unpack_from('i'))
t('uf empty fmt', lambda: struct.unpack_from('', b'', 0))
t('uf mv', lambda: struct.unpack_from('>H', memoryview(b'\x00\x01\x02\x03')[1:], 1))

t('pi bytes', lambda: struct.pack_into('i', b'1234', 0, 1))
t('pi int', lambda: struct.pack_into('i', 5, 0, 1))
t('pi str', lambda: struct.pack_into('i', 'abcd', 0, 1))
t('pi ro mv', lambda: struct.pack_into('i', memoryview(b'1234'), 0, 1))
t('pi noargs', lambda: struct.pack_into('i'))
t('pi nofmt', lambda: struct.pack_into())
t('pi nooff', lambda: struct.pack_into('i', bytearray(4)))
t('pi items', lambda: struct.pack_into('i', bytearray(4), 0))
t('pi items2', lambda: struct.pack_into('i', bytearray(4), 0, 1, 2))
t('pi items bytes', lambda: struct.pack_into('i', b'', 'x'))
t('pi off str', lambda: struct.pack_into('i', bytearray(4), 'a', 1))
t('pi buf and off', lambda: struct.pack_into('i', 5, 'a', 1))
t('pi off big', lambda: struct.pack_into('i', bytearray(4), 2**70, 1))
t('pi off float', lambda: struct.pack_into('i', bytearray(4), 1.0, 1))
t('pi kw', lambda: struct.pack_into('i', bytearray(4), 0, x=1))
mv = memoryview(bytearray(8))
t('pi mv', lambda: (struct.pack_into('>hh', mv, 2, 1, 2), bytes(mv))[1])
mv2 = memoryview(bytearray(8))[2:6]
t('pi mv slice', lambda: (struct.pack_into('<i', mv2, 0, -1), bytes(mv2.obj))[1])
a = array.array('i', [0, 0])
t('pi array', lambda: (struct.pack_into('<i', a, 4, 77), a)[1])
b = bytearray(b'\xff' * 8)
t('pi partial', lambda: struct.pack_into('ii', b, 0, 1, 'x'))
print(b)
b = bytearray(b'\xff' * 8)
t('pi pad', lambda: (struct.pack_into('bi', b, 0, 1, 2), b)[1])
b = bytearray(b'\xee' * 6)
t('pi s p', lambda: (struct.pack_into('2s3p', b, 1, b'a', b'bcd'), b)[1])
b = bytearray(b'\xee' * 4)
t('pi x', lambda: (struct.pack_into('<x2xb', b, 0, 5), b)[1])

# iter_unpack: the iterator type, length hints, the export it holds until exhausted.
t('iu 0', lambda: struct.iter_unpack('', b''))
t('iu 0x', lambda: struct.iter_unpack('0i', b''))
t('iu 0 str', lambda: struct.iter_unpack('', 'x'))
t('iu mult', lambda: struct.iter_unpack('i', b'12345'))
t('iu str', lambda: struct.iter_unpack('i', 'abcd'))
t('iu list', lambda: list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
t('iu empty', lambda: list(struct.iter_unpack('<h', b'')))
t('iu args', lambda: struct.iter_unpack('<h'))
it = struct.iter_unpack('<hb', b'\x01\x00\x05\x02\x00\x06')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(it), iter(it) is it)
t('iu new', lambda: type(it)())
ba = bytearray(b'\x01\x00\x02\x00')
it = struct.iter_unpack('<h', ba)
t('iu resize', lambda: ba.append(1))
print(next(it), next(it))
t('iu resize mid', lambda: ba.append(1))
t('iu end', lambda: next(it))
t('iu resize after', lambda: (ba.append(1), len(ba))[1])
ba = bytearray(b'\x01\x00\x02\x00')
it = struct.iter_unpack('<h', ba)
del it
t('iu resize del', lambda: (ba.append(1), len(ba))[1])
s = struct.Struct('>I')
t('s iu', lambda: list(s.iter_unpack(array.array('B', [0, 0, 1, 0, 0, 0, 0, 2]))))
t('s iu kw', lambda: s.iter_unpack(buffer=b'1234'))
t('s unpack kw', lambda: s.unpack(buffer=b'1234'))
t('s unpack none', lambda: s.unpack())
t('s unpack 2', lambda: s.unpack(b'1234', b'1234'))
t('s unpack_from kw', lambda: s.unpack_from(buffer=b'12345678', offset=4))
t('s unpack_from bad kw', lambda: s.unpack_from(b'1234', off=0))
t('s pack kw', lambda: s.pack(v=1))
t('s pack_into kw', lambda: s.pack_into(buffer=bytearray(8), offset=0))
t('s pack_into', lambda: s.pack_into())
t('s pack_into 1', lambda: s.pack_into(bytearray(4)))

# Conversions run Python code while the target buffer is exported: it cannot be resized.
target = bytearray(8)


class Grow:
    def __index__(self):
        try:
            target.extend(b'xxxx')
        except BufferError as e:
            print('BufferError', e)
        return 3


struct.pack_into('<ii', target, 0, Grow(), 4)
print(target)


class Shrink:
    def __index__(self):
        try:
            del target[:]
        except BufferError as e:
            print('BufferError', e)
        return 5


struct.pack_into('<ii', target, 0, 1, Shrink())
print(target, len(target))

# Empty buffers and zero-size records.
t('empty pi', lambda: (struct.pack_into('', bytearray(), 0), struct.pack_into('0s', bytearray(), 0, b'a')))
t('empty u', lambda: (struct.unpack('0s', bytearray()), struct.unpack('', bytearray()), struct.unpack('0s0p', b'')[:1] if False else None))
t('empty uf', lambda: (struct.unpack_from('0s', bytearray()), struct.unpack_from('0s', memoryview(b'')), struct.unpack_from('0s', array.array('b'))))
t('empty pi mv', lambda: struct.pack_into('0s', memoryview(bytearray()), 0, b''))
t('empty arr', lambda: struct.pack_into('', array.array('d'), 0))
