# datetime for Bastion: durations (timedelta), calendar dates, times of day, date-times and
# fixed-offset time zones, with CPython 3.11's arithmetic, comparisons, reprs, isoformat/
# fromisoformat, strftime/strptime and errors. Dates are proleptic Gregorian, counted as
# ordinals (0001-01-01 is day 1); a timedelta is whole microseconds split into days,
# seconds and microseconds. strftime hands the calendar fields to time.strftime after
# expanding %f, %z and %Z itself. Local time comes from the time module.
# Original code written for Bastion after CPython 3.11's documented behaviour.

import time as _time

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059  # 9999-12-31
_US_PER_DAY = 86400 * 1000000

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_START = [0, 0]
for _m in range(1, 12):
    _MONTH_START.append(_MONTH_START[-1] + _MONTH_DAYS[_m])
del _m


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_length(y, m):
    return 29 if m == 2 and _leap(y) else _MONTH_DAYS[m]


def _ordinal(y, m, d):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + _MONTH_START[m] + (m > 2 and _leap(y)) + d


def _from_ordinal(n):
    # Whole 400-, 100-, 4- and 1-year blocks of days since 0001-01-01.
    n -= 1
    q400, n = divmod(n, 146097)
    q100, n = divmod(n, 36524)
    q4, n = divmod(n, 1461)
    q1, n = divmod(n, 365)
    year = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1
    if q1 == 4 or q100 == 4:  # the last day of a leap 4- or 400-year block
        return year - 1, 12, 31
    month = 1
    while n >= _month_length(year, month):
        n -= _month_length(year, month)
        month += 1
    return year, month, n + 1


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        index = value.__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None
    return index()


def _check_date(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute = _check_int(hour), _check_int(minute)
    second, microsecond = _check_int(second), _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _round_half_even(num, den):
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _type_name(obj):
    cls = type(obj)
    return 'datetime.' + cls.__name__ if cls.__module__ == __name__ else cls.__name__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _compare_error(a, b):
    return TypeError("can't compare %s to %s" % (_type_name(a), _type_name(b)))


def _rich_comparisons(order):
    # The comparison methods of a class from its order(self, other, ordering): -1, 0 or 1;
    # 2 for "not equal" where nothing is ordered; or NotImplemented (the other side decides).
    def __eq__(self, other):
        c = order(self, other, False)
        return c if c is NotImplemented else c == 0

    def __lt__(self, other):
        c = order(self, other, True)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = order(self, other, True)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = order(self, other, True)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = order(self, other, True)
        return c if c is NotImplemented else c >= 0

    return __eq__, __lt__, __le__, __gt__, __ge__


# --- timedelta ----------------------------------------------------------------------------

class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        for value, scale in ((days, _US_PER_DAY), (seconds, 1000000), (microseconds, 1),
                             (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                             (weeks, 7 * _US_PER_DAY)):
            if isinstance(value, float):
                num, den = value.as_integer_ratio()
                total += _Exact(num * scale, den)
            elif isinstance(value, int):
                total += value * scale
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (
                    _COMPONENT_NAMES[scale], type(value).__name__))
        if isinstance(total, _Exact):
            total = total.rounded()
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        days, rest = divmod(us, _US_PER_DAY)
        if not -999999999 <= days <= 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 1000000)
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_name(self), ', '.join(parts) or '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._days:
            text = '%d day%s, %s' % (self._days, '' if abs(self._days) == 1 else 's', text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_half_even(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(den * self._us(), num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _order(self, other, ordering):
        if isinstance(other, timedelta):
            return _cmp(self._us(), other._us())
        return NotImplemented

    __eq__, __lt__, __le__, __gt__, __ge__ = _rich_comparisons(_order)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._us() != 0

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


_COMPONENT_NAMES = {_US_PER_DAY: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
                    60000000: 'minutes', 3600000000: 'hours', 7 * _US_PER_DAY: 'weeks'}


class _Exact:
    # A sum of microseconds with a fractional part, rounded half-even once at the end.
    __slots__ = ('num', 'den')

    def __init__(self, num, den):
        self.num, self.den = num, den

    def __add__(self, other):
        if isinstance(other, _Exact):
            return _Exact(self.num * other.den + other.num * self.den, self.den * other.den)
        return _Exact(self.num + other * self.den, self.den)

    __radd__ = __add__

    def rounded(self):
        return _round_half_even(self.num, self.den)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- tzinfo and timezone --------------------------------------------------------------------

class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        dt += offset - dst
        dst = dt.dst()
        return dt + dst if dst else dt


def _check_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %s' % (name, _type_name(offset)))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24), not %r.' % (offset,))


def _tz_offset(tz, method, dt):
    # time/datetime.utcoffset() and dst(): None without a tzinfo, else its checked answer.
    if tz is None:
        return None
    offset = getattr(tz, method)(dt)
    _check_offset(method, offset)
    return offset


def _clock_repr_tail(obj):
    # The repr arguments after hour and minute: seconds and microseconds only when set,
    # then tzinfo and fold when present (time and datetime alike).
    text = ''
    if obj._second or obj._microsecond:
        text += ', %d' % obj._second
    if obj._microsecond:
        text += ', %d' % obj._microsecond
    if obj._tzinfo is not None:
        text += ', tzinfo=%r' % (obj._tzinfo,)
    if obj._fold:
        text += ', fold=1'
    return text


def _format_offset(offset, sep=':'):
    if offset is None:
        return ''
    sign = '+'
    if offset.days < 0:
        sign, offset = '-', -offset
    hours, rest = divmod(offset.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = '%s%02d%s%02d' % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += '%s%02d' % (sep, seconds)
        if offset.microseconds:
            text += '.%06d' % offset.microseconds
    return text


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % type(offset).__name__)
        if name is cls._Omitted:
            if not offset and cls is timezone and 'utc' in timezone.__dict__:
                return timezone.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        self = tzinfo.__new__(cls)
        self._offset, self._name = offset, name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s' % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None, not %s' % type(dt).__name__)
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = None  # set after datetime is defined


# --- date ---------------------------------------------------------------------------------

# --- pickle states (CPython's: the fields packed in bytes, the year and microseconds big-endian,
# fold as the high bit of datetime's month and time's hour from protocol 4 on) --------------------

_NO_ARG = object()


def _state_bytes(value, kind):
    if isinstance(value, str):
        try:
            return value.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a %s object. "
                             "pickle.load(data, encoding='latin1') is assumed." % kind) from None
    return value


