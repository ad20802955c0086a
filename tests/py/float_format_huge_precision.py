# Float formatting with precisions past a double's exact expansion (767 significant digits,
# 1074 places after the point): the digits are exact, then zeros — and the work stays
# proportional to the output, not quadratic (a fuzz input '.666666666F' on an int ran 20 s).
import hashlib

values = [1 / 3, 2 ** -1074, 5e-324 * 3, 2.0 ** -1022, 1.7976931348623157e308, 0.1, 123456.789, -2.5, 0.0, -0.0]
for v in values:
    for spec in ('.1100f', '.1500f', '.800e', '.1200e', '.900g', '.1300g', '.767e', '.766e', '.1074f', '.1073f',
                 '#.1000g', '+.1200F', '.1100%'):
        text = format(v, spec)
        print(spec, len(text), text[:40], text[-12:], hashlib.sha256(text.encode()).hexdigest()[:16])
for n in (7, 0, -12345678901234567890):
    text = format(n, '.2000F')
    print(len(text), text[:30], text[-5:])
print(len(format(1.5, '.100000f')), len('%.50000e' % 2.0 ** -1074), len('{:.30000g}'.format(1 / 7)))
