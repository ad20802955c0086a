# printf-style % formatting for str and bytes, with tuples, dicts, widths and errors.
print('%s %r %d %i %5.2f %-5s| %05d %x %X %o %e %g %%' % ('s', 'r', 42, 7, 3.14159, 'ab', 42, 255, 255, 8, 12345.678, 0.0001))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30}, '%c%c' % (72, 'i'), '%.3s' % 'abcdef', '%*d|%-*d|' % (5, 1, 4, 2))
print('%+d % d %#x %#o %.0f %10.3e' % (5, 5, 255, 8, 2.5, 1234.5), '%s' % (1,), '%s' % [1, 2], '%a' % 'é')
print(b'%s %d %x %b' % (b'bytes', 5, 255, b'raw'), b'%c' % 65, b'%5s|' % b'ab')
for fmt, args in (('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(a)s', 5), ('%c', 'ab'),
                  ('%d', None), ('%.2f', 'x')):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ':', e)
try:
    b'%s' % 'str'
except TypeError as e:
    print('TypeError:', e)
print('%s' % None, '%r' % None, '%d' % True, '%.1f' % 1, '%x' % -255, '%5.1f%%' % 99.5)
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'), '{0}{1}{0}'.format('a', 'b'), '{:,.2f}'.format(1234567.891))
print('{!r:>6}'.format('x'), '{:08.3f}'.format(-3.14159), '{:#b}'.format(5), '{:e}'.format(0.000123))
