# Decimal and Context through pickle (every protocol, byte for byte with CPython) and copy.
import pickle, copy
from decimal import Decimal, Context, getcontext, ROUND_HALF_UP, InvalidOperation
for proto in range(6):
    for d in (Decimal('1.50'), Decimal('-0'), Decimal('NaN123'), Decimal('-Infinity'), Decimal('sNaN')):
        b = pickle.dumps(d, proto)
        r = pickle.loads(b)
        print(proto, repr(r), b == pickle.dumps(r, proto))
c = Context(prec=7, rounding=ROUND_HALF_UP, traps=[InvalidOperation])
print(pickle.loads(pickle.dumps(c)))
print(copy.deepcopy(Decimal('3.14')), copy.copy(c).prec)
print(pickle.dumps(Decimal('1.5'), 0))