def _is_state(value, size, check):
    # The byte that tells a state from a field: the month (date, datetime) or the hour (time).
    if not isinstance(value, (bytes, str)) or len(value) != size:
        return False
    probe = value[0] if size == 6 else value[2]
    return check(probe if isinstance(probe, int) else ord(probe))


def _state_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("bad tzinfo state arg")
    return tz


def _clock_state(obj):
    us = obj._microsecond
    return [obj._hour, obj._minute, obj._second, us >> 16, (us >> 8) & 0xff, us & 0xff]


class date:
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=_NO_ARG, day=_NO_ARG):
        if month is _NO_ARG and _is_state(year, 4, lambda m: 1 <= m <= 12):
            data = _state_bytes(year, 'date')
            self = object.__new__(cls)
            self._year, self._month, self._day = data[0] * 256 + data[1], data[2], data[3]
            self._hashcode = -1
            return self
        if month is _NO_ARG:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is _NO_ARG:
            raise TypeError("function missing required argument 'day' (pos 3)")
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(_whole_seconds(t))[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _check_int(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(text) not in (7, 8, 10):
                raise ValueError
            fields = _parse_iso_date(text)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (text,)) from None
        return cls(*_date_fields(fields))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    def toordinal(self):
        return _ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ordinal(self._year, 1, 1) + 1, -1))

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def ctime(self):
        return _time.strftime('%a %b %e %H:%M:%S %Y', self.timetuple())

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError('must be str, not %s' % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def _key(self):
        return self._year, self._month, self._day


    def _order(self, other, ordering):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp(self._key(), other._key())
        return NotImplemented

    __eq__, __lt__, __le__, __gt__, __ge__ = _rich_comparisons(_order)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return type(self)(*_from_ordinal(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (bytes([self._year >> 8, self._year & 0xff, self._month, self._day]),)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _iso_week1_monday(year):
    first = _ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    return monday + 7 if weekday > 3 else monday


def _iso_to_ymd(year, week, day):
    year, week, day = _check_int(year), _check_int(week), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        # Week 53 exists only in years starting on a Thursday (or Wednesday, leap years).
        first_weekday = (_ordinal(year, 1, 1) + 6) % 7
        if not (week == 53 and (first_weekday == 3 or (first_weekday == 2 and _leap(year)))):
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
    return _from_ordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_type_name(self), self[0], self[1], self[2])

    def __reduce__(self):
        return tuple, (tuple(self),)


# --- time ---------------------------------------------------------------------------------

class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(hour, 6, lambda h: (h & 0x7f) < 24):
            data = _state_bytes(hour, 'time')
            self = object.__new__(cls)
            h = data[0]
            self._fold = 1 if h > 127 else 0
            self._hour, self._minute, self._second = h & 0x7f, data[1], data[2]
            self._microsecond = (data[3] << 16) | (data[4] << 8) | data[5]
            self._tzinfo = _state_tzinfo(minute or None)
            self._hashcode = -1
            return self
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond, self._fold = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            fields = _parse_iso_time(text[1:] if text[:1] == 'T' else text)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (text,)) from None
        return cls(*fields[:4], _make_offset(fields[4]))

    def utcoffset(self):
        return _tz_offset(self._tzinfo, 'utcoffset', None)

    def dst(self):
        return _tz_offset(self._tzinfo, 'dst', None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def isoformat(self, timespec='auto'):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        args = '%d, %d' % (self._hour, self._minute)
        return '%s(%s%s)' % (_type_name(self), args, _clock_repr_tail(self))

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
        return _strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError('must be str, not %s' % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def _compare(self, other, ordering):
        my_offset, other_offset = self.utcoffset(), other.utcoffset()
        if (my_offset is None) != (other_offset is None):
            if not ordering:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        mine = (self._hour, self._minute, self._second, self._microsecond)
        theirs = (other._hour, other._minute, other._second, other._microsecond)
        if my_offset is not None and my_offset != other_offset:
            mine = (mine[0] * 3600 + mine[1] * 60 + mine[2] - my_offset // timedelta(seconds=1), mine[3])
            theirs = (theirs[0] * 3600 + theirs[1] * 60 + theirs[2] - other_offset // timedelta(seconds=1),
                      theirs[3])
        return _cmp(mine, theirs)

    def _order(self, other, ordering):
        if isinstance(other, time):
            return self._compare(other, ordering)
        return NotImplemented

    __eq__, __lt__, __le__, __gt__, __ge__ = _rich_comparisons(_order)

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if not offset:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                seconds = self._hour * 3600 + self._minute * 60 + self._second - offset // timedelta(seconds=1)
                self._hashcode = hash((seconds, self._microsecond))
        return self._hashcode

    def __reduce_ex__(self, protocol):
        fields = _clock_state(self)
        if self._fold and protocol > 3:
            fields[0] += 128
        state = bytes(fields)
        return type(self), ((state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)

_TIMESPECS = ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


# --- datetime -----------------------------------------------------------------------------

class datetime(date):
    # The clock fields repeat time's: a shared base class would show in datetime.__mro__,
    # which is (datetime, date, object) in CPython.
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=_NO_ARG, day=_NO_ARG, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if _is_state(year, 10, lambda m: 1 <= (m & 0x7f) <= 12):
            data = _state_bytes(year, 'datetime')
            self = object.__new__(cls)
            m = data[2]
            self._fold = 1 if m > 127 else 0
            self._year, self._month, self._day = data[0] * 256 + data[1], m & 0x7f, data[3]
            self._hour, self._minute, self._second = data[4], data[5], data[6]
            self._microsecond = (data[7] << 16) | (data[8] << 8) | data[9]
            self._tzinfo = _state_tzinfo(None if month is _NO_ARG else month)
            self._hashcode = -1
            return self
        if month is _NO_ARG:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is _NO_ARG:
            raise TypeError("function missing required argument 'day' (pos 3)")
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hour, self._minute, self._second, self._microsecond, self._fold = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        if isinstance(t, float):
            num, den = t.as_integer_ratio()
            us = _round_half_even(num * 1000000, den)
        else:
            us = _check_int(t) * 1000000
        seconds, us = divmod(us, 1000000)
        fields = _time.gmtime(seconds) if utc else _time.localtime(seconds)
        result = cls(*fields[:6], us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_timestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_part, time_part, tzinfo=True):
        if not isinstance(date_part, date):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % type(date_part).__name__)
        if not isinstance(time_part, time):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % type(time_part).__name__)
        if tzinfo is True:
            tzinfo = time_part.tzinfo
        return cls(date_part.year, date_part.month, date_part.day, time_part.hour, time_part.minute,
                   time_part.second, time_part.microsecond, tzinfo, fold=time_part.fold)

    @classmethod
    def fromordinal(cls, n):
        return cls.combine(date.fromordinal(n), time())

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            date_len = _iso_date_length(text)
            day_fields = _parse_iso_date(text[:date_len])
            rest = text[date_len + 1:]
            fields = _parse_iso_time(rest) if len(text) > date_len else (0, 0, 0, 0, None)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (text,)) from None
        return cls(*_date_fields(day_fields), *fields[:4], _make_offset(fields[4]))

    @classmethod
    def strptime(cls, text, fmt):
        return _strptime(cls, text, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _tz_offset(self._tzinfo, 'utcoffset', self)

    def dst(self):
        return _tz_offset(self._tzinfo, 'dst', self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self.toordinal() - _ordinal(self._year, 1, 1) + 1, isdst))

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _time.struct_time(moment.replace(tzinfo=None).timetuple()[:8] + (0,))

    def _local_seconds(self):
        # Seconds since the epoch of this naive local time (the time module's zone).
        fields = (self._year, self._month, self._day, self._hour, self._minute, self._second, 0, 0, -1)
        return _time.mktime(fields)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r' % type(tz).__name__)
        offset = self.utcoffset()
        if offset is None:
            offset = self.replace(tzinfo=self._local_timezone()).utcoffset()
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _local_timezone(self):
        if self._tzinfo is None:
            seconds = int(self._local_seconds())
        else:
            seconds = (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(seconds)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s' % type(sep).__name__)
        return '%04d-%02d-%02d%s%s%s' % (self._year, self._month, self._day, sep,
                                         _format_time(self._hour, self._minute, self._second, self._microsecond,
                                                      timespec),
                                         _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        args = '%d, %d, %d, %d, %d' % (self._year, self._month, self._day, self._hour, self._minute)
        return '%s(%s%s)' % (_type_name(self), args, _clock_repr_tail(self))

    def ctime(self):
        return _time.strftime('%a %b %e %H:%M:%S %Y', self.timetuple())

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
        return _strftime(self, fmt, self.timetuple())

    def _us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000 +
                self._microsecond)

    def _compare(self, other, ordering):
        my_offset, other_offset = self.utcoffset(), other.utcoffset()
        if (my_offset is None) != (other_offset is None):
            if not ordering:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        mine, theirs = self._us(), other._us()
        if my_offset is not None and self._tzinfo is not other._tzinfo:
            mine -= my_offset._us()
            theirs -= other_offset._us()
        return _cmp(mine, theirs)

    def _order(self, other, ordering):
        if isinstance(other, datetime):
            return self._compare(other, ordering)
        if isinstance(other, date):
            if ordering:
                raise _compare_error(self, other)
            return 2  # a date is never equal to a datetime
        return NotImplemented

    __eq__, __lt__, __le__, __gt__, __ge__ = _rich_comparisons(_order)

    def __hash__(self):
        if self._hashcode == -1:
            us = self.replace(fold=0)._us() if self._fold else self._us()
            offset = self.utcoffset()
            if offset:
                us -= offset._us()
            self._hashcode = hash(us)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._us()
        days, rest = divmod(us, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        seconds, microsecond = divmod(rest, 1000000)
        hour, seconds = divmod(seconds, 3600)
        minute, second = divmod(seconds, 60)
        return type(self)(*_from_ordinal(days), hour, minute, second, microsecond, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        mine, theirs = self._us(), other._us()
        if self._tzinfo is not other._tzinfo:
            my_offset, other_offset = self.utcoffset(), other.utcoffset()
            if (my_offset is None) != (other_offset is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if my_offset is not None:
                mine -= my_offset._us()
                theirs -= other_offset._us()
        return timedelta._from_microseconds(mine - theirs)

    def __reduce_ex__(self, protocol):
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        state = bytes([self._year >> 8, self._year & 0xff, month, self._day] + _clock_state(self))
        return type(self), ((state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _whole_seconds(t):
    # Seconds rounded toward minus infinity, as CPython's date.fromtimestamp.
    if isinstance(t, float):
        num, den = t.as_integer_ratio()
        return num // den
    return _check_int(t)


# --- ISO 8601 parsing ---------------------------------------------------------------------

def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not all('0' <= c <= '9' for c in part):
        raise ValueError
    return int(part)


def _iso_date_length(text):
    # YYYY-MM-DD (10), YYYYMMDD (8); week dates YYYY-Www[-D] (8 or 10), YYYYWww[D] (7 or 8).
    if text[4:5] == '-':
        if text[5:6] == 'W':
            return 10 if text[8:9] == '-' else 8
        return 10
    if text[4:5] == 'W':
        return 8 if text[7:8].isdigit() else 7
    return 8


def _parse_iso_date(text):
    year = _digits(text, 0, 4)
    extended = text[4:5] == '-'
    pos = 5 if extended else 4
    if text[pos:pos + 1] == 'W':
        week = _digits(text, pos + 1, 2)
        pos += 3
        day = 1
        if pos < len(text):
            if extended:
                if text[pos] != '-':
                    raise ValueError
                pos += 1
            day = _digits(text, pos, 1)
            pos += 1
        if pos != len(text):
            raise ValueError
        return year, week, day, 'W'
    month = _digits(text, pos, 2)
    pos += 2
    if extended:
        if text[pos:pos + 1] != '-':
            raise ValueError
        pos += 1
    day = _digits(text, pos, 2)
    if pos + 2 != len(text):
        raise ValueError
    return year, month, day


def _date_fields(fields):
    # (year, month, day), or (year, week, weekday, 'W') for an ISO week date.
    return _iso_to_ymd(*fields[:3]) if len(fields) == 4 else fields


def _make_offset(offset):
    # None, or a signed timedelta (timezone.utc for 'Z' / a zero offset).
    if offset is None:
        return None
    return timezone(offset)


def _parse_iso_time(text):
    # HH[:MM[:SS[.fff[fff]]]] or the basic form without colons, then Z or +-HH[:MM[:SS[.ffffff]]].
    tz = None
    for i, c in enumerate(text):
        if c in '+-Z':
            tz = _parse_iso_offset(text[i:])
            text = text[:i]
            break
    fields = _parse_iso_clock(text, True)
    return fields + (tz,)


def _parse_iso_clock(text, allow_fraction):
    if not text:
        raise ValueError
    extended = text[2:3] == ':'
    values = [0, 0, 0]
    pos = 0
    for index in range(3):
        values[index] = _digits(text, pos, 2)
        pos += 2
        if pos >= len(text) or text[pos] in '.,':
            break
        if extended:
            if text[pos] != ':':
                raise ValueError
            pos += 1
    microsecond = 0
    if pos < len(text):
        if text[pos] not in '.,' or index != 2 or not allow_fraction:
            raise ValueError
        digits = text[pos + 1:]
        if not digits or not all('0' <= c <= '9' for c in digits):
            raise ValueError
        microsecond = int((digits + '00000')[:6])
    return values[0], values[1], values[2], microsecond


def _parse_iso_offset(text):
    if text == 'Z':
        return timedelta(0)
    sign = -1 if text[0] == '-' else 1
    if text[0] not in '+-':
        raise ValueError
    hh, mm, ss, us = _parse_iso_clock(text[1:], True)
    return sign * timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)


# --- strftime / strptime ------------------------------------------------------------------

def _strftime(obj, fmt, fields):
    # %f, %z and %Z need the object; the rest is the time module's strftime.
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%' and i + 1 < n:
            d = fmt[i + 1]
            i += 2
            if d == 'f':
                out.append('%06d' % getattr(obj, 'microsecond', 0))
            elif d == 'z':
                offset = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
                out.append(_format_offset(offset, ''))
            elif d == 'Z':
                name = obj.tzname() if hasattr(obj, 'tzname') else None
                out.append('' if name is None else name.replace('%', '%%'))
            else:
                out.append('%' + d)
        else:
            out.append(c)
            i += 1
    return _time.strftime(''.join(out), fields)


_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
           'october', 'november', 'december')
_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')


def _strptime(cls, text, fmt):
    if not isinstance(text, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(text).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % type(fmt).__name__)
    values = {}
    pos = 0
    i = 0

    def fail():
        raise ValueError("time data %r does not match format %r" % (text, fmt))

    def number(max_len):
        nonlocal pos
        start = pos
        while pos < len(text) and pos - start < max_len and text[pos].isdigit():
            pos += 1
        if pos == start:
            fail()
        return int(text[start:pos])

    def word(names):
        nonlocal pos
        lowered = text[pos:].lower()
        for index, full in enumerate(names):
            for candidate in (full, full[:3]):
                if lowered.startswith(candidate):
                    pos += len(candidate)
                    return index
        fail()

    while i < len(fmt):
        c = fmt[i]
        if c != '%':
            if c.isspace():
                while pos < len(text) and text[pos].isspace():
                    pos += 1
            elif pos < len(text) and text[pos] == c:
                pos += 1
            else:
                fail()
            i += 1
            continue
        if i + 1 >= len(fmt):
            raise ValueError("stray %% in format %r" % fmt)
        d = fmt[i + 1]
        i += 2
        if d in 'dmHMSjIyUW':
            values[d] = number(3 if d == 'j' else 2)
        elif d == 'Y':
            values[d] = number(4)
        elif d == 'f':
            start = pos
            values[d] = number(6)
            values[d] *= 10 ** (6 - (pos - start))
        elif d in 'bB':
            values['m'] = word(_MONTHS) + 1
        elif d in 'aA':
            values['a'] = word(_DAYS)
        elif d == 'w':
            values[d] = number(1)
        elif d == 'p':
            rest = text[pos:pos + 2].lower()
            if rest not in ('am', 'pm'):
                fail()
            values['p'] = rest
            pos += 2
        elif d == 'z':
            if text[pos:pos + 1] == 'Z':
                values['z'] = timedelta(0)
                pos += 1
            else:
                start = pos
                if text[pos:pos + 1] not in ('+', '-'):
                    fail()
                pos += 1
                while pos < len(text) and (text[pos].isdigit() or text[pos] in ':.'):
                    pos += 1
                try:
                    values['z'] = _parse_iso_offset(text[start:pos])
                except ValueError:
                    fail()
        elif d == 'Z':
            for name in ('UTC', 'GMT') + tuple(_time.tzname):
                if text[pos:pos + len(name)].upper() == name.upper():
                    values['Z'] = name
                    pos += len(name)
                    break
            else:
                fail()
        elif d == '%':
            if text[pos:pos + 1] != '%':
                fail()
            pos += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
    if pos != len(text):
        raise ValueError('unconverted data remains: %s' % text[pos:])
    year = values.get('Y', 1900)
    if 'y' in values:
        year = values['y'] + (2000 if values['y'] < 69 else 1900)
    hour = values.get('H', 0)
    if 'I' in values:
        hour = values['I'] % 12 + (12 if values.get('p') == 'pm' else 0)
    month, day = values.get('m', 1), values.get('d', 1)
    if 'j' in values and 'm' not in values and 'd' not in values:
        month, day = date.fromordinal(_ordinal(year, 1, 1) + values['j'] - 1)._key()[1:]
    tz = None
    if 'z' in values:
        tz = timezone.utc if not values['z'] and values.get('Z') == 'UTC' else timezone(values['z'])
    return cls(year, month, day, hour, values.get('M', 0), values.get('S', 0), values.get('f', 0), tz)
