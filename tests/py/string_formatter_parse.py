# string.Formatter.parse reads a format string as str.format does (doubled braces end a
# literal piece, brackets in field names, conversions, nested specs) with its errors;
# get_field's name splitting; automatic/manual numbering; subclass hooks.
import string

f = string.Formatter()


def show(fn, *a, **k):
    try:
        return repr(fn(*a, **k))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


cases = ['', 'plain', '{{', '}}', 'a}}b{{c', '{0}{1}{{{2}}}', '{0[}]}', '{0[}', '{0[]}', '{[}', '{0[{]}',
         '{a[x:y]!r:z}', '{0!}', '{0!s}', '{0!sx}', '{0!s:}', '{0!:x}', '{!}', '{:}', '{}', '}', 'a}b', '{',
         'ab{', '{0:{1}}', '{0:{}', '{0:}}', '{0{}', '{0:{{}}}', '{0!s!r}', '{0:!s}', '{0]}', '{0.a[b].c}',
         'x{0[a}b]}y', '{!r:>{{}}}', '{0[:]}', '{0[!]}', '{ 0 }', '{0!', '{0!s', '{0', '{0:', '{0!s:x',
         '{0[', 'a{0!}b', '{0!}}', '{0!}:}', '{0!r}}}', '{0!{}', '{0!{:}}', '{0:x]}', '{0.a{}']
for s in cases:
    print(repr(s), show(lambda: list(f.parse(s))))
print(show(f.parse, 5), show(f.parse, b'{}'))
it = f.parse('ok{0}then}')
print(next(it), show(next, it))


class A:
    k = {'x': [1, 2]}
    real = 3

    def __repr__(self):
        return 'A()'

    def __format__(self, spec):
        return 'A(%s)' % spec


for s in ['{} {0}', '{0} {}', '{0[0]} {}', '{00}', '{0.k[x][1]}', '{a.real!r:>{w}}', '{0[x]y}', '{a.}',
          '{a[]}', '{a[0}', '{99999999999999999999}', '{a.k[99999999999999999999]}', '{0:{1:{2}}}',
          '{!z}', '{b}', '{5}', '{1[1]:^{2}}', '{} {} {}', '{0!a}', '{a!s:x}']:
    print(repr(s), show(f.format, s, A(), 'é', 9, a=A(), w=6))
print(show(f.vformat, '{0} {x}', (1,), {'x': 2}), show(f.get_field, '0.real', [A()], {}),
      show(lambda: list(f.get_field('a.k', [], {'a': A()}))))


class Upper(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def check_unused_args(self, used_args, args, kwargs):
        print('used', sorted(map(str, used_args)))


print(Upper().format('{0!u} {missing} {name!u:>6}', 'abc', name='bob'))
