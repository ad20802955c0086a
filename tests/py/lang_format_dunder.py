# __format__, format(), str.format and f-strings with user types and specs.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == '':
            return f'{self.cents / 100:.2f}'
        if spec == 'c':
            return f'{self.cents}c'
        return format(self.cents / 100, spec)

    def __str__(self):
        return 'Money!'

    def __repr__(self):
        return 'Money(%d)' % self.cents


m = Money(1234)
print(format(m), format(m, 'c'), format(m, '>10.1f'), f'{m}', f'{m:c}', f'{m!s}', f'{m!r:>12}')
print('{0} {0:c} {0!r} {0:>9}'.format(m), '{} {:c}'.format(m, m))
print('{x.cents} {y[1]}'.format(x=m, y=[5, 6]))


class Plain:
    pass


try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError:', e)
plain = Plain()
print(format(plain, '') == str(plain))


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    format(BadFormat())
except TypeError as e:
    print('TypeError:', e)

print(format(3.14159, '.3'), format(255, '#x'), format(255, '08b'), format('ab', '^6'), format(1234567, ','))
print(format(12, 'n'), format(0.5, '%'), format(-3, '+'), format(True, 'd'), format(1e300, 'g'))
width, prec = 10, 3
print(f'{3.14159:{width}.{prec}f}|', f'{"x":*^{width}}|', f'{12:{"<"}5}|')
try:
    format(1, 'q')
except ValueError as e:
    print('ValueError:', e)
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError:', e)
