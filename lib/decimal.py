"""decimal: decimal fixed and floating point arithmetic, as CPython 3.11's.

Written for Bastion from the General Decimal Arithmetic Specification
(speleotrove.com/decimal) and CPython 3.11's documented behaviour; results are
compared with CPython's C implementation (libmpdec).

A Decimal is a sign, an integer coefficient (a Python int, so GMP-backed in
Bastion) and an exponent, or one of the specials Infinity, NaN and sNaN (NaNs
carry an integer payload).  Every operation works on exact integers and rounds
once, in _fix, to the context's precision and exponent range, collecting the
conditions it meets in a bit set; Context._signal turns that set into flags and,
for trapped signals, into the exception CPython's C module raises (its argument
is the list of trapped conditions, e.g. [<class 'decimal.ConversionSyntax'>]).
exp, ln and log10 are computed in fixed point with a growing number of guard
digits until both ends of the error interval round alike, so they are correctly
rounded; powers follow the C module's method (a working precision, then the
context) so that their results match CPython's.
"""

import math as _math
import sys as _sys
import numbers as _numbers
from collections import namedtuple as _namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

# Rounding modes as small ints (Context keeps both).
_R_UP, _R_DOWN, _R_CEILING, _R_FLOOR, _R_HALF_UP, _R_HALF_DOWN, _R_HALF_EVEN, _R_05UP = range(8)
_ROUNDING_CODE = {
    ROUND_UP: _R_UP, ROUND_DOWN: _R_DOWN, ROUND_CEILING: _R_CEILING,
    ROUND_FLOOR: _R_FLOOR, ROUND_HALF_UP: _R_HALF_UP, ROUND_HALF_DOWN: _R_HALF_DOWN,
    ROUND_HALF_EVEN: _R_HALF_EVEN, ROUND_05UP: _R_05UP,
}


# ---------------------------------------------------------------------------
# Signals

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""

class Clamped(DecimalException):
    """An exponent was altered to fit the context's limits."""

class InvalidOperation(DecimalException):
    """An operation with no sensible result; the result is NaN when not trapped."""

class ConversionSyntax(InvalidOperation):
    """A string is not a number."""

