# struct: every format char in every byte order, sizes and native alignment, repeat counts,
# whitespace, round trips of edge values, the Struct class and the module's surface.
import struct

print(struct.__all__)
print(sorted(n for n in dir(struct) if not n.startswith('__')))
print(struct.error, struct.error.__module__, struct.error.__mro__, struct.error.__doc__)
print(struct.Struct, struct.Struct.__name__, struct.Struct.__qualname__, struct.Struct.__module__)
print(issubclass(struct.error, Exception), repr(struct.error('x')), str(struct.error('a', 1)))
print(struct.pack.__name__, struct.calcsize.__name__, struct._clearcache())

CODES = 'xcbB?hHiIlLqQnNefdspP'
for p in ['', '@', '=', '<', '>', '!']:
    row = []
    for c in CODES:
        try:
            row.append('%s=%d' % (c, struct.calcsize(p + c)))
        except struct.error as e:
            row.append('%s:%s' % (c, e))
    print(repr(p), ' '.join(row))

# Native alignment: each item aligned to its size, none at the end; standard modes pack.
for f in ['bi', 'bq', 'bh', 'ib', 'bd', 'be', 'b?', 'bP', 'bn', 'bN', 'bl', 'bL', 'bf',
          'b0i', 'bic', 'ci0l', 'xi', '3si', 'b3h', 'c2d', 'hcq', 'iq0q', 'ee', 'bH0Q',
          '@bi', '=bi', '<bi', '>bi', '!bi', '5x', '0x', 's0s', 'p', '0p', '255p', '2c3b']:
    print(f, struct.calcsize(f), struct.Struct(f).size)
print(struct.pack('bi', 1, 2), struct.pack('@b0i', 1), struct.pack('<bi', 1, 2),
      struct.pack('>bi', 1, 2), struct.pack('bq', -1, -1), struct.pack('hcq', 1, b'z', 2))
print(struct.unpack('bi', b'\x05\xaa\xaa\xaa\x07\x00\x00\x00'))

# Whitespace between items and counts.
print(struct.pack('< 2h\t\n i ', 1, 2, 3), struct.calcsize('<2h i'), struct.calcsize(' 2h '))
print(struct.pack('3x'), struct.pack('3s2x', b'ab'), struct.pack('0s', b'zz'))
print(struct.unpack('0s', b''), struct.unpack('3s', b'abc'), struct.unpack('2xs', b'\x01\x02z'))

EDGE = {
    'b': [-128, 127, 0, -1], 'B': [0, 255, 1], 'h': [-32768, 32767, -1],
    'H': [0, 65535], 'i': [-2**31, 2**31 - 1, -1], 'I': [0, 2**32 - 1],
    'l': [-2**31, 2**31 - 1], 'L': [0, 2**32 - 1], 'q': [-2**63, 2**63 - 1, -1],
    'Q': [0, 2**64 - 1, 2**63], '?': [True, False], 'c': [b'\x00', b'\xff', b'a'],
}
for p in ['@', '=', '<', '>', '!']:
    for c, vals in EDGE.items():
        for v in vals:
            b = struct.pack(p + c, v)
            print(p + c, repr(v), b, struct.unpack(p + c, b))
for c, vals in {'l': [-2**63, 2**63 - 1], 'L': [2**64 - 1], 'n': [-2**63, 2**63 - 1, -5],
                'N': [0, 2**64 - 1], 'P': [0, 2**64 - 1, 12345]}.items():
    for v in vals:
        b = struct.pack(c, v)
        print(c, v, b, struct.unpack(c, b))
print(struct.pack('P', -1), struct.unpack('P', b'\xff' * 8))

# '?' uses truthiness (__bool__, __len__), and unpacks any non-zero byte as True.
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class L:
    def __len__(self):
        return 0


print(struct.pack('????????', 0, 1, [], [0], '', 'a', B(True), L()))
for p in ['@', '<', '>']:
    print(struct.unpack(p + '???', b'\x00\x02\xff'))

# ints via __index__, int subclasses and bools.
class Idx:
    def __index__(self):
        return 7


class MyInt(int):
    def __index__(self):
        return 99


print(struct.pack('<hHiIqQbB', Idx(), Idx(), Idx(), Idx(), Idx(), Idx(), Idx(), Idx()))
print(struct.pack('<ii', MyInt(3), True), struct.pack('e', Idx()), struct.pack('d', True))

