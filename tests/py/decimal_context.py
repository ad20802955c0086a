# decimal: contexts, flags and traps, signal classes, errors, comparisons, hashes, interop.
import decimal
import fractions
import statistics
from decimal import *
from fractions import Fraction

print(repr(getcontext()))
print(repr(DefaultContext), repr(BasicContext), repr(ExtendedContext), sep='\n')
print(getcontext().flags)
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)

for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])

for f in [lambda: Decimal('abc'), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0,
          lambda: Decimal('9e999999') * 10, lambda: Decimal(-1).sqrt(), lambda: Decimal(1) // Decimal(0),
          lambda: Decimal(1) % Decimal(0), lambda: Decimal('1E+30') // 3, lambda: Decimal('NaN') < 1,
          lambda: Decimal('sNaN') == 1, lambda: Decimal(0) ** 0]:
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, e, e.args, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
getcontext().clear_flags()

for kw in [dict(prec=0), dict(rounding='x'), dict(Emin=1), dict(Emax=-1), dict(clamp=2), dict(capitals=2),
           dict(prec='5')]:
    try:
        Context(**kw)
    except (ValueError, TypeError) as e:
        print(kw, type(e).__name__, e)

c = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1,
            flags=[Inexact], traps=[Overflow])
print(repr(c), c.Etiny(), c.Etop(), c.radix())
d = c.copy()
d.prec = 7
d.traps[DivisionByZero] = True
d.flags[Inexact] = False
print(repr(c))
print(repr(d))
c.clear_flags()
c.clear_traps()
print(repr(c), c.flags[Rounded], c.traps[Overflow])
print(Context(flags={s: False for s in [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
                                        Subnormal, Inexact, Rounded, Clamped]}).flags[Inexact])

# traps raise, and the flag is set first
c = Context(prec=3, traps=[Inexact])
try:
    c.divide(Decimal(1), Decimal(3))
except Inexact as e:
    print('trapped', type(e).__name__, e, c.flags[Inexact], c.flags[Rounded])
c = Context(prec=3, Emax=5, traps=[Overflow, Inexact, Rounded])
try:
    c.multiply(Decimal('9E+5'), 10)
except DecimalException as e:
    print('trapped', type(e).__name__, e)

# localcontext, with keyword arguments (3.11)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, getcontext().prec)
print(Decimal(1) / 7, getcontext().prec)
with localcontext(prec=3, rounding=ROUND_UP) as ctx:
    print(Decimal(1) / 7, ctx.rounding)
with localcontext(Context(prec=4), traps=[]) as ctx:
    print(Decimal(1) / 0, ctx.flags[DivisionByZero])
for bad in [dict(foo=1), dict(prec=-1), dict(rounding='nope')]:
    try:
        with localcontext(**bad):
            pass
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
try:
    localcontext(5)
except TypeError as e:
    print('TypeError', e)
old = getcontext()
setcontext(ExtendedContext)
print(Decimal(1) / 0, getcontext() is ExtendedContext, getcontext().prec)
setcontext(old)
print(getcontext() is old)

# comparisons with int, float, Fraction, complex and NaNs
a = Decimal('0.5')
print(a == 0.5, a == Fraction(1, 2), a < 1, a > Fraction(1, 3), a == 0.5 + 0j, a != 'x', a == None)
print(Decimal('0.1') == 0.1, Decimal('1.0') == 1, Decimal(3) > 2.5, Decimal('-0') == 0, Decimal('Inf') > 10 ** 100)
print(getcontext().flags[FloatOperation])
getcontext().clear_flags()
print(Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1, sorted([Decimal('2.5'), 1, Fraction(7, 3), Decimal('-1')]))
with localcontext(traps=[FloatOperation]):
    print(Decimal('3.5') == 3.5)
    try:
        Decimal('3.5') < 3.7
    except FloatOperation as e:
        print('FloatOperation', e)
    try:
        Decimal(0.5)
    except FloatOperation as e:
        print('FloatOperation', e)
