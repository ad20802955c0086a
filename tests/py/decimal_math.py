# decimal: sqrt, exp, ln, log10, power, fma, logb/scaleb, logical ops, rotate/shift, next_*.
import random
from decimal import *

SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
           Subnormal, Inexact, Rounded, Clamped]


def flags(c):
    return ','.join(s.__name__ for s in SIGNALS if c.flags[s])


for prec in [1, 5, 16, 28, 50]:
    c = Context(prec=prec, traps=[])
    print(prec, c.sqrt(Decimal(2)), c.exp(Decimal(1)), c.ln(Decimal(10)), c.log10(Decimal(2)),
          c.power(Decimal(2), Decimal('0.5')), c.exp(Decimal('-0.5')), c.ln(Decimal('0.999')))

c = Context(traps=[])
for v in ['0', '-0', '1', '4', '0.25', '1.00', '100', '1E-100', '2E+5', '-1', 'Inf', '-Inf', 'NaN',
          'sNaN', '1.000', '10', '0.001', '1E+999999', '1E-999999']:
    d = Decimal(v)
    c.clear_flags()
    print(v, c.sqrt(d), c.exp(d) if d.is_nan() or d.is_infinite() or abs(d) < 1000000 else '-',
          c.ln(d), c.log10(d), c.logb(d), flags(c))

# exp/ln/log10 round half-even whatever the context's rounding
for mode in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]:
    c = Context(prec=5, rounding=mode)
    print(mode, c.exp(Decimal(1)), c.ln(Decimal(3)), c.log10(Decimal(3)), c.sqrt(Decimal(3)))

# power: integer and fractional exponents
c = Context(prec=12, traps=[])
for a, b in [('2', '10'), ('2', '-1'), ('2.0', '2'), ('-2', '3'), ('-2', '-3'), ('10', '-2'), ('4', '0.5'),
             ('2', '0.5'), ('0', '0'), ('0', '-1'), ('-0', '3'), ('-8', '0.3333'), ('Inf', '-2'),
             ('-Inf', '3'), ('0.5', 'Inf'), ('2', '-Inf'), ('1', 'Inf'), ('1.5', '2.5'), ('7', '200'),
             ('1.0001', '10000'), ('9', '-0.5'), ('1', '0.1'), ('10', '1E-30'), ('1.05', '30')]:
    c.clear_flags()
    print(a, '**', b, '=', c.power(Decimal(a), Decimal(b)), flags(c))
print(Decimal(3) ** 4, Decimal('1.1') ** 2, Decimal(2) ** Decimal('-2'), pow(Decimal(3), 4, 7), 2 ** Decimal(10))
print(pow(Decimal(-3), 3, Decimal(5)), Context().power(17, 5, 100))

for mode in [ROUND_UP, ROUND_DOWN, ROUND_HALF_EVEN]:
    c = Context(prec=4, rounding=mode, traps=[], Emax=99, Emin=-99)
    print(mode, c.power(Decimal('1.0000001'), 2), c.power(Decimal(7), 200), c.power(Decimal(7), -200),
          c.power(Decimal(10), Decimal('150.5')), c.power(Decimal(3), -1), flags(c))

R = random.Random(99)
for i in range(60):
    prec = R.choice([3, 9, 28])
    c = Context(prec=prec, traps=[], rounding=R.choice([ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP]))
    a = Decimal(R.randint(1, 10 ** 6)).scaleb(R.randint(-8, 3))
    b = Decimal(R.randint(-300, 300)).scaleb(-R.randint(0, 2))
    print(i, prec, c.rounding, c.exp(a.scaleb(-a.adjusted())), c.ln(a), c.log10(a), c.sqrt(a), c.power(a, b), flags(c))

c = Context(prec=6, traps=[])
print(c.fma(Decimal(2), Decimal(3), Decimal(4)), c.fma(Decimal('1.23456'), Decimal('1.23456'), Decimal('-1.52413')),
      c.fma(Decimal('Inf'), Decimal(0), Decimal(1)), c.fma(Decimal(1), Decimal(2), Decimal('sNaN')), flags(c))
print(Decimal(2).fma(3, 5), Decimal('1E+3').fma(Decimal('1E+3'), -1))

c = Context(prec=9, traps=[])
print(c.logical_and(Decimal('1100'), Decimal('1010')), c.logical_or(Decimal('1100'), Decimal('1010')),
      c.logical_xor(Decimal('1100'), Decimal('1010')), c.logical_invert(Decimal('101')),
      c.logical_and(Decimal('12'), Decimal('1')), flags(c))
for n in [-10, -3, 0, 2, 9, 10]:
    c.clear_flags()
    print(n, c.rotate(Decimal('123456789'), n), c.shift(Decimal('123456789'), n),
          c.rotate(Decimal('12'), n), c.shift(Decimal('12'), n), c.scaleb(Decimal('1.5'), n), flags(c))

c = Context(prec=3, Emax=9, Emin=-9, traps=[])
for v in ['1', '-1', '0', '9.99E+9', '-9.99E+9', 'Inf', '-Inf', '1E-11', '1.00']:
    d = Decimal(v)
    c.clear_flags()
    print(v, c.next_plus(d), c.next_minus(d), c.next_toward(d, Decimal(0)), c.next_toward(d, Decimal(5)), flags(c))

# |x| == 1, huge exponents and operands far apart stay fast and exact
for a, b in [('1', '1E+100'), ('-1', '1E+100'), ('1.00', '1E+10'), ('-1.0', '7'), ('1.0', '-3'),
             ('-1', '-3'), ('10', '1E+100'), ('0.1', '1E+100'), ('1.0000000001', '1E+17'), ('2', '1E+17')]:
    c = Context(traps=[])
    print(a, b, c.power(Decimal(a), Decimal(b)), flags(c))
c = Context(traps=[])
print(c.add(Decimal('1e999999'), Decimal('1e-999999')), c.subtract(Decimal('1e999999'), Decimal('1e-999999')),
      c.remainder_near(Decimal('1e-999'), Decimal('1e999')), c.quantize(Decimal('1e-999'), Decimal('1e999')), flags(c))
with localcontext(prec=1000):
    print(str(Decimal(7) ** 1000)[:40], (Decimal(7) ** 1000).adjusted(), str(Decimal(2).sqrt())[-20:])
