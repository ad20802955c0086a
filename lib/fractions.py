"""fractions: exact rational numbers (Fraction), as CPython 3.11's.

A Fraction is a numerator and a positive denominator in lowest terms. It mixes with int
and other Rationals exactly, with float and complex by converting itself, hashes equal to
the int or float of the same value, and parses "3/4", "-1.25e-3", " 7 " and the like.
Decimals are accepted (exactly) by the constructor and from_decimal.
"""

import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_gcd = math.gcd
_object_new = object.__new__
_HASH_INF = sys.hash_info.inf

# "[sign] digits[/digits]" or "[sign] digits [. digits] [e exponent]", digit groups may be
# joined by single underscores, surrounding whitespace allowed.
_FRACTION_TEXT = re.compile(r"""
    \A\s*
    (?P<sign>[+-]?)
    (?=\.?\d)
    (?P<whole>(?:\d+(?:_\d+)*)?)
    (?:
        /(?P<den>\d+(?:_\d+)*)
      |
        (?:\.(?P<frac>(?:\d+(?:_\d+)*)?))?
        (?:[eE](?P<exp>[+-]?\d+(?:_\d+)*))?
    )
    \s*\Z
""", re.VERBOSE)


def _parse(text):
    """(numerator, denominator) of a Fraction literal; the denominator may be 0."""
    m = _FRACTION_TEXT.match(text)
    if m is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    num = int(m.group('whole') or '0')
    den_text = m.group('den')
    if den_text:
        den = int(den_text)
    else:
        den = 1
        frac = m.group('frac')
        if frac:
            frac = frac.replace('_', '')
            scale = 10 ** len(frac)
            num = num * scale + int(frac)
            den = scale
        exp = m.group('exp')
        if exp:
            exp = int(exp)
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
    if m.group('sign') == '-':
        num = -num
    return num, den


def _is_decimal(x):
    """Whether x is a decimal.Decimal; decimal is not imported for this (a value
    cannot be a Decimal before something imported the module)."""
    dec = sys.modules.get('decimal')
    return dec is not None and isinstance(x, dec.Decimal)


def _make(num, den):
    """A Fraction from a pair already in lowest terms with den > 0."""
    obj = _object_new(Fraction)
    obj._numerator = num
    obj._denominator = den
    return obj


def _make_nonzero(num, den):
    """_make, raising CPython's ZeroDivisionError for a zero denominator."""
    if den == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % num)
    return _make(num, den)


