# struct floats: 'e' (half, round half to even, overflow), 'f' (overflow only in standard
# modes), 'd'; round trips of -0.0, inf, nan (sign kept), subnormals, extremes, in every
# byte order; unpacking every special half-float bit pattern.
import math
import struct

VALUES = [0.0, -0.0, 1.0, -1.0, 0.1, 1 / 3, 2.5, 65504.0, -65504.0, 65519.99, 65520.0, 6.1e-05,
          6.103515625e-05, 6.0975552e-05, 5.960464477539063e-08, 2.9802322387695312e-08,
          2.98023223876953125e-08 * 1.0000001, 1e-8, 1e-300, 5e-324, -5e-324,
          2.2250738585072014e-308, 1.401298464324817e-45, 7e-46, 3.4028234663852886e+38,
          3.4028235677973362e+38, 3.4028235677973366e+38, 1e38, 1e39, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), -float('nan'), 1.00048828125, 1.000732421875,
          1.0009765625, 2049.0, 2051.0, 2050.0, 4097.0, 1.5, 0.333251953125, 1e5, -1e5, 123456.789]


def show(fmt, v):
    try:
        b = struct.pack(fmt, v)
    except Exception as e:
        return '%s %r %s: %s' % (fmt, v, type(e).__name__, e)
    u = struct.unpack(fmt, b)[0]
    sign = math.copysign(1.0, u)
    return '%s %r %s %r %s' % (fmt, v, b.hex(), u, sign)


for p in ['@', '<', '>', '=', '!']:
    for c in 'efd':
        for v in VALUES:
            print(show(p + c, v))

# Every exponent and some mantissas of the half format, both byte orders.
for e in range(32):
    for m in (0, 1, 2, 0x155, 0x200, 0x3ff):
        h = (e << 10) | m
        for sign in (0, 0x8000):
            x = struct.unpack('<e', (h | sign).to_bytes(2, 'little'))[0]
            y = struct.unpack('>e', (h | sign).to_bytes(2, 'big'))[0]
            back = struct.pack('<e', x).hex() if not math.isnan(x) else 'nan'
            print(hex(h | sign), repr(x), repr(y), back)

# Round half to even at the last half-float bit.
for k in range(2048, 2060):
    for frac in (0.25, 0.5, 0.75):
        v = k + frac
        print(v, struct.unpack('e', struct.pack('e', v))[0], struct.unpack('e', struct.pack('e', v / 4096))[0])
# Subnormal halves: rounding at the smallest step.
for k in range(12):
    v = 2.0 ** -24 * (k / 4)
    print(repr(v), struct.pack('<e', v).hex(), struct.pack('<e', -v).hex())

# Float-like arguments.
class F:
    def __float__(self):
        return 2.75


class I:
    def __index__(self):
        return 3


print(struct.pack('<edf', F(), F(), F()), struct.pack('<edf', I(), I(), I()),
      struct.pack('<edf', True, 7, 2**60))
print(struct.unpack('<f', struct.pack('<f', 0.1))[0], struct.unpack('@f', struct.pack('@f', 1e300))[0])
print(struct.pack('<d', 10**308), struct.unpack('!d', struct.pack('!d', -0.0)))
