# str.format reads a field's format spec in place for an exact int, float or str
# (objects/str_format.cpp): the same text and errors as format(value, spec), and other
# types (bool, subclasses, __format__ overrides) still get the spec as a str.


class I(int):
    def __format__(self, spec):
        return 'I<%s>' % spec


class F(float):
    pass


class S(str):
    def __format__(self, spec):
        return 'S<%s>' % spec


class Plain(str):
    pass


values = [0, -7, 2 ** 70, True, I(5), 1.5, -0.0, float('nan'), F(2.25), 'abc', '\xe9\u20ac\U0001f600', S('s'),
          Plain('plain'), None, 3 + 4j]
specs = ['', '>8', '<6', '^7', '*^9', '\u20ac>6', '+', ' ', '08', ',', '_', '#x', 'x', 'b', '.3', '.2f', '10.3e',
         '%', 'n', 'c', 's', 'z.1f', '=10', '0=8', '.0', ',d', 'q', '>>5', '1_000', '.', ',_']
for v in values:
    row = []
    for spec in specs:
        tmpl = '{:' + spec + '}'
        try:
            got = tmpl.format(v)
        except Exception as e:
            got = '%s(%s)' % (type(e).__name__, e)
        try:
            ref = format(v, spec)
        except Exception as e:
            ref = '%s(%s)' % (type(e).__name__, e)
        row.append(ascii(got) if got == ref else 'MISMATCH %s %s' % (ascii(got), ascii(ref)))
    print(type(v).__name__, ' '.join(row))

# Conversions, nested specs, positional and keyword fields, attribute and index access.
print('{0!r:>12}|{0!s:^9}|{0!a:<10}|'.format('caf\xe9'))
print('{0:{1}{2}}|{x:{w}.{p}f}|{y[1]:>{w}}'.format(42, '>', 9, x=3.14159, w=8, p=2, y=['a', 'bb']))
print('{:{}}|{:>{}}'.format('a', 5, 'b', 3))
print('{0.real:+08.2f}|{1[0]:#06x}'.format(2.5, [255]))
print('{:\u20ac^11,}'.format(1234567), '{:%>5}'.format(3), '{:{{}}}'.format if False else '')
for tmpl in ('{:>{}}', '{:abc}', '{0:>.}', '{:=}'):
    try:
        print(tmpl.format('x', 3))
    except Exception as e:
        print(type(e).__name__, e)