with localcontext(traps=[]):
    print(Decimal('NaN') < 1, Decimal('sNaN') == 1, getcontext().flags[InvalidOperation])

# hashes agree with int, float and Fraction of the same value
for v in ['0', '-0', '1', '-1', '0.5', '1.25', '1E+30', '123.000', '-7.5E-3', '1E-30', 'Inf', '-Inf']:
    d = Decimal(v)
    print(v, hash(d) == hash(float(d)), hash(d) == hash(Fraction(d)) if d.is_finite() else '-',
          hash(d) == hash(int(d)) if d.is_finite() and d == int(d) else '-')
print(len({Decimal('1.0'), 1, 1.0, Fraction(2, 2)}), hash(Decimal('NaN')) != 0 or True)
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print('TypeError', e)

# compare, compare_total, max/min, predicates, number_class
c = Context(traps=[])
for x, y in [('1', '1.0'), ('-0', '0'), ('NaN', '1'), ('sNaN', '1'), ('1', '2'), ('Inf', 'NaN'),
             ('-NaN', 'NaN'), ('1.0', '1.00'), ('-1.0', '-1.00')]:
    x, y = Decimal(x), Decimal(y)
    print(x, y, c.compare(x, y), x.compare_total(y), x.compare_total_mag(y), c.max(x, y), c.min(x, y),
          c.max_mag(x, y), c.min_mag(x, y), x.same_quantum(y))
for v in ['0', '-0', '1E-1000000', '-1E-999999', '5', '-Inf', 'Inf', 'NaN', 'sNaN', '1E+999999']:
    d = Decimal(v)
    print(v, d.number_class(), d.is_normal(), d.is_subnormal(), d.is_zero(), d.is_finite(), d.is_infinite(),
          d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(), d.is_canonical(), d.adjusted())
print(Decimal('-1.5').copy_abs(), Decimal('1.5').copy_negate(), Decimal('1.5').copy_sign(Decimal('-0')),
      Decimal(2).radix(), Decimal('3.1').canonical(), Decimal('3.1').conjugate(), Decimal('3.1').real,
      Decimal('3.1').imag, complex(Decimal('1.5')))

# fractions and statistics interoperate
data = [Decimal('1.10'), Decimal('2.25'), Decimal('3.5'), Decimal('4.05')]
print(repr(statistics.mean(data)), repr(statistics.median(data)), repr(statistics.variance(data)),
      repr(statistics.stdev(data)), repr(statistics.pstdev(data)), repr(statistics.pvariance(data)))
print(Fraction(Decimal('1.25')), Fraction(Decimal('-0.1')), Fraction.from_decimal(Decimal('3.75')),
      Fraction(Decimal('1E+3')), Fraction(Decimal('1.5')) + 1)
try:
    Fraction(Decimal('NaN'))
except ValueError as e:
    print('ValueError', e)
print(sum(data), sum(data, Decimal(0)), max(data), min(data), sorted(data, reverse=True))
import copy
print(copy.copy(data[0]), copy.deepcopy(data[1]), repr(copy.copy(getcontext())) == repr(getcontext()))
print(DecimalTuple(0, (1,), 0), Decimal(DecimalTuple(1, (2, 5), -1)))

# the current context follows contextvars (copy_context().run, asyncio tasks):
# getcontext() caches the mapping it last read, which these switches change
import asyncio
import contextvars


def inner():
    setcontext(Context(prec=3))
    return str(Decimal(1) / 7)


print(contextvars.copy_context().run(inner), Decimal(1) / 7, getcontext().prec)


async def task(p):
    with localcontext(prec=p):
        await asyncio.sleep(0)
        r = str(Decimal(2).sqrt())
        await asyncio.sleep(0)
        return r + ' ' + str(getcontext().prec)


async def main():
    return await asyncio.gather(task(3), task(6), task(9))


print(asyncio.run(main()), getcontext().prec, Decimal(2).sqrt())

import numbers
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real), issubclass(Decimal, numbers.Number))
