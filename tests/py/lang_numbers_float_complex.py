# Floats and complex numbers: repr/str, special values, rounding, division semantics,
# float methods, complex arithmetic and errors.
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123456789, 1.0, -0.0, 1e22, 1e23, 5e-324)
print(float('inf'), -float('inf'), float('nan'), float(' 1.5 '), float('1_000.5'), float('-iNF'), float('1e-400'))
print(7 / 2, 7 // 2, -7 // 2, 7 % -3, -7.5 // 2, -7.5 % 2, 2 ** -1, (-8) ** (1 / 3) == complex((-8) ** (1 / 3)))
print((2.5).hex(), float.fromhex('0x1.8p1'), (3.75).as_integer_ratio(), (0.1).is_integer(), float(10 ** 15))
print(round(2.5), round(0.125, 2), round(-1.5), round(1e15 + 0.5), int(2.9999), int(-0.5), abs(-0.0))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fmod(-7, 3), -7 % 3, math.copysign(1, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isinf(1e308 * 10), math.isnan(float('inf') - float('inf')))
for bad in ('abc', '', '1.2.3', 'nan1'):
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
for bad in (lambda: 1 / 0.0, lambda: 1.0 // 0, lambda: 5.0 % 0, lambda: 0.0 ** -1, lambda: math.sqrt(-1)):
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    10.0 ** 400
except OverflowError as e:
    print('OverflowError:', e)
c = 3 + 4j
print(c, abs(c), c.real, c.imag, c.conjugate(), c * 1j, c / (1 - 1j), c ** 2, complex('1+2j'), complex(1, -0.0))
print(1j ** 2, (-1) ** 0.5, complex('-j'), complex(2), 0j == 0, (1 + 2j) == complex(1, 2), repr(complex(-0.0, 1)))
for bad in (lambda: complex('1+'), lambda: (1 + 1j) // 2, lambda: 1j < 2j, lambda: 0j ** -1):
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
print(format(1234.5678, '.2f'), format(1234.5678, 'e'), format(0.000012345, 'g'), format(1e100, '.3g'), format(c, ''))
print(str(1e16), str(1.5e-7), repr(1e-7), 1.5e300 * 1.5e10, -1e308 * 10, float('nan') == float('nan'))
print(sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0, 0.1 * 3, 1.1 * 1.1, 3 * 1.1)
