# calendar.HTMLCalendar: day/week/month/year tables, CSS class attributes, formatyearpage.
import calendar

hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 2, withyear=False))
print(hc.formatyear(2024))
print(hc.formatyear(2023, 5))
print(hc.formatyear(2023, 0))
print(hc.formatyearpage(2024).decode())
print(hc.formatyearpage(2024, 4, None, 'ascii'))
print(hc.formatday(0, 3), hc.formatday(17, 6), hc.formatweekday(2), hc.formatweekheader(),
      hc.formatmonthname(2024, 7), hc.formatmonthname(2024, 7, False))


class Custom(calendar.HTMLCalendar):
    cssclasses = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'weekend']
    cssclass_noday = 'blank'
    cssclass_month = 'm'
    cssclass_month_head = 'mh'
    cssclass_year = 'y'
    cssclass_year_head = 'yh'


cc = Custom(6)
print(cc.formatmonth(2025, 6))
print(cc.formatyear(2025, 6))
print(calendar.LocaleHTMLCalendar(6, 'C').formatmonth(2025, 1))
