# decimal: quantize, to_integral, round(), normalize and format() with every spec part.
from decimal import *

MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]

for v in ['2.675', '-2.675', '2.665', '2.6650000001', '0.005', '-0.015', '1.999', '7.3251', '0']:
    d = Decimal(v)
    print(v, [str(d.quantize(Decimal('0.01'), rounding=m)) for m in MODES])
    print(v, [str(d.to_integral_value(rounding=m)) for m in MODES])

c = Context(prec=5, traps=[])
for a, b in [('123.456', '0.01'), ('123456.7', '0.01'), ('1E+10', '1'), ('1.5', '1E+1'), ('Inf', 'Inf'),
             ('Inf', '1'), ('0.0001', '1E-8'), ('-0', '1E+2'), ('NaN', '1'), ('1', '1E-1000000')]:
    c.clear_flags()
    print(a, b, c.quantize(Decimal(a), Decimal(b)), [s.__name__ for s in c.flags if c.flags[s]])
try:
    Decimal('123456789').quantize(Decimal('0.1'), context=Context(prec=5))
except InvalidOperation as e:
    print('InvalidOperation', e)

c = Context(traps=[])
print(c.to_integral_exact(Decimal('2.5')), c.flags[Inexact], c.flags[Rounded])
print(Decimal('1E+3').to_integral_value(), Decimal('-0.5').to_integral_value(), Decimal('Inf').to_integral())

for v in ['2.5', '3.5', '-2.5', '0.4999', '123.456', '-0.0001', '1E+3', '9.99999']:
    d = Decimal(v)
    print(v, round(d), round(d, 2), round(d, 0), round(d, -1), int(d), float(d))
for bad in ['NaN', 'Inf']:
    for f in (round, int):
        try:
            f(Decimal(bad))
        except (ValueError, OverflowError) as e:
            print(bad, f.__name__, type(e).__name__, e)
print(round(Decimal('NaN'), 2))

for v in ['120.00', '0.000', '-1.2300E+5', '1E+2', 'Inf', '100']:
    print(v, Decimal(v).normalize(), Context(prec=2).normalize(Decimal(v)))
print(Context(Emax=5, clamp=1, prec=3).normalize(Decimal('1.00E+5')))

values = ['0', '-0', '1234567.891', '-0.000012345', '1.5', '2.5', '-2.5', '1E+20', '123.456E-12',
          '0.1', '100', '1.20', 'Inf', '-Inf', 'NaN', 'sNaN', '-0.0001', '999.999', '5E-8', '0E+3']
specs = ['', 'e', 'E', '.3e', '.0e', 'f', 'F', '.2f', '.0f', '%', '.1%', 'g', 'G', '.3g', '.0g',
         'n', '.2', '.10', '10', '<12', '>12', '^12', '=12', '*^15.3f', '+', ' ', '+.2f',
         ',', ',.2f', '015,.2f', '012,', '010', '08.3', 'z.2f', 'z', '-10.3e', '_>20,.4f']
for v in values:
    d = Decimal(v)
    print(v, [format(d, s) for s in specs])
with localcontext(rounding=ROUND_HALF_UP, capitals=0):
    print(format(Decimal('2.5'), '.0f'), format(Decimal('0.125'), '.2f'), format(Decimal('1E+5'), ''),
          format(Decimal('1.25E+7'), '.2'), '{:,.3f}'.format(Decimal('-1234.5675')))
for bad in ['#f', '_', 'x', '.f', '00', '0>10', ',n']:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
print('{0} {0!r} {0:.3} {1:>10.2f}|'.format(Decimal('3.14159'), Decimal('-2.5')))
print(f"{Decimal('1234.5'):,}", f"{Decimal('0.5'):%}")