# 's' and 'p': truncation, padding, the length byte.
for f, v in [('5s', b'abc'), ('2s', b'abcdef'), ('5p', b'abc'), ('3p', b'abcdef'), ('1p', b'abc'),
             ('300p', b'a' * 400), ('256p', b'b' * 300), ('4s', bytearray(b'xy')), ('s', b''),
             ('p', b'q')]:
    b = struct.pack(f, v)
    print(f, len(b), b[:8], struct.unpack(f, b)[0][:10])
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.unpack('2p', b'\xffz'))

# Many values, counts with s/p mixed in.
s = struct.Struct('<3h2s?x2pd')
print(s.size, s.format, s.pack(1, 2, 3, b'xy', True, b'q', 2.5))
print(s.unpack(s.pack(1, 2, 3, b'xy', True, b'q', 2.5)))
big = struct.pack('<1000B', *range(250), *range(250), *range(250), *range(250))
print(len(big), sum(struct.unpack('<1000B', big)), struct.unpack_from('<4B', big, 996))

# The Struct class.
s = struct.Struct('i')
print(s.format, s.size, struct.Struct(b'<i').format, type(struct.Struct(b'<i').format))
print(struct.Struct(format='<q').size, isinstance(s, struct.Struct), s == struct.Struct('i'))
s.__init__('ii')
print(s.size, s.format, s.pack(1, 2))
try:
    s.__init__('z')
except struct.error as e:
    print('reinit', e, s.format)
print(type(s.__sizeof__()), type(hash(s)))
for attr in ['size', 'format', 'foo']:
    try:
        setattr(s, attr, 3)
    except AttributeError as e:
        print('AttributeError', e)


class S(struct.Struct):
    extra = 1


class S2(struct.Struct):
    def __init__(self, a, b):
        super().__init__(a + b)


class S3(struct.Struct):
    def pack(self, *args):
        return b'!' + super().pack(*args)


x = S('<h')
x.note = 'ok'
print(x.pack(5), x.size, type(x).__name__, x.note, S2('<', 'h').size, S3('>h').pack(1))
print(issubclass(S, struct.Struct), struct.Struct.__mro__)
for bad in [lambda: struct.Struct(), lambda: struct.Struct(5), lambda: struct.Struct(bytearray(b'i')),
            lambda: struct.Struct('i', 'j'), lambda: struct.Struct(fmt='i'), lambda: struct.Struct('z'),
            lambda: struct.Struct('é'), lambda: struct.Struct('i\0')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(struct.Struct) if not n.startswith('_')))

# A subclass that never calls Struct.__init__ (CPython: size -1, format '').
class NoInit(struct.Struct):
    def __init__(self):
        pass


n = NoInit()
for fn in [lambda: n.size, lambda: n.format, lambda: n.pack(), lambda: n.pack(1),
           lambda: n.unpack(b''), lambda: list(n.iter_unpack(b'')),
           lambda: struct.Struct.__new__(struct.Struct).size]:
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

# Argument errors of the functions and methods.
for fn in [lambda: struct.Struct.pack(5), lambda: struct.calcsize(x='i'), lambda: struct.calcsize(),
           lambda: struct.calcsize('i', 'i'), lambda: struct.iter_unpack('i', b'1234', x=1),
           lambda: struct.unpack('i', b'1234', x=1), lambda: struct.unpack_from(),
           lambda: struct.unpack_from('i', b'1234', 0, 1), lambda: struct.Struct('i').unpack_from(),
           lambda: struct.pack_into(), lambda: struct.iter_unpack(), lambda: struct.unpack()]:
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
e = struct.error('boom', 1)
print(e.args, isinstance(e, Exception), struct.Struct('i').__sizeof__() > 0)
try:
    raise struct.error
except struct.error as x:
    print('caught', repr(x))
print(repr(struct.Struct('i'))[:24], struct.Struct.__init__.__name__)

# '0p': CPython writes a length byte of 0xff over what follows it (never past the record
# here: see docs/differences.md) and cannot unpack it.
print(struct.pack('0px', b'abc'), struct.pack('<0p2x', b''), struct.pack('<0pb', b'', 5), struct.pack('0s0p', b'a', b'b'))
for f, d in [('0p', b''), ('0px', b'\x07'), ('<b0pb', b'\x01\x02')]:
    try:
        print(struct.unpack(f, d))
    except SystemError as e:
        print('SystemError', e)
ba = bytearray(b'\x11\x22\x33')
struct.pack_into('0pxx', ba, 0, b'')
print(ba)
