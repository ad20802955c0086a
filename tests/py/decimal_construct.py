# decimal: construction from str/int/float/tuple/Decimal, str/repr/eng strings, as_tuple.
from decimal import Decimal, Context, getcontext, InvalidOperation, FloatOperation, localcontext

strings = ['0', '-0', '1', '-1.50', '1.23E+5', '1e-7', '123.456e-10', '0.000001', '0.0000001',
           '1_000_000', '1__0', '_1', '1_.5', '  3.14\n', '\u00a0 7 \u2003', '\u0661\u0662\u0663',
           '.5', '5.', '+5', '-.5e3', '1E+999999', '1e-1000000', '0e-1000000000', '12345678901234567890123456789012345',
           'inf', '-Infinity', '+inFINITY', 'nan', '-NaN', 'NaN123', 'sNaN', '-sNaN0012', 'snan', 'N_aN',
           '.', '1e', 'e5', '1.2.3', '+-1', '0x10', '1 2', 'NaN1e5', 'infinit', '', ' ', '1e+', 'Inf1']
for s in strings:
    try:
        d = Decimal(s)
        print(repr(s), repr(d), str(d), d.as_tuple())
    except InvalidOperation as e:
        print(repr(s), 'InvalidOperation', e)

# quiet conversion errors give NaN and set the flag
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(repr(Decimal('junk')), ctx.flags[InvalidOperation])

for v in [0, -0, 7, -12345678901234567890123456789, 10 ** 40, True]:
    print(repr(Decimal(v)))

for f in [0.1, -0.0, 1.5, 1e300, 5e-324, 2.0 ** 70, float('inf'), float('-inf'), float('nan')]:
    print(repr(Decimal(f)), repr(Decimal.from_float(f)))
print(getcontext().flags[FloatOperation])
getcontext().clear_flags()

for t in [(0, (1, 2, 3), -2), (1, (), 'F'), (1, (0, 0, 1), 'n'), (0, [1, 2], 'N'), [0, (0,), 5],
          (0, (1, 2), 'x'), (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.0), (0, (1,))]:
    try:
        print(t, repr(Decimal(t)))
    except ValueError as e:
        print(t, 'ValueError', e)
for bad in [None, [1], 1 + 2j, b'1']:
    try:
        print(repr(Decimal(bad)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

d = Decimal('3.14')
print(Decimal(d) is d, repr(Decimal(d)))

class MyDec(Decimal):
    pass

m = MyDec('2.5')
print(type(m).__name__, repr(m), type(m + 1).__name__, type(MyDec.from_float(0.5)).__name__)

# scientific and engineering strings
for s in ['123E+1', '1.23E+5', '1E+9', '12.3E-9', '0E+1', '0E-7', '0E+8', '-0.00E+3', '1E-6', '1E-7',
          '123456E-12', '0.00012', '5E+2', '-5E-10', '1000E+3']:
    d = Decimal(s)
    print(s, str(d), d.to_eng_string(), d.adjusted())
c = Context(capitals=0)
print(c.to_sci_string(Decimal('1E+10')), c.to_eng_string(Decimal('1E+10')))

# create_decimal rounds; Decimal() does not
c = Context(prec=3)
print(c.create_decimal('1.23456'), c.create_decimal(1234567), c.create_decimal(Decimal('9.999')),
      c.create_decimal_from_float(0.1), c.flags)
c.traps[InvalidOperation] = False
print(repr(c.create_decimal('NaN12345')), repr(Decimal('NaN12345')))
print(Decimal('1.20').as_tuple(), Decimal('-inf').as_tuple(), Decimal('sNaN5').as_tuple())
print(Decimal('12.5').as_integer_ratio(), Decimal('-0.75').as_integer_ratio(), Decimal('1E+3').as_integer_ratio())