class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number divided by zero."""

class DivisionImpossible(InvalidOperation):
    """An integer quotient needs more digits than the precision."""

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""

class Inexact(DecimalException):
    """Nonzero digits were discarded by rounding."""

class InvalidContext(InvalidOperation):
    """An invalid context (not raised by this implementation's contexts)."""

class Rounded(DecimalException):
    """Digits (maybe zeros) were discarded by rounding."""

class Subnormal(DecimalException):
    """The exponent is below Emin before rounding."""

class Overflow(Inexact, Rounded):
    """The exponent is above Emax after rounding."""

class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""

class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals (construction or ordering comparison)."""


# Condition bits.  The first nine are the signals (flags and traps); the
# last four are InvalidOperation's specific conditions, which CPython names in
# the exception's argument.
_INVALID = 1
_FLOATOP = 2
_DIVZERO = 4
_OVERFLOW = 8
_UNDERFLOW = 16
_SUBNORMAL = 32
_INEXACT = 64
_ROUNDED = 128
_CLAMPED = 256
_CONVSYNTAX = 512
_DIVIMPOSSIBLE = 1024
_DIVUNDEFINED = 2048
_INVCONTEXT = 4096
_INVALID_ANY = _INVALID | _CONVSYNTAX | _DIVIMPOSSIBLE | _DIVUNDEFINED | _INVCONTEXT
_SIGNAL_MASK = 511

_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_BITS = (_INVALID, _FLOATOP, _DIVZERO, _OVERFLOW, _UNDERFLOW, _SUBNORMAL,
                _INEXACT, _ROUNDED, _CLAMPED)
_BIT_OF = dict(zip(_SIGNALS, _SIGNAL_BITS))
_INVALID_CONDS = ((_INVALID, InvalidOperation), (_CONVSYNTAX, ConversionSyntax),
                  (_DIVIMPOSSIBLE, DivisionImpossible), (_DIVUNDEFINED, DivisionUndefined),
                  (_INVCONTEXT, InvalidContext))
# Condition classes accepted as keys of flags/traps (they stand for InvalidOperation).
_KEY_BIT = dict(_BIT_OF)
for _b, _c in _INVALID_CONDS[1:]:
    _KEY_BIT[_c] = _INVALID
del _b, _c


# ---------------------------------------------------------------------------
# Small integer helpers

_POW10 = [10 ** _i for _i in range(128)]


def _p10(n):
    if n < 128:
        return _POW10[n]
    return 10 ** n


def _ndigits(c):
    """Number of decimal digits of c >= 0 (1 for 0)."""
    if c < 10:
        return 1
    if c < 1000000000000000000:
        n = (c.bit_length() * 1233) >> 12
        if c >= _POW10[n]:
            n += 1
        return n
    return len(str(c))


def _strip_zeros(c, exp, limit):
    """Remove up to `limit` trailing zeros of c (> 0): (coef, exp)."""
    if limit <= 0 or c % 10:
        return c, exp
    n = 0
    while n < limit:
        q, r = divmod(c, 10)
        if r:
            break
        c = q
        n += 1
    return c, exp + n


def _round_drop(sign, coef, drop, rnd):
    """coef with its last `drop` (>= 1) digits removed under rounding code rnd:
    (new coef, inexact)."""
    p = _p10(drop)
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    if rnd == _R_HALF_EVEN:
        r2 = r + r
        if r2 > p or (r2 == p and q & 1):
            q += 1
    elif rnd == _R_DOWN:
        pass
    elif rnd == _R_HALF_UP:
        if r + r >= p:
            q += 1
    elif rnd == _R_UP:
        q += 1
    elif rnd == _R_HALF_DOWN:
        if r + r > p:
            q += 1
    elif rnd == _R_CEILING:
        if not sign:
            q += 1
    elif rnd == _R_FLOOR:
        if sign:
            q += 1
    else:  # 05UP
        if q % 5 == 0:
            q += 1
    return q, True


# ---------------------------------------------------------------------------
# Decimal

_object_new = object.__new__


def _new(sign, coef, exp, special=0):
    d = _object_new(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._special = special
    return d


# special codes
_FINITE, _INF, _QNAN, _SNAN = 0, 1, 2, 3


def _fix_nan(d, ctx):
    """A NaN with its payload cut to prec - clamp digits."""
    payload = d._int
    if payload:
        limit = ctx._prec - ctx._clamp
        if _ndigits(payload) > limit:
            payload = payload % _p10(limit) if limit > 0 else 0
            return _new(d._sign, payload, 0, d._special)
    return d


def _fix(sign, coef, exp, ctx, st=0):
    """The finite number (-1)**sign * coef * 10**exp rounded to ctx, with the
    conditions signalled (plus those already in st)."""
    prec = ctx._prec
    if (coef and not st and prec < 128 and coef < _POW10[prec]
            and ctx._Emin <= exp <= ctx._Emax - prec + 1):
        # fits as it is: at most prec digits, adjusted exponent within
        # [Emin, Emax], exponent at most Etop (so clamp changes nothing)
        d = _object_new(Decimal)
        d._sign = sign
        d._int = coef
        d._exp = exp
        d._special = 0
        return d
    d, st = _fix_st(sign, coef, exp, ctx, st)
    if st:
        ctx._signal(st)
    return d


def _fix_st(sign, coef, exp, ctx, st=0):
    prec = ctx._prec
    Emax = ctx._Emax
    Etiny = ctx._Emin - prec + 1
    Etop = Emax - prec + 1
    if coef == 0:
        emax = Etop if ctx._clamp else Emax
        if exp < Etiny:
            st |= _CLAMPED
            exp = Etiny
        elif exp > emax:
            st |= _CLAMPED
            exp = emax
        return _new(sign, 0, exp), st
    nd = _ndigits(coef)
    er = exp + nd - prec           # exponent when rounded to prec digits
    if er > Etop:
        return _overflow(sign, ctx), st | _OVERFLOW | _INEXACT | _ROUNDED
    sub = er < Etiny
    if sub:
        er = Etiny
    if exp < er:
        drop = er - exp
        if drop > nd:
            coef = 1
            drop = 2
        coef, inexact = _round_drop(sign, coef, drop, ctx._rnd)
        if coef >= _POW10[prec] if prec < 128 else _ndigits(coef) > prec:
            coef //= 10
            er += 1
            if er > Etop:
                return _overflow(sign, ctx), st | _OVERFLOW | _INEXACT | _ROUNDED
        st |= _ROUNDED
        if sub:
            st |= _SUBNORMAL
            if inexact:
                st |= _UNDERFLOW | _INEXACT
                if coef == 0:
                    st |= _CLAMPED
        elif inexact:
            st |= _INEXACT
        return _new(sign, coef, er), st
    if sub:
        st |= _SUBNORMAL
    if exp > Etop and ctx._clamp:
        st |= _CLAMPED
        coef *= _p10(exp - Etop)
        exp = Etop
    return _new(sign, coef, exp), st


def _overflow(sign, ctx):
    rnd = ctx._rnd
    if (rnd in (_R_HALF_EVEN, _R_HALF_UP, _R_HALF_DOWN, _R_UP)
            or (rnd == _R_CEILING and not sign) or (rnd == _R_FLOOR and sign)):
        return _new(sign, 0, 0, _INF)
    return _new(sign, _p10(ctx._prec) - 1, ctx._Emax - ctx._prec + 1)


def _nan_result(ctx, cond=_INVALID):
    ctx._signal(cond)
    return _new(0, 0, 0, _QNAN)


def _check_nans(a, b, ctx):
    """For a binary operation: the NaN result if either operand is a NaN, else None."""
    sa = a._special
    sb = b._special if b is not None else 0
    if sa < 2 and sb < 2:
        return None
    if sa == _SNAN:
        ctx._signal(_INVALID)
        return _fix_nan(_new(a._sign, a._int, 0, _QNAN), ctx)
    if sb == _SNAN:
        ctx._signal(_INVALID)
        return _fix_nan(_new(b._sign, b._int, 0, _QNAN), ctx)
    if sa == _QNAN:
        return _fix_nan(a, ctx)
    return _fix_nan(b, ctx)


def _nan1(a, ctx):
    """For a unary operation on a NaN."""
    if a._special == _SNAN:
        ctx._signal(_INVALID)
        return _fix_nan(_new(a._sign, a._int, 0, _QNAN), ctx)
    return _fix_nan(a, ctx)


def _parse(s):
    """(sign, coef, exp, special) for a numeric string, or None."""
    s = s.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s.isascii():
        s = _ascii_digits(s)
        if s is None:
            return None
    sign = 0
    if s[:1] == '-':
        sign = 1
        s = s[1:]
    elif s[:1] == '+':
        s = s[1:]
    epos = s.find('e')
    if epos < 0:
        epos = s.find('E')
    exp = 0
    if epos >= 0:
        mant = s[:epos]
        es = s[epos + 1:]
        body = es[1:] if es[:1] in ('+', '-') else es
        if not body.isdigit():
            return None
        exp = int(es)
    else:
        mant = s
    dot = mant.find('.')
    if dot >= 0:
        ip = mant[:dot]
        fp = mant[dot + 1:]
    else:
        ip = mant
        fp = ''
    if (ip or fp) and (not ip or ip.isdigit()) and (not fp or fp.isdigit()):
        if fp:
            return sign, int(ip + fp), exp - len(fp), _FINITE
        return sign, int(ip), exp, _FINITE
    if epos >= 0:
        return None
    low = s.lower()
    if low == 'inf' or low == 'infinity':
        return sign, 0, 0, _INF
    if low.startswith('nan'):
        pl = low[3:]
        special = _QNAN
    elif low.startswith('snan'):
        pl = low[4:]
        special = _SNAN
    else:
        return None
    if not pl:
        return sign, 0, 0, special
    if not pl.isdigit():
        return None
    return sign, int(pl), 0, special


def _ascii_digits(s):
    out = []
    for ch in s:
        if ch.isascii():
            out.append(ch)
        elif ch.isdecimal():
            import unicodedata
            out.append(str(unicodedata.decimal(ch)))
        else:
            return None
    return ''.join(out)


def _from_float(f):
    if f != f:
        return _new(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, _QNAN)
    if f in (_INF_F, _NINF_F):
        return _new(1 if f < 0 else 0, 0, 0, _INF)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    n, d = f.as_integer_ratio()
    if n < 0:
        n = -n
    k = d.bit_length() - 1
    return _new(sign, n * 5 ** k, -k)


_INF_F = float('inf')
_NINF_F = float('-inf')


def _convert(other, ctx=None, raise_=False):
    """An int or Decimal operand as a Decimal; NotImplemented (or TypeError) otherwise."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        other = int(other)
        return _new(1 if other < 0 else 0, -other if other < 0 else other, 0)
    if raise_:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class Decimal(object):
    """Decimal(value='0', context=None): a decimal floating point number from an
    int, a string, a float (exactly), a (sign, digits, exponent) tuple or a Decimal."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = _object_new(cls)
        if isinstance(value, str):
            r = _parse(value)
            if r is None:
                if context is None:
                    context = getcontext()
                context._signal(_CONVSYNTAX)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, _QNAN
                return self
            self._sign, self._int, self._exp, self._special = r
            return self
        if isinstance(value, int):
            if type(value) is not int:
                value = int(value)
            if value < 0:
                self._sign, self._int = 1, -value
            else:
                self._sign, self._int = 0, value
            self._exp = 0
            self._special = 0
            return self
        if isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            self._sign, self._int, self._exp, self._special = (
                value._sign, value._int, value._exp, value._special)
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._signal(_FLOATOP)
            d = _from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            self._sign, self._int, self._exp, self._special = _from_tuple(value)
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of float (or int) f."""
        if isinstance(f, int):
            f = int(f)
            d = _new(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    # -- conversions -------------------------------------------------------

    def __bool__(self):
        return self._special != 0 or self._int != 0

    def __str__(self):
        return _to_sci(self, False, getcontext()._capitals)

    def __repr__(self):
        return "Decimal('%s')" % _to_sci(self, False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        if context is None:
            context = getcontext()
        return _to_sci(self, True, context._capitals)

    def __int__(self):
        if self._special:
            if self._special >= 2:
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        e = self._exp
        if e >= 0:
            v = self._int * _p10(e)
        elif -e > _ndigits(self._int):
            v = 0
        else:
            v = self._int // _p10(-e)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self._special == _SNAN:
                raise ValueError("cannot convert signaling NaN to float")
            if self._special == _QNAN:
                return -_math.nan if self._sign else _math.nan
            return _NINF_F if self._sign else _INF_F
        return float(_to_sci(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _new(0, 0, 0)

    def conjugate(self):
        return self

    def __floor__(self):
        return _int_rounded(self, _R_FLOOR)

    def __ceil__(self):
        return _int_rounded(self, _R_CEILING)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_new(0, 1, -n))
        return _int_rounded(self, _R_HALF_EVEN)

    def as_tuple(self):
        sp = self._special
        if sp == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in str(self._int)) if (self._int or not sp) else ()
        if sp == _QNAN:
            return DecimalTuple(self._sign, digits, 'n')
        if sp == _SNAN:
            return DecimalTuple(self._sign, digits, 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special >= 2:
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        c = self._int
        e = self._exp
        if c == 0:
            return 0, 1
        if e >= 0:
            n, d = c * _p10(e), 1
        else:
            d = _p10(-e)
            g = _math.gcd(c, d)
            n, d = c // g, d // g
        return (-n if self._sign else n), d

    def __hash__(self):
        sp = self._special
        if sp:
            if sp == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if sp == _QNAN:
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        e = self._exp
        if e >= 0:
            h = self._int % _HASH_MOD * pow(10, e, _HASH_MOD) % _HASH_MOD
        else:
            h = self._int % _HASH_MOD * pow(_HASH_10INV, -e, _HASH_MOD) % _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    def __sizeof__(self):
        return 104 + 8 * ((_ndigits(self._int) + 18) // 19)

    # -- predicates and exact queries -------------------------------------

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._special == 0

    def is_infinite(self):
        return self._special == _INF

    def is_nan(self):
        return self._special >= 2

    def is_qnan(self):
        return self._special == _QNAN

    def is_snan(self):
        return self._special == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._special == 0 and self._int == 0

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() >= context._Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context._Emin

    def radix(self):
        return _new(0, 10, 0)

    def number_class(self, context=None):
        sp = self._special
        if sp == _SNAN:
            return 'sNaN'
        if sp == _QNAN:
            return 'NaN'
        s = '-' if self._sign else '+'
        if sp == _INF:
            return s + 'Infinity'
        if self._int == 0:
            return s + 'Zero'
        if context is None:
            context = getcontext()
        if self.adjusted() < context._Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def same_quantum(self, other, context=None):
        other = _convert(other, raise_=True)
        if self._special or other._special:
            return ((self._special >= 2 and other._special >= 2)
                    or (self._special == other._special == _INF))
        return self._exp == other._exp

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, raise_=True)
        return _new(other._sign, self._int, self._exp, self._special)

    # -- arithmetic operators --------------------------------------------------

    def __add__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _add(self, other, context or getcontext(), 0)

    def __radd__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _add(other, self, context or getcontext(), 0)

    def __sub__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _add(self, other, context or getcontext(), 1)

    def __rsub__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _add(other, self, context or getcontext(), 1)

    def __mul__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _mul(self, other, context or getcontext())

    def __rmul__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _mul(other, self, context or getcontext())

    def __truediv__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _div(self, other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _div(other, self, context or getcontext())

    def __floordiv__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _divint(self, other, context or getcontext())

    def __rfloordiv__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _divint(other, self, context or getcontext())

    def __mod__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _rem(self, other, context or getcontext())

    def __rmod__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _rem(other, self, context or getcontext())

    def __divmod__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _divmod(self, other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        return _divmod(other, self, context or getcontext())

    def __pow__(self, other, modulo=None, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        if modulo is not None:
            modulo = _convert(modulo)
            if modulo is NotImplemented:
                return modulo
            return _powmod(self, other, modulo, context or getcontext())
        return _pow(self, other, context or getcontext())

    def __rpow__(self, other, modulo=None, context=None):
        if type(other) is not Decimal:
            other = _convert(other)
            if other is NotImplemented:
                return other
        if modulo is not None:
            return NotImplemented
        return _pow(other, self, context or getcontext())

    def __neg__(self, context=None):
        return _plus_minus(self, context or getcontext(), 1)

    def __pos__(self, context=None):
        return _plus_minus(self, context or getcontext(), 0)

    def __abs__(self, round=True, context=None):
        if context is None:
            context = getcontext()
        if self._special >= 2:
            return _nan1(self, context)
        if not round:
            return self.copy_abs()
        if self._special:
            return _new(0, 0, 0, _INF)
        return _fix(0, self._int, self._exp, context)

    # -- comparisons ----------------------------------------------------------

    def __eq__(self, other, context=None):
        o = _convert_cmp(self, other, True)
        if o is NotImplemented:
            return o
        if self._special >= 2 or o._special >= 2:
            if self._special == _SNAN or o._special == _SNAN:
                getcontext()._signal(_INVALID)
            return False
        return _cmp(self, o) == 0

    def __ne__(self, other, context=None):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other):
        o = _convert_cmp(self, other, False)
        if o is NotImplemented:
            return None, o
        if self._special >= 2 or o._special >= 2:
            getcontext()._signal(_INVALID)
            return None, False
        return _cmp(self, o), None

    def __lt__(self, other, context=None):
        c, r = self._order(other)
        return r if c is None else c < 0

    def __le__(self, other, context=None):
        c, r = self._order(other)
        return r if c is None else c <= 0

    def __gt__(self, other, context=None):
        c, r = self._order(other)
        return r if c is None else c > 0

    def __ge__(self, other, context=None):
        c, r = self._order(other)
        return r if c is None else c >= 0

    def compare(self, other, context=None):
        other = _convert(other, raise_=True)
        if context is None:
            context = getcontext()
        r = _check_nans(self, other, context)
        if r is not None:
            return r
        return _SMALL[_cmp(self, other)]

    def compare_signal(self, other, context=None):
        other = _convert(other, raise_=True)
        if context is None:
            context = getcontext()
        if self._special >= 2 or other._special >= 2:
            # any NaN signals InvalidOperation; the result is the NaN compare gives
            r = _check_nans(self, other, _QuietContext(context))
            context._signal(_INVALID)
            return r
        return _SMALL[_cmp(self, other)]

    def compare_total(self, other, context=None):
        other = _convert(other, raise_=True)
        return _SMALL[_cmp_total(self, other)]

    def compare_total_mag(self, other, context=None):
        other = _convert(other, raise_=True)
        return _SMALL[_cmp_total(self.copy_abs(), other.copy_abs())]

    def max(self, other, context=None):
        return _maxmin(self, _convert(other, raise_=True), context or getcontext(), 1, False)

    def min(self, other, context=None):
        return _maxmin(self, _convert(other, raise_=True), context or getcontext(), -1, False)

    def max_mag(self, other, context=None):
        return _maxmin(self, _convert(other, raise_=True), context or getcontext(), 1, True)

    def min_mag(self, other, context=None):
        return _maxmin(self, _convert(other, raise_=True), context or getcontext(), -1, True)

    # -- rounding to exponents ------------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        if type(exp) is not Decimal:
            exp = _convert(exp, raise_=True)
        if context is None:
            context = getcontext()
        return _quantize(self, exp, context, _rounding_code(rounding, context))

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        return _to_integral(self, context, _rounding_code(rounding, context), False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        return _to_integral(self, context, _rounding_code(rounding, context), True)

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._special >= 2:
            return _nan1(self, context)
        if self._special:
            return self
        d = _fix(self._sign, self._int, self._exp, context)
        if d._special:
            return d
        if d._int == 0:
            return _new(d._sign, 0, 0)
        emax = context._Emax - context._prec + 1 if context._clamp else context._Emax
        c, e = _strip_zeros(d._int, d._exp, emax - d._exp)
        return _new(d._sign, c, e)

    # -- other operations --------------------------------------------------

    def remainder_near(self, other, context=None):
        other = _convert(other, raise_=True)
        return _rem_near(self, other, context or getcontext())

    def fma(self, other, third, context=None):
        other = _convert(other, raise_=True)
        third = _convert(third, raise_=True)
        return _fma(self, other, third, context or getcontext())

    def sqrt(self, context=None):
        return _sqrt(self, context or getcontext())

    def exp(self, context=None):
        return _exp(self, context or getcontext())

    def ln(self, context=None):
        return _ln(self, context or getcontext(), False)

    def log10(self, context=None):
        return _ln(self, context or getcontext(), True)

    def logb(self, context=None):
        if context is None:
            context = getcontext()
        if self._special >= 2:
            return _nan1(self, context)
        if self._special:
            return _new(0, 0, 0, _INF)
        if self._int == 0:
            context._signal(_DIVZERO)
            return _new(1, 0, 0, _INF)
        a = self.adjusted()
        return _fix(1 if a < 0 else 0, abs(a), 0, context)

    def scaleb(self, other, context=None):
        other = _convert(other, raise_=True)
        if context is None:
            context = getcontext()
        r = _check_nans(self, other, context)
        if r is not None:
            return r
        if other._special or other._exp != 0:
            return _nan_result(context)
        lim = 2 * (context._Emax + context._prec)
        if other._int > lim:
            return _nan_result(context)
        if self._special:
            return self
        n = -other._int if other._sign else other._int
        return _fix(self._sign, self._int, self._exp + n, context)

    def rotate(self, other, context=None):
        return _rotate_shift(self, _convert(other, raise_=True), context or getcontext(), True)

    def shift(self, other, context=None):
        return _rotate_shift(self, _convert(other, raise_=True), context or getcontext(), False)

    def logical_and(self, other, context=None):
        return _logical(self, _convert(other, raise_=True), context or getcontext(), 0)

    def logical_or(self, other, context=None):
        return _logical(self, _convert(other, raise_=True), context or getcontext(), 1)

    def logical_xor(self, other, context=None):
        return _logical(self, _convert(other, raise_=True), context or getcontext(), 2)

    def logical_invert(self, context=None):
        if context is None:
            context = getcontext()
        return _logical(self, _new(0, 0, 0), context, 3)

    def next_plus(self, context=None):
        return _next(self, context or getcontext(), 1)

    def next_minus(self, context=None):
        return _next(self, context or getcontext(), -1)

    def next_toward(self, other, context=None):
        other = _convert(other, raise_=True)
        if context is None:
            context = getcontext()
        r = _check_nans(self, other, context)
        if r is not None:
            return r
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        d = _next(self, context, -1 if c > 0 else 1)
        st = 0
        if d._special == _INF:
            st = _OVERFLOW | _INEXACT | _ROUNDED
        elif d._special == 0 and d.adjusted() < context._Emin:
            st = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if d._int == 0:
                st |= _CLAMPED
        if st:
            context._signal(st)
        return d


_numbers.Number.register(Decimal)

_HASH_MOD = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)

_SMALL = {-1: _new(1, 1, 0), 0: _new(0, 0, 0), 1: _new(0, 1, 0)}


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        special = {'F': _INF, 'n': _QNAN, 'N': _SNAN}.get(exp)
        if special is None:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        exp = 0
    elif isinstance(exp, int):
        special = _FINITE
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (list, tuple)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dg in digits:
        if not (isinstance(dg, int) and 0 <= dg <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dg
    if special == _INF:
        coef = 0
    return sign, coef, exp, special


def _to_sci(d, eng, capitals):
    sign = '-' if d._sign else ''
    sp = d._special
    if sp:
        if sp == _INF:
            return sign + 'Infinity'
        pl = str(d._int) if d._int else ''
        return sign + ('NaN' if sp == _QNAN else 'sNaN') + pl
    digits = str(d._int)
    exp = d._exp
    nd = len(digits)
    left = exp + nd
    if exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._int == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        s = '0.' + '0' * -dot + digits
    elif dot >= nd:
        s = digits + '0' * (dot - nd)
    else:
        s = digits[:dot] + '.' + digits[dot:]
    if left != dot:
        s += ('E' if capitals else 'e') + '%+d' % (left - dot)
    return sign + s


def _int_rounded(d, rnd):
    if d._special:
        if d._special >= 2:
            raise ValueError("cannot convert NaN to integer")
        raise OverflowError("cannot convert Infinity to integer")
    e = d._exp
    if e >= 0:
        v = d._int * _p10(e)
    elif -e > _ndigits(d._int) + 1:
        v = 0 if d._int == 0 else _round_drop(d._sign, 1, 2, rnd)[0]
    else:
        v = _round_drop(d._sign, d._int, -e, rnd)[0]
    return -v if d._sign else v


def _rounding_code(rounding, ctx):
    if rounding is None:
        return ctx._rnd
    code = _ROUNDING_CODE.get(rounding) if isinstance(rounding, str) else None
    if code is None:
        raise TypeError(_ROUNDING_MSG)
    return code


_ROUNDING_MSG = ('valid values for rounding are:\n'
                 '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                 '   ROUND_05UP]')


# ---------------------------------------------------------------------------
# Comparison

def _convert_cmp(self, other, equality):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        other = int(other)
        return _new(1 if other < 0 else 0, abs(other), 0)
    if isinstance(other, float):
        ctx = getcontext()
        if equality:
            ctx._flags |= _FLOATOP
        else:
            ctx._signal(_FLOATOP)
        return _from_float(other)
    if isinstance(other, complex):
        if equality and other.imag == 0:
            ctx = getcontext()
            ctx._flags |= _FLOATOP
            return _from_float(other.real)
        return NotImplemented
    if isinstance(other, _numbers.Rational):
        return _RationalOperand(other)
    return NotImplemented


class _RationalOperand(object):
    """A Fraction operand of a comparison: compared exactly."""
    __slots__ = ('n', 'dn', '_special', '_sign')

    def __init__(self, q):
        self.n = q.numerator
        self.dn = q.denominator
        self._special = 0
        self._sign = 1 if self.n < 0 else 0


def _cmp(a, b):
    """-1, 0 or 1 for two non-NaN values (b may be a _RationalOperand)."""
    if type(b) is _RationalOperand:
        if a._special:
            return -1 if a._sign else 1
        # compare a*dn with n exactly
        n, dn = a.as_integer_ratio()
        lhs = n * b.dn
        rhs = b.n * dn
        return (lhs > rhs) - (lhs < rhs)
    sa = a._special
    sb = b._special
    if sa or sb:
        va = 0 if not sa else (-1 if a._sign else 1)
        vb = 0 if not sb else (-1 if b._sign else 1)
        if va != vb:
            return (va > vb) - (va < vb)
        if va:
            return 0
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    # same sign, both nonzero
    aa = a._exp + _ndigits(a._int)
    ab = b._exp + _ndigits(b._int)
    if aa != ab:
        r = 1 if aa > ab else -1
    else:
        ea, eb = a._exp, b._exp
        ca, cb = a._int, b._int
        if ea > eb:
            ca *= _p10(ea - eb)
        elif eb > ea:
            cb *= _p10(eb - ea)
        r = (ca > cb) - (ca < cb)
    return -r if a._sign else r


def _cmp_total(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    # rank: finite/inf < qNaN... with sNaN below qNaN
    ra = {0: 0, 1: 1, 3: 2, 2: 3}[a._special]
    rb = {0: 0, 1: 1, 3: 2, 2: 3}[b._special]
    if ra != rb:
        return s if ra > rb else -s
    if ra >= 2:
        r = (a._int > b._int) - (a._int < b._int)
        return s * r
    if ra == 1:
        return 0
    c = _cmp(a.copy_abs(), b.copy_abs())
    if c:
        return s * c
    r = (a._exp > b._exp) - (a._exp < b._exp)
    return s * r


def _maxmin(a, b, ctx, want, mag):
    if a._special >= 2 or b._special >= 2:
        sa, sb = a._special, b._special
        if sa == _SNAN or sb == _SNAN or (sa >= 2 and sb >= 2):
            return _check_nans(a, b, ctx)
        # one quiet NaN: the other operand wins
        x = b if sa >= 2 else a
        if x._special:
            return x
        return _fix(x._sign, x._int, x._exp, ctx)
    if mag:
        c = _cmp(a.copy_abs(), b.copy_abs())
        if c == 0:
            c = _cmp(a, b)
    else:
        c = _cmp(a, b)
    if c == 0:
        c = _cmp_total(a, b)
    x = a if c * want >= 0 else b
    if x._special:
        return x
    return _fix(x._sign, x._int, x._exp, ctx)


# ---------------------------------------------------------------------------
# Arithmetic

def _plus_minus(a, ctx, negate):
    if a._special >= 2:
        return _nan1(a, ctx)
    sign = a._sign ^ negate
    if a._special:
        return _new(sign, 0, 0, _INF)
    if a._int == 0 and ctx._rnd != _R_FLOOR:
        sign = 0
    return _fix(sign, a._int, a._exp, ctx)


def _add(a, b, ctx, sub):
    bsign = b._sign ^ sub
    if a._special or b._special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._special:
            if b._special and a._sign != bsign:
                return _nan_result(ctx)
            return _new(a._sign, 0, 0, _INF)
        return _new(bsign, 0, 0, _INF)
    ca, ea = a._int, a._exp
    cb, eb = b._int, b._exp
    asign = a._sign
    if ca == 0 or cb == 0:
        exp = ea if ea < eb else eb
        if ca == 0 and cb == 0:
            if asign == bsign:
                sign = asign
            else:
                sign = 1 if ctx._rnd == _R_FLOOR else 0
            return _fix(sign, 0, exp, ctx)
        if ca == 0:
            # exponent of the result is min(ea, eb): pad the nonzero one
            if eb > exp:
                cb *= _p10(eb - exp)
            return _fix(bsign, cb, exp, ctx)
        if ea > exp:
            ca *= _p10(ea - exp)
        return _fix(asign, ca, exp, ctx)
    if ea != eb:
        # An operand far below the other's rounding position only matters as a
        # sticky digit: replace it by 1 just below that position.
        prec = ctx._prec
        if ea > eb:
            top = ea + _ndigits(ca) - 1
            low = ea if ea < top - prec else top - prec
            if eb + _ndigits(cb) - 1 < low - 1:
                cb, eb = 1, low - 2
            cb = cb if ea == eb else cb
            ca *= _p10(ea - eb)
            exp = eb
        else:
            top = eb + _ndigits(cb) - 1
            low = eb if eb < top - prec else top - prec
            if ea + _ndigits(ca) - 1 < low - 1:
                ca, ea = 1, low - 2
            cb *= _p10(eb - ea)
            exp = ea
    else:
        exp = ea
    if asign == bsign:
        return _fix(asign, ca + cb, exp, ctx)
    if ca >= cb:
        c = ca - cb
        sign = asign
    else:
        c = cb - ca
        sign = bsign
    if c == 0:
        sign = 1 if ctx._rnd == _R_FLOOR else 0
    return _fix(sign, c, exp, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if (not a._special and a._int == 0) or (not b._special and b._int == 0):
            return _nan_result(ctx)
        return _new(sign, 0, 0, _INF)
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._special and b._special:
            return _nan_result(ctx)
        if a._special:
            return _new(sign, 0, 0, _INF)
        return _fix(sign, 0, ctx._Emin - ctx._prec + 1, ctx, _CLAMPED)
    if b._int == 0:
        if a._int == 0:
            return _nan_result(ctx, _DIVUNDEFINED)
        ctx._signal(_DIVZERO)
        return _new(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(sign, 0, ideal, ctx)
    ca, cb = a._int, b._int
    shift = _ndigits(cb) - _ndigits(ca) + ctx._prec + 1
    if shift >= 0:
        q, r = divmod(ca * _p10(shift), cb)
    else:
        q, r = divmod(ca, cb * _p10(-shift))
    exp = ideal - shift
    if r:
        q = q * 10 + 1
        exp -= 1
    elif exp < ideal:
        q, exp = _strip_zeros(q, exp, ideal - exp)
    return _fix(sign, q, exp, ctx)


def _int_quotient(a, b, ctx):
    """(q, r, rexp) with q = trunc(a/b) as an int and r = |a| - |q*b| at exponent
    rexp, for finite a and nonzero finite b; q is None if it needs more than
    prec digits."""
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    if ca == 0:
        return 0, 0, min(ea, eb)
    adj = (ea + _ndigits(ca)) - (eb + _ndigits(cb))
    if adj > ctx._prec + 1:
        return None, 0, 0
    if ea >= eb:
        q, r = divmod(ca * _p10(ea - eb), cb)
        rexp = eb
    else:
        if adj < -1:
            return 0, ca, ea
        q, r = divmod(ca, cb * _p10(eb - ea))
        rexp = ea
    if _ndigits(q) > ctx._prec:
        return None, 0, 0
    return q, r, rexp


def _divint(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._special and b._special:
            return _nan_result(ctx)
        if a._special:
            return _new(sign, 0, 0, _INF)
        return _fix(sign, 0, 0, ctx)
    if b._int == 0:
        if a._int == 0:
            return _nan_result(ctx, _DIVUNDEFINED)
        ctx._signal(_DIVZERO)
        return _new(sign, 0, 0, _INF)
    q, r, rexp = _int_quotient(a, b, ctx)
    if q is None:
        return _nan_result(ctx, _DIVIMPOSSIBLE)
    return _fix(sign, q, 0, ctx)


def _rem(a, b, ctx):
    if a._special or b._special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._special:
            return _nan_result(ctx)
        return _fix(a._sign, a._int, a._exp, ctx)
    if b._int == 0:
        if a._int == 0:
            return _nan_result(ctx, _DIVUNDEFINED)
        return _nan_result(ctx)
    q, r, rexp = _int_quotient(a, b, ctx)
    if q is None:
        return _nan_result(ctx, _DIVIMPOSSIBLE)
    return _fix(a._sign, r, rexp, ctx)


def _divmod(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r, r
        if a._special:
            if b._special:
                n = _nan_result(ctx)
                return n, n
            ctx._signal(_INVALID)
            return _new(sign, 0, 0, _INF), _new(0, 0, 0, _QNAN)
        return _fix(sign, 0, 0, ctx), _fix(a._sign, a._int, a._exp, ctx)
    if b._int == 0:
        if a._int == 0:
            n = _nan_result(ctx, _DIVUNDEFINED)
            return n, n
        ctx._signal(_DIVZERO | _INVALID)
        return _new(sign, 0, 0, _INF), _new(0, 0, 0, _QNAN)
    q, r, rexp = _int_quotient(a, b, ctx)
    if q is None:
        n = _nan_result(ctx, _DIVIMPOSSIBLE)
        return n, n
    qd, st = _fix_st(sign, q, 0, ctx)
    rd, st = _fix_st(a._sign, r, rexp, ctx, st)
    if st:
        ctx._signal(st)
    return qd, rd


def _rem_near(a, b, ctx):
    if a._special or b._special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._special:
            return _nan_result(ctx)
        return _fix(a._sign, a._int, a._exp, ctx)
    if b._int == 0:
        if a._int == 0:
            return _nan_result(ctx, _DIVUNDEFINED)
        return _nan_result(ctx)
    if a._int == 0:
        return _fix(a._sign, 0, min(a._exp, b._exp), ctx)
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    adj = (ea + _ndigits(ca)) - (eb + _ndigits(cb))
    if adj > ctx._prec + 1:
        return _nan_result(ctx, _DIVIMPOSSIBLE)
    e = ea if ea < eb else eb
    xa = ca * _p10(ea - e)
    xb = cb * _p10(eb - e)
    q, r = divmod(xa, xb)
    # nearest integer quotient, ties to even
    if 2 * r > xb or (2 * r == xb and q & 1):
        q += 1
        r = xb - r
        rsign = 1 - a._sign
    else:
        rsign = a._sign
    if _ndigits(q) > ctx._prec:
        return _nan_result(ctx, _DIVIMPOSSIBLE)
    if r == 0:
        rsign = a._sign
    return _fix(rsign, r, e, ctx)


def _fma(a, b, c, ctx):
    if a._special or b._special:
        if a._special == _SNAN or b._special == _SNAN or a._special == _QNAN or b._special == _QNAN:
            r = _check_nans(a, b, ctx)
            if c._special == _SNAN and a._special != _SNAN and b._special != _SNAN:
                return _check_nans(c, None, ctx)
            return r
        if (not a._special and a._int == 0) or (not b._special and b._int == 0):
            return _nan_result(ctx)
        prod = _new(a._sign ^ b._sign, 0, 0, _INF)
    else:
        prod = _new(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
    return _add(prod, c, ctx, 0)


def _powmod(a, b, m, ctx):
    # three-argument pow: all integers, result exact
    if a._special or b._special or m._special:
        sp = [x for x in (a, b, m) if x._special == _SNAN]
        if sp:
            return _check_nans(sp[0], None, ctx)
        sp = [x for x in (a, b, m) if x._special == _QNAN]
        if sp:
            return _fix_nan(sp[0], ctx)
        return _nan_result(ctx)
    ia = _exact_int(a)
    ib = _exact_int(b)
    im = _exact_int(m)
    if ia is None or ib is None or im is None:
        return _nan_result(ctx)
    if ib < 0 or im == 0 or (ia == 0 and ib == 0):
        return _nan_result(ctx)
    if _ndigits(abs(im)) > ctx._prec:
        return _nan_result(ctx)
    r = pow(abs(ia), ib, abs(im))
    sign = 1 if (ia < 0 and ib & 1) else 0
    return _fix(sign, r, 0, ctx)


def _exact_int(d):
    if d._exp >= 0:
        v = d._int * _p10(d._exp)
    else:
        p = _p10(-d._exp)
        if d._int % p:
            return None
        v = d._int // p
    return -v if d._sign else v


def _quantize(a, b, ctx, rnd):
    if a._special or b._special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._special and b._special:
            return a
        return _nan_result(ctx)
    exp = b._exp
    if not (ctx._Emin - ctx._prec + 1 <= exp <= ctx._Emax):
        return _nan_result(ctx)
    if a._int == 0:
        return _fix(a._sign, 0, exp, ctx)
    nd = _ndigits(a._int)
    adj = a._exp + nd - 1
    if adj > ctx._Emax:
        return _nan_result(ctx)
    if adj - exp + 1 > ctx._prec:
        return _nan_result(ctx)
    st = 0
    if exp > a._exp:
        drop = exp - a._exp
        if drop <= nd + 1:
            coef, inexact = _round_drop(a._sign, a._int, drop, rnd)
        else:
            coef, inexact = _round_drop(a._sign, 1, 2, rnd)
        st = _ROUNDED | (_INEXACT if inexact else 0)
    else:
        coef = a._int * _p10(a._exp - exp)
    ndc = _ndigits(coef)
    if coef and ndc + exp - 1 > ctx._Emax:
        return _nan_result(ctx)
    if ndc > ctx._prec:
        return _nan_result(ctx)
    if coef and exp >= ctx._Emin and (not ctx._clamp or exp <= ctx._Emax - ctx._prec + 1):
        # normal and not folded down: _fix would change nothing
        d = _new(a._sign, coef, exp)
        if st:
            ctx._signal(st)
        return d
    return _fix(a._sign, coef, exp, ctx, st)


def _to_integral(a, ctx, rnd, exact):
    if a._special:
        if a._special >= 2:
            return _nan1(a, ctx)
        return a
    if a._exp >= 0:
        return a
    if a._int == 0:
        return _new(a._sign, 0, 0)
    drop = -a._exp
    if drop > _ndigits(a._int) + 1:
        coef, inexact = _round_drop(a._sign, 1, 2, rnd)
    else:
        coef, inexact = _round_drop(a._sign, a._int, drop, rnd)
    if exact:
        ctx._signal(_ROUNDED | (_INEXACT if inexact else 0))
    return _new(a._sign, coef, 0)


def _next(a, ctx, direction):
    if a._special >= 2:
        return _nan1(a, ctx)
    if a._special == _INF:
        if (direction > 0) == (a._sign == 0):
            return a
        return _new(a._sign, _p10(ctx._prec) - 1, ctx._Emax - ctx._prec + 1)
    q = _QuietContext(ctx)
    q._rnd = _R_CEILING if direction > 0 else _R_FLOOR
    etiny = ctx._Emin - ctx._prec + 1
    tiny = _new(0 if direction > 0 else 1, 1, min(etiny, a._exp) - 2)
    if a._int == 0:
        return _fix(tiny._sign, 1, etiny - 2, q)
    return _add(a, tiny, q, 0)


def _rotate_shift(a, b, ctx, rotate):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return r
    if b._special or b._exp != 0:
        return _nan_result(ctx)
    prec = ctx._prec
    n = -b._int if b._sign else b._int
    if not -prec <= n <= prec:
        return _nan_result(ctx)
    if a._special:
        return a
    mod = _p10(prec)
    c = a._int % mod
    if rotate:
        n %= prec
        c = (c * _p10(n)) % mod + c // _p10(prec - n) if n else c
    elif n >= 0:
        c = (c * _p10(n)) % mod
    else:
        c = c // _p10(-n)
    return _new(a._sign, c, a._exp)


def _logical(a, b, ctx, op):
    for x in (a, b):
        if x._special or x._sign or x._exp != 0 or not set(str(x._int)) <= {'0', '1'}:
            return _nan_result(ctx)
    prec = ctx._prec
    sa = str(a._int).rjust(prec, '0')[-prec:]
    sb = str(b._int).rjust(prec, '0')[-prec:]
    if op == 0:
        out = ''.join('1' if x == '1' and y == '1' else '0' for x, y in zip(sa, sb))
    elif op == 1:
        out = ''.join('1' if x == '1' or y == '1' else '0' for x, y in zip(sa, sb))
    elif op == 2:
        out = ''.join('1' if x != y else '0' for x, y in zip(sa, sb))
    else:
        out = ''.join('0' if x == '1' else '1' for x in sa)
    return _new(0, int(out), 0)


# ---------------------------------------------------------------------------
# Square root, exp, ln, log10, power

def _sqrt(a, ctx):
    if a._special:
        if a._special >= 2:
            return _nan1(a, ctx)
        if a._sign:
            return _nan_result(ctx)
        return a
    ideal = a._exp >> 1
    if a._int == 0:
        return _fix(a._sign, 0, ideal, ctx)
    if a._sign:
        return _nan_result(ctx)
    c, e = a._int, a._exp
    if e & 1:
        c *= 10
        e -= 1
    prec = ctx._prec
    # scale c by 10**(2k) so the root has at least prec+1 digits
    k = prec + 1 - (_ndigits(c) + 1) // 2
    exact = True
    if k >= 0:
        n = c * _p10(2 * k)
    else:
        n, rem = divmod(c, _p10(-2 * k))
        if rem:
            exact = False
    r = _math.isqrt(n)
    if r * r != n:
        exact = False
    exp = (e >> 1) - k
    if not exact:
        r = r * 10 + 1
        exp -= 1
    else:
        r, exp = _strip_zeros(r, exp, ideal - exp)
    q = _QuietContext(ctx)
    q._rnd = _R_HALF_EVEN
    d, st = _fix_st(0, r, exp, q)
    if st:
        ctx._signal(st)
    return d


# Fixed-point kernels: values are integers scaled by 10**w.

def _fx_exp(x, w):
    """exp(x / 10**w) * 10**w for |x| <= 2 * 10**w (error below 10**6 units)."""
    one = _p10(w)
    neg = x < 0
    if neg:
        x = -x
    # reduce: x / 2**s, then square s times
    s = 0
    lim = one >> 10
    while x > lim:
        x >>= 1
        s += 1
    # Taylor series of exp(x), x >= 0
    term = one
    total = one
    i = 1
    while term:
        term = term * x // (i * one)
        total += term
        i += 1
    for _ in range(s):
        total = total * total // one
    if neg:
        total = one * one // total
    return total


def _fx_ln(y, w):
    """ln(y / 10**w) * 10**w for y > 0 (error a few units times 2**s)."""
    one = _p10(w)
    s = 0
    lo = one - (one >> 9)
    hi = one + (one >> 9)
    while not (lo < y < hi):
        y = _math.isqrt(y * one)
        s += 1
    # ln(y) = 2 atanh(t), t = (y-1)/(y+1)
    t = (y - one) * one // (y + one)
    t2 = t * t // one
    term = t
    total = t
    k = 1
    while term:
        term = term * t2 // one
        k += 2
        total += term // k
    return (2 * total) << s


_LN10_CACHE = [0, 0]  # (w, value)


def _fx_ln10(w):
    cw, cv = _LN10_CACHE
    if cw >= w:
        return cv // _p10(cw - w)
    ww = w + 20
    v = _fx_ln(10 * _p10(ww), ww) // _p10(10)
    _LN10_CACHE[0] = ww - 10
    _LN10_CACHE[1] = v
    return v // _p10(ww - 10 - w)


def _ziv(ctx, compute, sign=0):
    """Correct rounding of an irrational (not exactly representable) result:
    compute(w) gives (v, exp) with the true |value| in ((v-1)*10**exp,
    (v+1)*10**exp); w grows until both ends round alike.  Rounds half-even."""
    q = _QuietContext(ctx)
    q._rnd = _R_HALF_EVEN
    w = ctx._prec + 6
    while True:
        v, exp = compute(w)
        lo, st1 = _fix_st(sign, (v - 1) * 10 + 1, exp - 1, q)
        hi, st2 = _fix_st(sign, (v + 1) * 10 - 1, exp - 1, q)
        if (lo._special == hi._special and lo._int == hi._int and lo._exp == hi._exp) or w > ctx._prec * 4 + 400:
            st1 |= st2 & (_OVERFLOW | _UNDERFLOW | _SUBNORMAL | _CLAMPED)
            ctx._signal(st1 | _INEXACT | _ROUNDED)
            return lo
        w += w // 2 + 10


def _exp(a, ctx):
    if a._special:
        if a._special >= 2:
            return _nan1(a, ctx)
        if a._sign:
            return _new(0, 0, 0)
        return a
    if a._int == 0:
        return _new(0, 1, 0)
    adj = a._exp + _ndigits(a._int) - 1
    # rough size of the result's exponent: x / ln 10
    if adj > 20:
        big = True
    else:
        big = False
        xf = float(_to_sci(a, False, 1))
        e10 = xf / 2.302585092994046
    q = _QuietContext(ctx)
    q._rnd = _R_HALF_EVEN
    if big or e10 > ctx._Emax + 2:
        if a._sign:
            d, st = _fix_st(0, 1, ctx._Emin - ctx._prec - 5, q)
        else:
            d, st = _fix_st(0, 1, ctx._Emax + 5, q)
        ctx._signal(st | _INEXACT | _ROUNDED)
        return d
    if e10 < ctx._Emin - ctx._prec - 2:
        d, st = _fix_st(0, 1, ctx._Emin - ctx._prec - 5, q)
        ctx._signal(st | _INEXACT | _ROUNDED)
        return d

    def compute(w):
        # exp(x) = 10**k * exp(r), x = k ln10 + r
        kk = int(round(e10))
        wi = w + 10 + _ndigits(abs(kk))
        if a._exp >= -wi:
            X = a._int * _p10(wi + a._exp)
        else:
            X = a._int // _p10(-a._exp - wi)
        if a._sign:
            X = -X
        R = X - kk * _fx_ln10(wi)
        v = _fx_exp(R, wi)
        # v is scaled by 10**wi; error a few units; drop 8 guard digits
        return v // _p10(8) + 1, kk - wi + 8

    return _ziv(ctx, compute)


def _ln(a, ctx, log10):
    if a._special:
        if a._special >= 2:
            return _nan1(a, ctx)
        if a._sign:
            return _nan_result(ctx)
        return a
    if a._int == 0:
        return _new(1, 0, 0, _INF)
    if a._sign:
        return _nan_result(ctx)
    c, e = a._int, a._exp
    nd = _ndigits(c)
    if log10:
        cs, es = _strip_zeros(c, e, nd)
        if cs == 1:
            v = es
            return _fix(1 if v < 0 else 0, abs(v), 0, ctx)
    else:
        if c == _p10(nd - 1) and e == 1 - nd:
            return _new(0, 0, 0)
    k = e + nd - 1   # a = m * 10**k with 1 <= m < 10
    # how close a is to 1 (result near zero needs more absolute digits)
    near = 0
    if k == 0 or k == -1:
        diff = _add(a, _new(0, 1, 0), _UNBOUNDED, 1)
        if diff._int:
            near = max(0, -diff.adjusted())

    def compute(w):
        wi = w + near + 12
        if nd - 1 <= wi:
            M = c * _p10(wi - nd + 1)
        else:
            M = c // _p10(nd - 1 - wi)
        L = _fx_ln(M, wi)
        if k:
            L += k * _fx_ln10(wi)
        if log10:
            L = L * _p10(wi) // _fx_ln10(wi)
        # magnitude of the result
        sign = 1 if L < 0 else 0
        v = abs(L) // _p10(8) + 1
        return v, -wi + 8, sign

    w = ctx._prec + 6
    q = _QuietContext(ctx)
    q._rnd = _R_HALF_EVEN
    while True:
        v, exp, sign = compute(w)
        lo, st1 = _fix_st(sign, (v - 1) * 10 + 1, exp - 1, q)
        hi, st2 = _fix_st(sign, (v + 1) * 10 - 1, exp - 1, q)
        if (v > 1 and lo._int == hi._int and lo._exp == hi._exp and lo._special == hi._special) \
                or w > ctx._prec * 4 + 400:
            ctx._signal(st1 | _INEXACT | _ROUNDED)
            return lo
        w += w // 2 + 10


def _pow(a, b, ctx):
    if a._special or b._special:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
    b_int = b._special == 0 and (b._exp >= 0 or b._int % _p10(-b._exp) == 0)
    # zero exponent
    if not b._special and b._int == 0:
        if not a._special and a._int == 0:
            return _nan_result(ctx)
        return _new(0, 1, 0)
    sign = 0
    if a._sign:
        if b_int:
            if b._exp <= 0 and (b._int // _p10(-b._exp)) & 1:
                sign = 1
        elif a._special or a._int:
            return _nan_result(ctx)
    if a._special == _INF:
        if b._sign:
            return _new(sign, 0, 0)
        return _new(sign, 0, 0, _INF)
    if a._int == 0:
        if b._sign:
            return _new(sign, 0, 0, _INF)
        return _new(sign, 0, 0)
    if b._special == _INF:
        c = _cmp(a.copy_abs(), _new(0, 1, 0))
        if c == 0:
            q = _new(0, _p10(ctx._prec - 1), 1 - ctx._prec)
            ctx._signal(_INEXACT | _ROUNDED)
            return q
        if (c > 0) != bool(b._sign):
            return _new(0, 0, 0, _INF)
        return _new(0, 0, 0)
    if b_int:
        c0, k = a._int, -a._exp
        if k >= 0 and c0 == _p10(k):
            # |a| == 1 (1, 1.0, 1.00...): exact, however large the exponent; the
            # result has k*n trailing zeros, cut to the precision (Rounded)
            if b._sign:
                return _new(sign, 1, 0)
            if k == 0:
                return _new(sign, 1, 0)
            m = ctx._prec if b.adjusted() >= 18 else min(k * _exact_int(b), ctx._prec)
            return _fix(sign, _p10(m), -m, ctx)
        # bounds first: the exponent's value may be huge
        return _pow_int(a, b, None, sign, ctx)
    # general case: exp(b * ln|a|), correctly rounded
    return _pow_real(a, b, sign, ctx)


def _pow_int(a, b, n, sign, ctx):
    """a**n for an integral exponent b (value n) as CPython computes it: an
    early answer when the result certainly overflows or underflows, else binary
    powering from the left (1/a first when n < 0) in a working context of
    prec + digits(b) + 2 (+1 when n < 0) digits that rounds half-even within
    the context's exponent limits, then rounding to the context.  Exact results
    come out exact; inexact ones can differ from correct rounding in the last
    digit under the directed roundings, as CPython's do."""
    # certain overflow / underflow (bounds on the size of n * ln|a|)
    t = a._exp + _ndigits(a._int) - 1
    if t > 0:
        zeta = _ndigits(t) - 1
    elif t < -1:
        zeta = _ndigits(-(t + 1)) - 1
    else:
        diff = _add(a.copy_abs(), _new(0, 1, 0), _UNBOUNDED, 1)
        u = diff._exp + _ndigits(diff._int) - 1 if diff._int else -MAX_PREC
        zeta = u - 2 if t == 0 else u - 1
    theta = b._exp + _ndigits(b._int) - 1
    if ((t < 0) ^ b._sign) == 0:
        if _ndigits(ctx._Emax) < zeta + theta:
            return _fix(sign, 1, ctx._Emax + 1, ctx)
    else:
        etiny = ctx._Emin - ctx._prec + 1
        if _ndigits(-etiny) < zeta + theta:
            return _fix(sign, 1, etiny - 1, ctx)
    n = _exact_int(b)
    w = _QuietContext(ctx)
    w._prec = ctx._prec + _ndigits(b._int) + b._exp + 2
    w._rnd = _R_HALF_EVEN
    w._clamp = 0
    base = a.copy_abs()
    if n < 0:
        w._prec += 1
        base = _div(_new(0, 1, 0), base, w)
    r = base
    for bit in bin(abs(n))[3:]:
        r = _mul(r, r, w)
        if bit == '1':
            r = _mul(r, base, w)
        if r._special or (r._int == 0 and w._flags & _CLAMPED):
            break
    st = w._flags & ~_OVERFLOW
    if r._special:
        return _fix(sign, 1, ctx._Emax + 1, ctx, st)
    return _fix(sign, r._int, r._exp, ctx, st)


def _pow_real(a, b, sign, ctx):
    # rough magnitude: log10 |a**b|
    la = _approx_log10(a)
    bf = float(_to_sci(b, False, 1)) if b.adjusted() < 300 else (_INF_F if not b._sign else _NINF_F)
    mag = la * bf if la else 0.0
    q = _QuietContext(ctx)
    q._rnd = ctx._rnd
    if mag != mag:
        mag = 0.0
    if mag > ctx._Emax + 2:
        d, st = _fix_st(sign, 1, ctx._Emax + 5, q)
        ctx._signal(st | _INEXACT | _ROUNDED)
        return d
    if mag < ctx._Emin - ctx._prec - 2:
        d, st = _fix_st(sign, 1, ctx._Emin - ctx._prec - 5, q)
        ctx._signal(st | _INEXACT | _ROUNDED)
        return d
    c, e = a._int, a._exp
    nd = _ndigits(c)
    k = e + nd - 1
    kk = int(round(mag / 1)) if abs(mag) < 1e15 else 0
    bnd = b._exp + _ndigits(b._int)
    # Like CPython (libmpdec computes exp(b * ln a) with max(digits, prec) + 22
    # digits, and exp of a value at most 9 * 10**-(that+1) is 1): then the
    # result is 1 padded to the precision (inexact), whatever the rounding.
    if kk == 0:
        W = max(nd, ctx._prec) + 22
        wi = W + 8 + max(0, bnd)
        if nd - 1 <= wi:
            M = c * _p10(wi - nd + 1)
        else:
            M = c // _p10(nd - 1 - wi)
        L = _fx_ln(M, wi)
        if k:
            L += k * _fx_ln10(wi)
        if b._exp >= 0:
            Y = L * b._int * _p10(b._exp)
        else:
            Y = L * b._int // _p10(-b._exp)
        if abs(Y) <= 9 * _p10(wi - W - 1):
            ctx._signal(_INEXACT | _ROUNDED)
            return _new(sign, _p10(ctx._prec - 1), 1 - ctx._prec)

    def compute(w):
        wi = w + 12 + max(0, bnd) + _ndigits(abs(kk))
        if nd - 1 <= wi:
            M = c * _p10(wi - nd + 1)
        else:
            M = c // _p10(nd - 1 - wi)
        L = _fx_ln(M, wi)
        if k:
            L += k * _fx_ln10(wi)
        # y * ln a
        if b._exp >= 0:
            Y = L * b._int * _p10(b._exp)
        else:
            Y = L * b._int // _p10(-b._exp)
        if b._sign:
            Y = -Y
        R = Y - kk * _fx_ln10(wi)
        v = _fx_exp(R, wi)
        return v // _p10(8) + 1, kk - wi + 8

    # CPython computes exp(b * ln a) correctly rounded (half-even) to
    # W = max(digits of a, prec) + 22 digits with unbounded exponents, then
    # rounds that to the context: do the same (the first rounding by Ziv's
    # method, growing the guard digits until both ends of the error interval
    # round alike).
    W = max(nd, ctx._prec) + 22
    wq = _QuietContext(_UNBOUNDED)
    wq._prec = W
    wq._rnd = _R_HALF_EVEN
    w = W + 6
    while True:
        v, exp = compute(w)
        lo, st1 = _fix_st(sign, (v - 1) * 10 + 1, exp - 1, wq)
        hi, st2 = _fix_st(sign, (v + 1) * 10 - 1, exp - 1, wq)
        same = lo._int == hi._int and lo._exp == hi._exp
        if same or w > W * 3 + 200:
            if not same:
                # an exact midpoint (rare): round the central value
                lo, st1 = _fix_st(sign, v * 10, exp - 1, wq)
            return _fix(sign, lo._int, lo._exp, ctx, _INEXACT | _ROUNDED)
        w += w // 2 + 10


def _approx_log10(a):
    c = a._int
    nd = _ndigits(c)
    if nd > 17:
        c = c // _p10(nd - 17)
        e = a._exp + nd - 17
    else:
        e = a._exp
    return _math.log10(c) + e


# ---------------------------------------------------------------------------
# Context

class SignalDict(object):
    """A context's flags or traps: a mapping from the signal classes to bools."""
    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bits(self):
        return getattr(self._ctx, self._attr)

    def __getitem__(self, key):
        bit = _KEY_BIT.get(key) if isinstance(key, type) else None
        if bit is None:
            raise KeyError(key)
        return bool(self._bits() & bit)

    def __setitem__(self, key, value):
        bit = _KEY_BIT.get(key) if isinstance(key, type) else None
        if bit is None:
            raise KeyError(key)
        bits = self._bits()
        setattr(self._ctx, self._attr, (bits | bit) if value else (bits & ~bit))

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __contains__(self, key):
        return key in _BIT_OF

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        bits = self._bits()
        return [bool(bits & b) for b in _SIGNAL_BITS]

    def items(self):
        bits = self._bits()
        return [(s, bool(bits & b)) for s, b in zip(_SIGNALS, _SIGNAL_BITS)]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, SignalDict):
            return self._bits() == other._bits()
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % kv for kv in self.items()) + '}'


def _bits_from(value, what):
    if isinstance(value, SignalDict):
        return value._bits()
    if isinstance(value, dict):
        bits = 0
        if len(value) != len(_SIGNALS) or any(k not in _BIT_OF for k in value):
            raise KeyError("invalid signal dict")
        for k, v in value.items():
            if v:
                bits |= _BIT_OF[k]
        return bits
    bits = 0
    for k in value:
        b = _KEY_BIT.get(k) if isinstance(k, type) else None
        if b is None:
            raise KeyError("invalid error flag")
        bits |= b
    return bits


class Context(object):
    """Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
    clamp=None, flags=None, traps=None): precision, rounding, exponent limits,
    flags and traps for Decimal arithmetic."""

    __slots__ = ('_prec', 'rounding_name', '_rnd', '_Emin', '_Emax', '_capitals', '_clamp',
                 '_flags', '_traps', '__weakref__')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc._prec if dc else 28)
        self.rounding = rounding if rounding is not None else (
            dc.rounding_name if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc._Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc._Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc._capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc._clamp if dc else 0)
        if flags is None:
            self._flags = 0
        else:
            self._flags = _bits_from(flags, 'flags')
        if traps is None:
            self._traps = dc._traps if dc else (_INVALID | _DIVZERO | _OVERFLOW)
        else:
            self._traps = _bits_from(traps, 'traps')

    # validated attributes
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        if not isinstance(v, int):
            raise TypeError('an integer is required')
        if not 1 <= v <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = v

    @property
    def rounding(self):
        return self.rounding_name

    @rounding.setter
    def rounding(self, v):
        code = _ROUNDING_CODE.get(v) if isinstance(v, str) else None
        if code is None:
            raise TypeError(_ROUNDING_MSG)
        self.rounding_name = _ROUNDING_NAMES[code]
        self._rnd = code

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, v):
        if not isinstance(v, int):
            raise TypeError('an integer is required')
        if not MIN_EMIN <= v <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = v

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, v):
        if not isinstance(v, int):
            raise TypeError('an integer is required')
        if not 0 <= v <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = v

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        if not isinstance(v, int):
            raise TypeError('an integer is required')
        if v not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = v

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        if not isinstance(v, int):
            raise TypeError('an integer is required')
        if v not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = v

    @property
    def flags(self):
        return SignalDict(self, '_flags')

    @flags.setter
    def flags(self, v):
        self._flags = _bits_from(v, 'flags')

    @property
    def traps(self):
        return SignalDict(self, '_traps')

    @traps.setter
    def traps(self, v):
        self._traps = _bits_from(v, 'traps')

    def _signal(self, st):
        """Record conditions st; raise for the trapped ones as CPython does."""
        sig = st & _SIGNAL_MASK
        if st & _INVALID_ANY:
            sig |= _INVALID
        self._flags |= sig
        trapped = sig & self._traps
        if trapped:
            names = []
            if trapped & _INVALID:
                for bit, cls in _INVALID_CONDS:
                    if st & bit:
                        names.append(cls)
            for bit, cls in zip(_SIGNAL_BITS[1:], _SIGNALS[1:]):
                if trapped & bit:
                    names.append(cls)
            for bit, cls in zip(_SIGNAL_BITS, _SIGNALS):
                if trapped & bit:
                    raise cls(names)

    def __repr__(self):
        flags = [c.__name__ for c, b in _REPR_ORDER if self._flags & b]
        traps = [c.__name__ for c, b in _REPR_ORDER if self._traps & b]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self._prec, self.rounding_name, self._Emin,
                                             self._Emax, self._capitals, self._clamp,
                                             ', '.join(flags), ', '.join(traps)))

    def __reduce__(self):
        flags = [c for c, b in zip(_SIGNALS, _SIGNAL_BITS) if self._flags & b]
        traps = [c for c, b in zip(_SIGNALS, _SIGNAL_BITS) if self._traps & b]
        return (self.__class__, (self._prec, self.rounding_name, self._Emin, self._Emax,
                                 self._capitals, self._clamp, flags, traps))

    def copy(self):
        c = _object_new(self.__class__)
        c._prec = self._prec
        c.rounding_name = self.rounding_name
        c._rnd = self._rnd
        c._Emin = self._Emin
        c._Emax = self._Emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = self._flags
        c._traps = self._traps
        return c

    __copy__ = copy

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return _new(0, 10, 0)

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            r = _parse(num)
            if r is None:
                return _nan_result(self, _CONVSYNTAX)
            sign, coef, exp, special = r
            if special >= 2:
                if coef and _ndigits(coef) > self._prec - self._clamp:
                    return _nan_result(self, _CONVSYNTAX)
                return _new(sign, coef, 0, special)
            if special:
                return _new(sign, 0, 0, _INF)
            return _fix(sign, coef, exp, self)
        if isinstance(num, float):
            self._signal(_FLOATOP)
            d = _from_float(num)
        elif isinstance(num, (int, Decimal, list, tuple)):
            d = Decimal(num)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(num).__name__)
        if d._special:
            if d._special >= 2:
                if d._int and _ndigits(d._int) > self._prec - self._clamp:
                    return _nan_result(self, _CONVSYNTAX)
                return _new(d._sign, d._int, 0, d._special)
            return d
        return _fix(d._sign, d._int, d._exp, self)

    def create_decimal_from_float(self, f):
        if isinstance(f, int):
            f = int(f)
            d = _new(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if d._special:
            return d
        return _fix(d._sign, d._int, d._exp, self)

    # arithmetic mirrors
    def _cv(self, a):
        if isinstance(a, Decimal):
            return a
        if isinstance(a, int):
            a = int(a)
            return _new(1 if a < 0 else 0, abs(a), 0)
        raise TypeError("conversion from %s to Decimal is not supported" % type(a).__name__)

    def abs(self, a):
        return self._cv(a).__abs__(context=self)

    def add(self, a, b):
        return _add(self._cv(a), self._cv(b), self, 0)

    def subtract(self, a, b):
        return _add(self._cv(a), self._cv(b), self, 1)

    def multiply(self, a, b):
        return _mul(self._cv(a), self._cv(b), self)

    def divide(self, a, b):
        return _div(self._cv(a), self._cv(b), self)

    def divide_int(self, a, b):
        return _divint(self._cv(a), self._cv(b), self)

    def remainder(self, a, b):
        return _rem(self._cv(a), self._cv(b), self)

    def divmod(self, a, b):
        return _divmod(self._cv(a), self._cv(b), self)

    def remainder_near(self, a, b):
        return _rem_near(self._cv(a), self._cv(b), self)

    def power(self, a, b, modulo=None):
        a = self._cv(a)
        b = self._cv(b)
        if modulo is not None:
            return _powmod(a, b, self._cv(modulo), self)
        return _pow(a, b, self)

    def fma(self, a, b, c):
        return _fma(self._cv(a), self._cv(b), self._cv(c), self)

    def plus(self, a):
        return _plus_minus(self._cv(a), self, 0)

    def minus(self, a):
        return _plus_minus(self._cv(a), self, 1)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def compare(self, a, b):
        return self._cv(a).compare(b, self)

    def compare_signal(self, a, b):
        return self._cv(a).compare_signal(b, self)

    def compare_total(self, a, b):
        return self._cv(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return self._cv(a).compare_total_mag(b)

    def copy_abs(self, a):
        return self._cv(a).copy_abs()

    def copy_decimal(self, a):
        return Decimal(self._cv(a))

    def copy_negate(self, a):
        return self._cv(a).copy_negate()

    def copy_sign(self, a, b):
        return self._cv(a).copy_sign(b)

    def exp(self, a):
        return _exp(self._cv(a), self)

    def ln(self, a):
        return _ln(self._cv(a), self, False)

    def log10(self, a):
        return _ln(self._cv(a), self, True)

    def logb(self, a):
        return self._cv(a).logb(self)

    def sqrt(self, a):
        return _sqrt(self._cv(a), self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return self._cv(a).is_finite()

    def is_infinite(self, a):
        return self._cv(a).is_infinite()

    def is_nan(self, a):
        return self._cv(a).is_nan()

    def is_normal(self, a):
        return self._cv(a).is_normal(self)

    def is_qnan(self, a):
        return self._cv(a).is_qnan()

    def is_signed(self, a):
        return self._cv(a).is_signed()

    def is_snan(self, a):
        return self._cv(a).is_snan()

    def is_subnormal(self, a):
        return self._cv(a).is_subnormal(self)

    def is_zero(self, a):
        return self._cv(a).is_zero()

    def logical_and(self, a, b):
        return self._cv(a).logical_and(b, self)

    def logical_or(self, a, b):
        return self._cv(a).logical_or(b, self)

    def logical_xor(self, a, b):
        return self._cv(a).logical_xor(b, self)

    def logical_invert(self, a):
        return self._cv(a).logical_invert(self)

    def max(self, a, b):
        return self._cv(a).max(b, self)

    def min(self, a, b):
        return self._cv(a).min(b, self)

    def max_mag(self, a, b):
        return self._cv(a).max_mag(b, self)

    def min_mag(self, a, b):
        return self._cv(a).min_mag(b, self)

    def next_plus(self, a):
        return self._cv(a).next_plus(self)

    def next_minus(self, a):
        return self._cv(a).next_minus(self)

    def next_toward(self, a, b):
        return self._cv(a).next_toward(b, self)

    def normalize(self, a):
        return self._cv(a).normalize(self)

    def number_class(self, a):
        return self._cv(a).number_class(self)

    def quantize(self, a, b):
        return self._cv(a).quantize(b, context=self)

    def rotate(self, a, b):
        return self._cv(a).rotate(b, self)

    def shift(self, a, b):
        return self._cv(a).shift(b, self)

    def scaleb(self, a, b):
        return self._cv(a).scaleb(b, self)

    def same_quantum(self, a, b):
        return self._cv(a).same_quantum(b)

    def to_eng_string(self, a):
        return self._cv(a).to_eng_string(self)

    def to_sci_string(self, a):
        return _to_sci(self._cv(a), False, self._capitals)

    def to_integral_exact(self, a):
        return self._cv(a).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return self._cv(a).to_integral_value(context=self)

    to_integral = to_integral_value


_ROUNDING_NAMES = {v: k for k, v in _ROUNDING_CODE.items()}
# the order of the signal names in a context's repr (CPython's)
_REPR_ORDER = [(c, _BIT_OF[c]) for c in (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
                                         Overflow, Rounded, Subnormal, Underflow)]


class _QuietContext(Context):
    """A scratch copy of a context that records conditions without trapping."""
    __slots__ = ()

    def __init__(self, ctx):
        self._prec = ctx._prec
        self.rounding_name = ctx.rounding_name
        self._rnd = ctx._rnd
        self._Emin = ctx._Emin
        self._Emax = ctx._Emax
        self._capitals = ctx._capitals
        self._clamp = ctx._clamp
        self._flags = 0
        self._traps = 0

    def _signal(self, st):
        self._flags |= st


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_ready = True

# exact arithmetic for internal use
_UNBOUNDED = _QuietContext(Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN))

BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                              Underflow], flags=[])

ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])


# ---------------------------------------------------------------------------
# The current context

import contextvars as _contextvars

_current_var = _contextvars.ContextVar('decimal_context')


# getcontext() is on every operation's path: it remembers the contextvars
# mapping it last read.  Bastion's contextvars replaces a context's mapping
# (a dict) on every ContextVar.set and never changes one in place, so while
# the current contextvars context holds the same dict object, the decimal
# context in it is the same.  The cache holds a reference to the dict, so the
# identity test cannot be fooled by a new dict at a recycled address.
_cache = [None, None]   # [mapping, decimal context]


def getcontext():
    """The current context (a copy of DefaultContext the first time)."""
    data = _contextvars._current._data
    if data is _cache[0]:
        return _cache[1]
    try:
        ctx = _current_var.get()
    except LookupError:
        ctx = DefaultContext.copy()
        ctx._flags = 0
        _current_var.set(ctx)
        data = _contextvars._current._data
    _cache[0] = data
    _cache[1] = ctx
    return ctx


def setcontext(context):
    """Make `context` the current context (DefaultContext and friends are copied)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current_var.set(context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager(object):
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (default: the current context),
    with the keyword arguments applied, current inside its block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _ContextManager(new)


# ---------------------------------------------------------------------------
# Formatting (format(Decimal, spec))

def _parse_spec(spec):
    """[[fill]align][sign][z][0][width][,][.precision][type], as CPython's C
    module accepts it (no '#', no '_' grouping)."""
    i = 0
    n = len(spec)
    fill = ' '
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nozero = False
    if i < n and spec[i] == 'z':
        nozero = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
        if i < n and spec[i] == '0':
            raise ValueError('invalid format string')
    j = i
    while i < n and spec[i] in '0123456789':
        i += 1
    width = int(spec[j:i]) if i > j else 0
    group = ''
    if i < n and spec[i] == ',':
        group = ','
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        j = i + 1
        i = j
        while i < n and spec[i] in '0123456789':
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    if typ == 'n' and group:
        raise ValueError('invalid format string')
    if zero:
        if align is not None:
            raise ValueError('invalid format string')
        fill = '0'
        align = '='
    if align is None:
        align = '>'
    return fill, align, sign, nozero, zero, width, group, prec, typ


def _format(d, spec):
    fill, align, signopt, nozero, zero, width, group, prec, typ = _parse_spec(spec)
    ctx = getcontext()
    rnd = ctx._rnd
    neg = d._sign == 1
    pct = '%' if typ == '%' else ''
    if d._special:
        body = _to_sci(d, False, 1)
        if neg:
            body = body[1:]
        sgn = '-' if neg else ('+' if signopt == '+' else (' ' if signopt == ' ' else ''))
        if zero and fill == '0' and align == '=':
            fill = ' '
            align = '>'
        return _pad(sgn, body + pct, fill, align, width)
    coef, exp = d._int, d._exp
    if nozero and coef == 0:
        neg = False
    if pct:
        exp += 2
    upper = typ in ('E', 'G', 'F') or (typ is None and ctx._capitals)
    kind = 'g' if typ in (None, 'g', 'G', 'n') else ('e' if typ in 'eE' else 'f')
    dplace = None
    if prec is not None:
        if kind == 'g':
            p = prec if prec else 1
            if _ndigits(coef) > p:
                coef, exp = _round_sig(neg, coef, exp, p, rnd)
        elif kind == 'e':
            if coef == 0:
                dplace = 1 - prec
            else:
                coef, exp = _round_exp(neg, coef, exp, exp + _ndigits(coef) - prec - 1, rnd)
                if _ndigits(coef) > prec + 1:
                    coef, exp = _round_exp(neg, coef, exp, exp + 1, rnd)
        else:
            coef, exp = _round_exp(neg, coef, exp, -prec, rnd)
    if kind == 'f' and coef == 0 and exp > 0:
        exp = 0
    if nozero and coef == 0 and typ in ('f', '%'):
        # CPython's C module drops the sign of a value rounded to zero for
        # 'f' and '%' only (not 'F')
        neg = False
    digits = str(coef)
    nd = len(digits)
    left = exp + nd
    if kind == 'e':
        if dplace is None:
            dplace = 1
    elif kind == 'f':
        dplace = left
    elif exp <= 0 and left > -6:
        dplace = left
    else:
        dplace = 1
    if dplace <= 0:
        intpart = '0'
        frac = '0' * -dplace + digits
    elif dplace >= nd:
        intpart = digits + '0' * (dplace - nd)
        frac = ''
    else:
        intpart = digits[:dplace]
        frac = digits[dplace:]
    tail = '.' + frac if frac else ''
    if kind == 'e' or left != dplace:
        tail += ('E' if upper else 'e') + '%+d' % (left - dplace)
    tail += pct
    sgn = '-' if neg else ('+' if signopt == '+' else (' ' if signopt == ' ' else ''))
    if group:
        minw = width - len(sgn) - len(tail) if zero else 0
        intpart = _group(intpart, minw)
    return _pad(sgn, intpart + tail, fill, align, width)


def _group(intpart, minw):
    """intpart with ',' every three digits, zero-padded (keeping the grouping)
    to at least minw characters."""
    groups = []
    s = intpart
    while len(s) > 3:
        groups.append(s[-3:])
        s = s[:-3]
    groups.append(s)
    groups.reverse()
    out = ','.join(groups)
    while len(out) < minw:
        if len(groups[0]) == 3:
            groups.insert(0, '0')
        else:
            groups[0] = '0' + groups[0]
        out = ','.join(groups)
    return out


def _pad(sgn, body, fill, align, width):
    total = len(sgn) + len(body)
    if total >= width:
        return sgn + body
    padn = width - total
    if align == '<':
        return sgn + body + fill * padn
    if align == '>':
        return fill * padn + sgn + body
    if align == '=':
        return sgn + fill * padn + body
    left = padn // 2
    return fill * left + sgn + body + fill * (padn - left)


def _round_sig(neg, coef, exp, p, rnd):
    nd = _ndigits(coef)
    if nd <= p:
        return coef, exp
    drop = nd - p
    c, _ = _round_drop(neg, coef, drop, rnd)
    e = exp + drop
    if _ndigits(c) > p:
        c //= 10
        e += 1
    return c, e


def _round_exp(neg, coef, exp, target, rnd):
    if coef == 0:
        return 0, target
    if exp >= target:
        return coef * _p10(exp - target), target
    drop = target - exp
    if drop > _ndigits(coef) + 1:
        c, _ = _round_drop(neg, 1, 2, rnd)
    else:
        c, _ = _round_drop(neg, coef, drop, rnd)
    return c, target
