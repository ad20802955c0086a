# statistics for Bastion: mean, fmean, geometric_mean, harmonic_mean, median (low/high/
# grouped), mode, multimode, variance/pvariance, stdev/pstdev. Sums are exact rational
# arithmetic on (numerator, denominator) int pairs, and square roots are correctly
# rounded, so float results equal CPython's (which uses fractions for the same reason).
# Original code written for Bastion after CPython 3.11's documented behaviour.

import math as _math

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
           'median', 'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
           'pstdev', 'pvariance', 'stdev', 'variance', 'quantiles']


class StatisticsError(ValueError):
    pass


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def _ratio(x):
    # Exact (numerator, denominator) of an int/float/bool or a Fraction-like value.
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (float('inf'), float('-inf')):
            return None
        return x.as_integer_ratio()
    if hasattr(x, 'as_integer_ratio') and not hasattr(x, 'numerator'):
        # Decimal: exact; a NaN or infinity is special like float's
        try:
            return x.as_integer_ratio()
        except (ValueError, OverflowError):
            return None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _sum(data):
    # (type T, exact sum as (n, d) or a float for nan/inf, count)
    T = None
    num, den = 0, 1
    special = None
    count = 0
    for x in data:
        count += 1
        t = type(x)
        if T is None or T is bool:
            T = t
        elif t is not T:
            if T is int or T is bool:
                T = t
            elif t is int or t is bool:
                pass
            elif t is float and T is not float:
                T = float if not hasattr(T, 'numerator') else T
                T = float
            elif T is float and t is not float and t not in (int, bool):
                T = float
        r = _ratio(x)
        if r is None:
            special = x if special is None else special + x
            continue
        n, d = r
        num = num * d + n * den
        den = den * d
        g = _gcd(abs(num), den)
        if g > 1:
            num //= g
            den //= g
    if T is None:
        T = int
    if T is bool:
        T = int
    return T, (num, den), special, count


def _convert(num, den, T):
    if den < 0:
        num, den = -num, -den
    if T is int:
        if num % den == 0:
            return num // den
        return num / den
    if T is float:
        return num / den
    try:
        return T(num) / T(den)
    except Exception:
        return num / den


def mean(data):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    T, (num, den), special, count = _sum(data)
    if special is not None:
        return float(special)
    return _convert(num, den * n, T)


def fmean(data, weights=None):
    if weights is None:
        data = list(data)
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return _math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = _math.fsum(x * w for x, w in zip(data, weights))
    den = _math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    if any(x == 0 for x in data):
        return 0
    T, (wn, wd), _, _ = _sum(weights)
    T2, (sn, sd), _, _ = _sum([_Frac(*_ratio(w)) / _Frac(*_ratio(x)) for w, x in zip(weights, data)])
    if sn <= 0:
        raise StatisticsError('Weighted sum must be positive')
    T3 = float
    return _convert(wn * sd, wd * sn, T3)


class _Frac:
    __slots__ = ('numerator', 'denominator')

    def __init__(self, n, d=1):
        g = _gcd(abs(n), abs(d)) or 1
        if d < 0:
            n, d = -n, -d
        self.numerator = n // g
        self.denominator = d // g

    def __truediv__(self, other):
        return _Frac(self.numerator * other.denominator, self.denominator * other.numerator)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % obj)
    try:
        L = x - interval / 2
    except TypeError:
        L = float(x) - float(interval) / 2
    from bisect import bisect_left, bisect_right
    l1 = bisect_left(data, x)
    l2 = bisect_right(data, x, lo=l1)
    cf = l1
    f = l2 - l1
    return L + interval * (n / 2 - cf) / f


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    best_count = 0
    for value, c in counts.items():
        if c > best_count:
            best, best_count = value, c
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def _ss(data, c=None):
    # Sum of squared deviations about the mean, exactly: (T, num, den, n).
    T, (sn, sd), special, n = _sum(data)
    if special is not None:
        return T, None, None, n, special
    if c is not None:
        cr = _ratio(c)
        mn, md = cr
    else:
        mn, md = sn, sd * n
    num, den = 0, 1
    for x in data:
        xn, xd = _ratio(x)
        # (x - m)^2 = ((xn*md - mn*xd) / (xd*md))^2
        dn = xn * md - mn * xd
        dd = xd * md
        num = num * dd * dd + dn * dn * den
        den = den * dd * dd
        g = _gcd(abs(num), den)
        if g > 1:
            num //= g
            den //= g
    if c is None:
        # correction for rounding of the mean is zero when the mean is exact (it is)
        pass
    return T, num, den, n, None


def _float_sqrt_of_frac(n, m):
    # sqrt(n/m) correctly rounded: an integer square root with ~2x53+ bits, rounded to odd
    # (so the single final rounding in the division is exact-ties-safe).
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        num = n
        den = m << (2 * shift)
        root = _math.isqrt(num // den)
        root |= (root * root * den != num)
        return (root << shift) / 1
    num = n << (-2 * shift)
    root = _math.isqrt(num // m)
    root |= (root * root * m != num)
    return root / (1 << -shift)


def _decimal_sqrt_of_frac(n, m):
    # sqrt(n/m) for Decimal data, rounded to nearest in the current context's
    # precision: the integer square root of n/m scaled by an even power of ten
    # (with a sticky digit when inexact), rounded once.
    from decimal import Decimal, localcontext, ROUND_HALF_EVEN, getcontext
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    prec = getcontext().prec
    k = prec + 2 - (len(str(n)) - len(str(m))) // 2
    if k >= 0:
        num, den = n * 10 ** (2 * k), m
    else:
        num, den = n, m * 10 ** (-2 * k)
    q, r = divmod(num, den)
    root = _math.isqrt(q)
    exp = -k
    if r or root * root != q:
        root = root * 10 + 1
        exp -= 1
    with localcontext() as ctx:
        ctx.rounding = ROUND_HALF_EVEN
        return ctx.create_decimal(Decimal((0, tuple(map(int, str(root))), exp)))


def _sqrt_of_frac(T, n, m):
    if T is not float and T is not int and getattr(T, '__name__', '') == 'Decimal':
        return _decimal_sqrt_of_frac(n, m)
    return _float_sqrt_of_frac(n, m)


def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    T, num, den, n, special = _ss(data, xbar)
    if special is not None:
        return float('nan')
    return _convert(num, den * (n - 1), T)


def pvariance(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, num, den, n, special = _ss(data, mu)
    if special is not None:
        return float('nan')
    return _convert(num, den * n, T)


def stdev(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    T, num, den, n, special = _ss(data, xbar)
    if special is not None:
        return float('nan')
    return _sqrt_of_frac(T, num, den * (n - 1))


def pstdev(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    T, num, den, n, special = _ss(data, mu)
    if special is not None:
        return float('nan')
    return _sqrt_of_frac(T, num, den * n)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')
