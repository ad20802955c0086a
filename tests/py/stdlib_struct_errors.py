# struct: every pack error path, per byte order and format char, with CPython 3.11's
# exception class and message (the native '@', little '<'/'=' and big '>'/'!' routines differ).
import struct


def t(f, *a):
    try:
        print(repr(f), a, struct.pack(f, *a))
    except Exception as e:
        print(repr(f), a, type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return 'Idx(%r)' % (self.v,)


class Flt:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v

    def __repr__(self):
        return 'Flt(%r)' % (self.v,)


class Boom:
    def __index__(self):
        raise ValueError('boom')

    def __bool__(self):
        raise ValueError('boom2')

    def __float__(self):
        raise ValueError('boom3')

    def __repr__(self):
        return 'Boom()'


class MyInt(int):
    pass


INTS = [2**64, -2**64, 2**63, -2**63 - 1, 2**63 - 1, -2**63, 2**32, 2**32 - 1, 2**31, -2**31 - 1,
        -2**31, 2**16, 2**15, -2**15 - 1, 256, 255, 128, -129, -128, -1, 0, True,
        'x', 1.5, None, Idx(5), Idx(2**64), Idx(-1), Idx(-2**64), Idx('x'), Boom(), MyInt(7),
        MyInt(2**70)]
for p in ['', '@', '=', '<', '>', '!']:
    for c in 'bBhHiIlLqQnNP':
        for v in INTS:
            t(p + c, v)
    for c in 'efd':
        for v in [1e300, -1e300, 'x', 1, 2**2000, 65520.0, 65519.0, -65520.0, float('inf'),
                  100000, 10**300, Idx(3), Flt(3.5), Flt('x'), Boom(), 3.4028235677973366e+38,
                  3.4028235677973362e+38, 1e-50, MyInt(100000)]:
            t(p + c, v)
    t(p + 'c', b'ab')
    t(p + 'c', b'')
    t(p + 'c', 'a')
    t(p + 'c', 97)
    t(p + 'c', bytearray(b'a'))
    t(p + 's', 'a')
    try:
        struct.pack(p + 's', memoryview(b'a'))
    except struct.error as e:
        print(p + 's memoryview', e)
    t(p + 'p', 1)
    t(p + 'p', 'abc')
    t(p + 's', bytearray(b'xy'))
    t(p + '?', [])
    t(p + '?', Boom())

for f in ['i', 'ii', 'z', '3', 'i 3', '<3 i', '', 'x', '0s', ' <i', '< i', 'i<', '3 i', '1', '12',
          'iz', '@@i', '<<i', 'I\x00', 'é', 'i\0i', 'z\0', '\0']:
    t(f)
    t(f, 1)
    t(f, 1, 2)
for f in [b'i', bytearray(b'i'), 5, None, [1], ('i',)]:
    t(f, 1)
try:
    struct.pack()
except Exception as e:
    print('pack()', type(e).__name__, e)
try:
    struct.pack('i', x=1)
except Exception as e:
    print('pack kw', type(e).__name__, e)

# Sizes that overflow the size arithmetic.
for f in ['9223372036854775807x', '9223372036854775807xx', '9223372036854775808x',
          '4611686018427387904h', 'b4611686018427387903h', 'b4611686018427387902hi',
          '9999999999999999999q', '99999999999999999999999999999999s', '1000000000000s',
          '2305843009213693951q', '2305843009213693952q', 'b2305843009213693951q',
          '<2305843009213693951qb', '1152921504606846976d', '@c1152921504606846975q',
          '<9223372036854775807s', '<9223372036854775806sxx', '3074457345618258602e']:
    try:
        print(f, struct.calcsize(f))
    except Exception as e:
        print(f, type(e).__name__, e)
