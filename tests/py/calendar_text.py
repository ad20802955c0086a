# calendar: module functions, Calendar iterators, TextCalendar month/year text with every
# width/line/spacing option and first weekday, errors (IllegalMonthError ...), names.
import calendar


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return repr(r)


print(calendar.month(2024, 2), calendar.calendar(2024), calendar.monthcalendar(2024, 2),
      calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(1, 1, 4, 2))
print(calendar.month(9999, 12, 10))
print(calendar.calendar(1900, 3, 2, 4, 4))
print(calendar.calendar(2000, 1, 0, 1, 1))
print(calendar.calendar(2023, 2, 1, 6, 12))
for fw in range(7):
    tc = calendar.TextCalendar(fw)
    print(fw, tc.firstweekday, list(tc.iterweekdays()))
    print(tc.formatmonth(2024, 9), tc.formatmonth(2015, 2, 3), tc.formatweekheader(1), tc.formatweekheader(12))
    print(list(tc.itermonthdays(2024, 9)), list(tc.itermonthdays2(2015, 2)))
    print(list(tc.itermonthdays4(2023, 12)), tc.monthdatescalendar(2024, 3)[0])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2024, 2), calendar.firstweekday(), calendar.weekheader(3), calendar.monthcalendar(2024, 6))
calendar.prmonth(2024, 3)
calendar.prmonth(2024, 3, 3, 2)
calendar.prcal(2025)
calendar.prcal(2025, 2, 1, 3, 4)
calendar.setfirstweekday(calendar.MONDAY)
calendar.format(['a', 'b'])
print(calendar.formatstring(['x', 'y'], 5, 2))
tc = calendar.TextCalendar(-1)
print(tc.firstweekday, list(tc.iterweekdays()), tc.formatmonth(2024, 1))
tc.prweek([(1, 0), (2, 1), (0, 2)], 3)
print('|')
print(calendar.week([(5, 0), (0, 1)], 4) + '|', tc.formatday(7, 0, 5) + '|', tc.formatmonthname(2024, 5, 20) + '|',
      tc.formatmonthname(2024, 5, 20, False) + '|', tc.formatweekday(3, 9), tc.formatweekday(3, 2))

print(show(calendar.monthrange, 2024, 0), show(calendar.monthrange, 2024, 13), show(calendar.month, 2024, 13),
      show(calendar.setfirstweekday, 7), show(calendar.setfirstweekday, -1), show(calendar.weekday, 2024, 2, 30),
      show(calendar.monthcalendar, 2024, 0))
print([calendar.weekday(y, 1, 1) for y in (0, -1, 1, 2000, 9999, 10000, 12345)], calendar.monthrange(2024, 2),
      calendar.monthrange(2023, 2), calendar.monthrange(1900, 2))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name), list(calendar.month_abbr),
      calendar.month_name[1:4], calendar.day_abbr[-1], len(calendar.month_name), len(calendar.day_name),
      show(lambda: calendar.month_name[13]))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.isleap(2023),
      calendar.leapdays(1, 10000), calendar.leapdays(2000, 1900), calendar.leapdays(1999, 2005))
print(calendar.timegm((2024, 2, 29, 12, 30, 15)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)),
      calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 1, 40, 25, 61, 61)),
      show(calendar.timegm, (2024, 13, 1, 0, 0, 0)))
e = calendar.IllegalMonthError(5)
print(e, e.month, isinstance(e, ValueError), calendar.IllegalWeekdayError('x'), calendar.error, calendar.EPOCH,
      calendar.mdays, calendar.MONDAY, calendar.SUNDAY)
c = calendar.Calendar()
print(c.yeardatescalendar(2024, 4)[0][0][0], calendar.Calendar(6).yeardays2calendar(2024, 5)[-1],
      c.yeardayscalendar(2024)[1], len(c.yeardayscalendar(2024, 1)))
print(show(list, c.itermonthdates(9999, 12)), show(list, c.itermonthdates(1, 1)), list(c.itermonthdays3(1, 1))[:3],
      list(c.itermonthdays3(9999, 12))[-3:])
lc = calendar.LocaleTextCalendar(0, 'C')
print(lc.formatmonth(2024, 4), lc.locale)
