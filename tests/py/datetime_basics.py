# datetime: timedelta normalisation, arithmetic and text; dates, times and date-times with
# their reprs, ISO formats, strftime/strptime, comparisons, hashing and time zones.
# (Operator TypeErrors are left out: their text names the classes without the module,
# docs/differences.md.)
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR
import datetime as dtmod

print(MINYEAR, MAXYEAR, dtmod.UTC is timezone.utc)
# timedelta
for td in (timedelta(), timedelta(1), timedelta(-1), timedelta(days=1, seconds=3600),
           timedelta(hours=-1), timedelta(microseconds=-1), timedelta(weeks=2, minutes=3, milliseconds=4),
           timedelta(days=1.5), timedelta(seconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5),
           timedelta(hours=1.25, minutes=-0.5), timedelta(days=-1.000001)):
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a, b = timedelta(hours=5, seconds=7), timedelta(minutes=90)
print(a + b, a - b, b - a, -a, abs(-a), +a, a * 3, 3 * a, a * 0.5, a / 2, a / 7, a / b, a // b, a // 3, a % b,
      divmod(a, b), a / 0.25)
print(a > b, a < b, a == timedelta(seconds=18007), a != b, hash(a) == hash(timedelta(seconds=18007)))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
for bad in (lambda: timedelta(days=10**9), lambda: timedelta(days="1"), lambda: timedelta.max + timedelta(1),
            lambda: a / 0, lambda: a // timedelta(0), lambda: a + 1 if False else None):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d.isocalendar().week, tuple(d.isocalendar()), d.timetuple(), d.ctime(), d.strftime('%A %d %B %Y %j %U %W'))
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), date.fromordinal(738000),
      date.fromordinal(1), date.fromordinal(3652059), d.replace(day=1), d.replace(year=2023, day=28))
print(date.fromisoformat('2024-03-05'), date.fromisoformat('20240305'), date.fromisoformat('2024-W10-2'),
      date.fromisocalendar(2020, 53, 7), date.min, date.max, date.resolution)
for y in (1, 4, 100, 400, 1900, 2000, 2001, 2004, 2020, 2021, 9999):
    for md in ((1, 1), (2, 28), (3, 1), (12, 31)):
        x = date(y, *md)
        assert date.fromordinal(x.toordinal()) == x
        print(x.isocalendar(), end=' ')
    print()
print(date(2024, 1, 5) < date(2024, 1, 6), date(2024, 1, 5) == date(2024, 1, 5), d != date(2024, 2, 28),
      hash(date(2024, 1, 5)) == hash(date(2024, 1, 5)), f'{d:%d/%m/%y}', f'{d}', format(d, ''))