def _reduced(num, den):
    """A Fraction from any pair with den != 0."""
    g = _gcd(num, den)
    if den < 0:
        g = -g
    return _make(num // g, den // g)


def _complex(f):
    """complex(f) for a Fraction: its __complex__ called directly (Bastion's complex()
    does not yet consult __complex__ of classes written in Python)."""
    return type(f).__complex__(f)


def _sign(n):
    return (n > 0) - (n < 0)


class Fraction(numbers.Rational):
    """An exact rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75),
    Fraction(other_rational)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif (isinstance(numerator, numbers.Rational)
              and isinstance(denominator, numbers.Rational)):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float `f` (an int is accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (an int is accepted too)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if _is_decimal(dec):
            return cls(*dec.as_integer_ratio())
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most `max_denominator`."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            if type(self) is Fraction:
                return _make(self._numerator, self._denominator)
            return Fraction(self)
        # Walk the continued-fraction convergents p/q until the next one's denominator
        # would exceed the limit; the answer is the last convergent or the best
        # semiconvergent between it and the one before.
        prev_p, prev_q, cur_p, cur_q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            next_q = prev_q + a * cur_q
            if next_q > max_denominator:
                break
            prev_p, prev_q, cur_p, cur_q = cur_p, cur_q, prev_p + a * cur_p, next_q
            n, d = d, n - a * d
        k = (max_denominator - prev_q) // cur_q
        semi_p, semi_q = prev_p + k * cur_p, prev_q + k * cur_q
        if type(self) is Fraction:
            # abs(conv - self) <= abs(semi - self) in integers (every denominator > 0).
            num, den = self._numerator, self._denominator
            if abs(cur_p * den - num * cur_q) * semi_q <= abs(semi_p * den - num * semi_q) * cur_q:
                return _reduced(cur_p, cur_q)
            return _reduced(semi_p, semi_q)
        semi = _reduced(semi_p, semi_q)
        conv = _reduced(cur_p, cur_q)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # --- Arithmetic ------------------------------------------------------------------------
    # Each operator has an exact form for Rational operands; a float or complex operand
    # turns the Fraction into that type instead.

    # The exact forms take the two operands' numerators and denominators: an exact
    # Fraction or int operand gives them straight from its fields (what its numerator and
    # denominator properties return), any other Rational through those properties.

    def _operators(exact, inexact, name):
        def forward(a, b):
            if type(a) is Fraction:
                tb = type(b)
                if tb is Fraction:
                    return exact(a._numerator, a._denominator, b._numerator, b._denominator)
                if tb is int:
                    return exact(a._numerator, a._denominator, b, 1)
            if isinstance(b, (int, Fraction)):
                return exact(a.numerator, a.denominator, b.numerator, b.denominator)
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(_complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if type(a) is int and type(b) is Fraction:
                return exact(a, 1, b._numerator, b._denominator)
            if isinstance(a, numbers.Rational):
                return exact(a.numerator, a.denominator, b.numerator, b.denominator)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), _complex(b))
            return NotImplemented

        forward.__name__ = '__' + name + '__'
        forward.__qualname__ = 'Fraction.' + forward.__name__
        forward.__doc__ = exact.__doc__
        reverse.__name__ = '__r' + name + '__'
        reverse.__qualname__ = 'Fraction.' + reverse.__name__
        reverse.__doc__ = exact.__doc__
        return forward, reverse

    # _add, _sub, _mul and _div build their result in place (_reduced inlined: they run
    # for nearly every operator use).

    def _add(na, da, nb, db):
        """a + b"""
        num = na * db + nb * da
        den = da * db
        g = _gcd(num, den)
        if den < 0:
            g = -g
        obj = _object_new(Fraction)
        obj._numerator = num // g
        obj._denominator = den // g
        return obj

    def _sub(na, da, nb, db):
        """a - b"""
        num = na * db - nb * da
        den = da * db
        g = _gcd(num, den)
        if den < 0:
            g = -g
        obj = _object_new(Fraction)
        obj._numerator = num // g
        obj._denominator = den // g
        return obj

    def _mul(na, da, nb, db):
        """a * b"""
        num = na * nb
        den = da * db
        g = _gcd(num, den)
        if den < 0:
            g = -g
        obj = _object_new(Fraction)
        obj._numerator = num // g
        obj._denominator = den // g
        return obj

    def _div(na, da, nb, db):
        """a / b"""
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % _sign(na))
        num = na * db
        den = da * nb
        g = _gcd(num, den)
        if den < 0:
            g = -g
        obj = _object_new(Fraction)
        obj._numerator = num // g
        obj._denominator = den // g
        return obj

    def _floordiv(na, da, nb, db):
        """a // b"""
        return (na * db) // (da * nb)

    def _divmod(na, da, nb, db):
        """(a // b, a % b)"""
        quotient, rest = divmod(na * db, da * nb)
        return quotient, _reduced(rest, da * db)

    def _mod(na, da, nb, db):
        """a % b"""
        return _reduced((na * db) % (nb * da), da * db)

    __add__, __radd__ = _operators(_add, operator.add, 'add')
    __sub__, __rsub__ = _operators(_sub, operator.sub, 'sub')
    __mul__, __rmul__ = _operators(_mul, operator.mul, 'mul')
    __truediv__, __rtruediv__ = _operators(_div, operator.truediv, 'truediv')
    __floordiv__, __rfloordiv__ = _operators(_floordiv, operator.floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _operators(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _operators(_mod, operator.mod, 'mod')

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, else a float (or complex) power."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return _make(a._numerator ** power, a._denominator ** power)
                if a._numerator >= 0:
                    return _make_nonzero(a._denominator ** -power, a._numerator ** -power)
                return _make((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: a Fraction equal to a."""
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _make(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a): rounded toward zero."""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]): halves go to the even neighbour; an int without
        ndigits, else a Fraction."""
        if ndigits is None:
            whole, rest = divmod(self.numerator, self.denominator)
            twice = rest * 2
            if twice < self.denominator:
                return whole
            if twice > self.denominator:
                return whole + 1
            return whole if whole % 2 == 0 else whole + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """Equal to the hash of an int or float of the same value."""
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus: no inverse.
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if type(b) is Fraction:
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _comparison(op, name):
        def compare(self, other):
            t = type(other)
            if t is Fraction:
                return op(self._numerator * other._denominator, self._denominator * other._numerator)
            if t is int:
                return op(self._numerator, self._denominator * other)
            if isinstance(other, numbers.Rational):
                return op(self._numerator * other.denominator, self._denominator * other.numerator)
            if isinstance(other, float):
                if math.isnan(other) or math.isinf(other):
                    return op(0.0, other)
                if type(self) is Fraction:
                    # op(self, self.from_float(other)) without the intermediate Fraction.
                    num, den = other.as_integer_ratio()
                    return op(self._numerator * den, self._denominator * num)
                return op(self, self.from_float(other))
            return NotImplemented

        compare.__name__ = '__' + name + '__'
        compare.__qualname__ = 'Fraction.' + compare.__name__
        compare.__doc__ = 'a %s b' % {'lt': '<', 'gt': '>', 'le': '<=', 'ge': '>='}[name]
        return compare

    __lt__ = _comparison(operator.lt, 'lt')
    __gt__ = _comparison(operator.gt, 'gt')
    __le__ = _comparison(operator.le, 'le')
    __ge__ = _comparison(operator.ge, 'ge')
    del _comparison

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # --- Copying and pickling --------------------------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self     # immutable
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    del _operators, _add, _sub, _mul, _div, _floordiv, _divmod, _mod
