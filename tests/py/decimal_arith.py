# decimal: + - * / // % divmod with every rounding mode, flags, overflow, underflow, clamp.
import random
from decimal import *

MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
           Subnormal, Inexact, Rounded, Clamped]


def flags(c):
    return ','.join(s.__name__ for s in SIGNALS if c.flags[s])


# the rounding boundaries: ties, just below and above them, negatives
values = ['1.25', '1.35', '-1.25', '1.2500001', '1.2499999', '-1.2500001', '0.05', '1.15',
          '-0.55', '9.95', '99.95', '-99.95', '1.0', '2.05', '0.95']
for mode in MODES:
    c = Context(prec=2, rounding=mode, traps=[])
    print(mode, [str(c.plus(Decimal(v))) for v in values], flags(c))

ops = [('add', lambda c, a, b: c.add(a, b)), ('sub', lambda c, a, b: c.subtract(a, b)),
       ('mul', lambda c, a, b: c.multiply(a, b)), ('div', lambda c, a, b: c.divide(a, b)),
       ('divint', lambda c, a, b: c.divide_int(a, b)), ('rem', lambda c, a, b: c.remainder(a, b)),
       ('remnear', lambda c, a, b: c.remainder_near(a, b)), ('divmod', lambda c, a, b: c.divmod(a, b))]

R = random.Random(1234)


def rnum():
    if R.random() < 0.05:
        return R.choice(['Inf', '-Inf', 'NaN', 'sNaN', '0', '-0', '0E+3'])
    n = R.choice([1, 2, 3, 5, 9, 15])
    digits = ''.join(R.choice('0123456789' if R.random() < 0.6 else '059') for _ in range(n))
    return ('-' if R.random() < 0.3 else '') + digits + 'E' + str(R.randint(-8, 8))


for i in range(400):
    mode = R.choice(MODES)
    c = Context(prec=R.choice([1, 3, 5, 9, 28]), rounding=mode, traps=[],
                Emax=R.choice([9, 99, 999999]), Emin=R.choice([-9, -99, -999999]),
                clamp=R.choice([0, 0, 1]))
    name, f = R.choice(ops)
    a, b = Decimal(rnum()), Decimal(rnum())
    r = f(c, a, b)
    print(i, c.prec, mode, c.Emin, c.Emax, c.clamp, name, a, b, '->', r, flags(c))

# operators use the current context
getcontext().prec = 5
print(Decimal(1) / 3, Decimal(2) / 3, Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(-7), 2))
print(7 // Decimal(-2), 7 % Decimal(-2), divmod(7, Decimal('-2.5')), 1 - Decimal('0.1'), 3 * Decimal('1.1'))
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.3') * Decimal('1.20'), Decimal('5.0') / 2, Decimal('0') / 5)
print(-Decimal('0'), +Decimal('-0'), abs(Decimal('-1.234567')), -Decimal('1.234567'))
getcontext().prec = 28

# overflow, underflow, subnormals, clamping
c = Context(prec=3, Emax=9, Emin=-9, traps=[])
for expr in ['9.99E+9 * 10', '9.99E+9 + 0.01E+9', '1E-9 / 1000', '1E-9 / 3', '1.23E-10 * 1',
             '1E-12 / 1000', '5E-12 * 1', '1E+9 * 1', '-9.99E+9 * 10']:
    a, op, b = expr.split()
    c.clear_flags()
    f = {'*': c.multiply, '+': c.add, '/': c.divide}[op]
    print(expr, '->', f(Decimal(a), Decimal(b)), flags(c))
for mode in MODES:
    c = Context(prec=3, Emax=9, Emin=-9, traps=[], rounding=mode)
    print(mode, c.multiply(Decimal('9.99E+9'), 10), c.multiply(Decimal('-9.99E+9'), 10),
          c.divide(Decimal('1E-9'), 3), c.divide(Decimal('-1E-9'), 7000))
c = Context(prec=3, Emax=9, Emin=-9, clamp=1, traps=[])
print(c.plus(Decimal('1E+9')), c.plus(Decimal('1.2E+8')), c.plus(Decimal('0E+20')), flags(c))

# zero signs
for mode in [ROUND_HALF_EVEN, ROUND_FLOOR]:
    c = Context(rounding=mode)
    print(mode, c.add(Decimal('0'), Decimal('-0')), c.subtract(Decimal('1'), Decimal('1')),
          c.add(Decimal('-0'), Decimal('-0')), c.minus(Decimal('0')), c.plus(Decimal('-0')))

# exceptional cases
c = Context(traps=[])
for a, b in [('1', '0'), ('0', '0'), ('Inf', 'Inf'), ('Inf', '2'), ('2', 'Inf'), ('-Inf', '0'),
             ('1E+40', '3'), ('NaN5', 'sNaN7'), ('sNaN', '1'), ('1', 'NaN3')]:
    c.clear_flags()
    r = [c.divide(Decimal(a), Decimal(b)), c.divide_int(Decimal(a), Decimal(b)),
         c.remainder(Decimal(a), Decimal(b)), c.divmod(Decimal(a), Decimal(b)),
         c.multiply(Decimal(a), Decimal(b)), c.subtract(Decimal(a), Decimal(b))]
    print(a, b, r, flags(c))