for bad in (lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: date(0, 1, 1), lambda: date(2024, 1, 0),
            lambda: date(2024.0, 1, 1), lambda: date.fromisoformat('2024-1-5'), lambda: date.fromordinal(0),
            lambda: date.max + timedelta(1), lambda: date.fromisocalendar(2021, 53, 1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# time
for t in (time(), time(10, 30), time(10, 30, 5), time(10, 30, 0, 5), time(23, 59, 59, 999999),
          time(1, 2, 3, tzinfo=timezone.utc), time(1, 2, fold=1)):
    print(repr(t), str(t), t.isoformat('minutes'), t.isoformat('milliseconds'), t.strftime('%H|%M|%S|%f|%p|%I'))
print(time(10) < time(11), time(10, tzinfo=timezone.utc) == time(11, tzinfo=timezone(timedelta(hours=1))),
      time.fromisoformat('10:30'), time.fromisoformat('10:30:15.123'), time.fromisoformat('T103015'),
      time.fromisoformat('10:30:00+05:30'), time.fromisoformat('10:30Z'), time.min, time.max)
for bad in (lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 1, 10**6), lambda: time(fold=2),
            lambda: time(tzinfo=1), lambda: time(1).isoformat('days'), lambda: time.fromisoformat('1:2')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# datetime
dt = datetime(2024, 3, 10, 14, 5, 9, 250)
print(dt, repr(dt), repr(datetime(2024, 3, 10)), repr(datetime(2024, 3, 10, 1, 2)), dt.date(), dt.time(),
      dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.weekday(), dt.timetuple())
print(dt + timedelta(days=30, hours=12), dt - timedelta(microseconds=251), dt - datetime(2024, 1, 1),
      datetime(2024, 1, 1) - dt, dt.replace(hour=0, minute=0), datetime.combine(date(2020, 5, 6), time(7, 8)))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %a %b %c | %x %X %% %z %Z'), f'{dt:%H.%M}', dt.ctime())
aware = datetime(2024, 3, 10, 12, 0, tzinfo=timezone(timedelta(hours=2), 'EET'))
print(repr(aware), aware, aware.utcoffset(), aware.tzname(), aware.dst(), aware.strftime('%z %Z'),
      aware.astimezone(timezone.utc), aware.timestamp(), aware.utctimetuple())
print(aware == datetime(2024, 3, 10, 10, 0, tzinfo=timezone.utc), aware == dt, aware - datetime(2024, 3, 10, tzinfo=timezone.utc),
      hash(aware) == hash(datetime(2024, 3, 10, 10, 0, tzinfo=timezone.utc)))
print(datetime.fromisoformat('2024-03-10T14:05:09.000250'), datetime.fromisoformat('2024-03-10 14:05'),
      datetime.fromisoformat('2024-03-10'), repr(datetime.fromisoformat('2024-03-10T14:05:09+01:00')),
      repr(datetime.fromisoformat('2024-03-10T14:05:09Z')), datetime.fromisoformat('20240310T140509'))
print(datetime.strptime('2024-03-10 14:05:09', '%Y-%m-%d %H:%M:%S'), datetime.strptime('10 Mar 24 2:05 PM', '%d %b %y %I:%M %p'),
      repr(datetime.strptime('2024-03-10T14:05:09.5+0200', '%Y-%m-%dT%H:%M:%S.%f%z')), datetime.strptime('Sunday', '%A'))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400 * 365.25), datetime.fromtimestamp(1.5, timezone.utc),
      datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.min, datetime.max, datetime.fromordinal(5))
for bad in (lambda: dt < aware, lambda: dt - aware, lambda: dt < date(2024, 1, 1), lambda: date(2024, 1, 1) < dt,
            lambda: datetime.strptime('2024', '%Y-%m'), lambda: datetime.strptime('2024-01x', '%Y-%m'),
            lambda: datetime.fromisoformat('2024-03-10T25:00'), lambda: datetime(2024, 1, 1, 10, 0, tzinfo=5),
            lambda: datetime.max + timedelta(1), lambda: dt.isoformat(sep='--')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(dt == date(2024, 3, 10), date(2024, 3, 10) == dt, isinstance(dt, date), issubclass(datetime, date))
# timezone
for tz in (timezone.utc, timezone(timedelta(0)), timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30), 'IST'),
           timezone(timedelta(seconds=-1)), timezone.min, timezone.max):
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'X'),
      len({timezone(timedelta(hours=1)), timezone(timedelta(hours=1), 'X')}))
for bad in (lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: timezone(timedelta(0), 5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class Fixed(tzinfo):
    def __init__(self, h): self.h = h
    def utcoffset(self, dt): return timedelta(hours=self.h)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'F%+d' % self.h
x = datetime(2024, 6, 1, 12, tzinfo=Fixed(3))
print(x, x.tzname(), x.astimezone(Fixed(-4)), x.astimezone(timezone.utc), x.utcoffset(), x.strftime('%z|%Z'))
print(sorted([date(2024, 1, 3), date(2023, 5, 1), date(2024, 1, 1)]), max(timedelta(1), timedelta(hours=30)))
print(sum([timedelta(hours=1)] * 30, timedelta()), {date(2024, 1, 1): 'a'}[date(2024, 1, 1)])
class MyDate(date):
    pass
print(repr(MyDate(2024, 1, 2)), MyDate(2024, 1, 2) == date(2024, 1, 2), type(MyDate.fromordinal(5)).__name__)
