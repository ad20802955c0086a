# bytearray mutation: item/slice assignment (extended slices), deletion, the list-like
# methods, += and *=, constructors with range checks, all with CPython's messages.
def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

def s(k, v):
    def f():
        c = bytearray(b'abcdef')
        c[k] = v
        return c
    return f

def d(k):
    def f():
        c = bytearray(b'abcdef')
        del c[k]
        return c
    return f

t('s1', s(0, 'x')); t('s2', s(slice(0, 1), 5)); t('s3', s('a', 1)); t('s4', s(10, 1))
t('s5', s(0, 256)); t('s6', s(0, -1)); t('s7', s(-1, 65)); t('s8', s(-7, 1))
t('s9', s(slice(0, 6, 2), b'xy')); t('s10', s(slice(0, 6, 2), b'xyz'))
t('s11', s(slice(None, None, -1), b'123456')); t('s12', s(slice(1, 3), 'ab'))
t('s13', s(slice(1, 3), [1, 2, 3])); t('s14', s(slice(1, 3), [1, 256]))
t('s15', s(slice(5, 1), b'XY')); t('s16', s(slice(0, 6, 2), []))
t('s17', s(slice(1, 5), b'')); t('s18', s(slice(None), bytearray(b'zz')))
t('s19', s(slice(2, 4), range(65, 70))); t('s20', s(slice(-2, None), (120, 121, 122)))
t('s21', s(slice(1, 2), bytearray(b'QQQQ')))
t('d1', d(10)); t('d2', d('a')); t('d3', d(slice(0, 6, 2))); t('d4', d(slice(None, None, -2)))
t('d5', d(-1)); t('d6', d(slice(1, 3))); t('d7', d(slice(None))); t('d8', d(slice(4, 1)))

def self_assign():
    c = bytearray(b'abc')
    c[1:2] = c
    c[::-1] = c
    return c
t('self', self_assign)

b = bytearray(b'xyz')
t('append', lambda: (b.append(65), b)[1])
t('append-bad', lambda: b.append(256))
t('append-str', lambda: b.append('a'))
t('extend', lambda: (b.extend(b'12'), b.extend([51, 52]), b.extend(range(53, 55)), b.extend(bytearray(b'!')), b)[4])
t('extend-int', lambda: b.extend(5))
t('extend-str', lambda: b.extend('ab'))
t('extend-range', lambda: b.extend([300]))
t('insert', lambda: (b.insert(0, 48), b.insert(-1, 49), b.insert(100, 50), b.insert(-100, 51), b)[4])
t('insert-bad', lambda: b.insert(0, 300))
t('pop', lambda: (b.pop(), b.pop(0), b.pop(-2), b))
t('pop-bad', lambda: b.pop(100))
t('pop-empty', lambda: bytearray().pop())
t('pop-str', lambda: b.pop('a'))
t('remove', lambda: (b.remove(65), b)[1])
t('remove-missing', lambda: b.remove(200))
t('remove-range', lambda: b.remove(300))
t('reverse', lambda: (b.reverse(), b)[1])
t('copy', lambda: (b.copy(), b.copy() is b))
t('clear', lambda: (b.clear(), b, len(b))[1:])

c = bytearray(b'ab')
c += b'cd'
c += bytearray(b'ef')
print('iadd', c)
c *= 2
print('imul', c)
c *= 0
print('imul0', c, len(c))
def iadd_str():
    x = bytearray(b'ab')
    x += 'x'
t('iadd-str', iadd_str)
def imul_bad():
    x = bytearray(b'ab')
    x *= 'a'
t('imul-str', imul_bad)
c = bytearray(b'ab')
d2 = c
c += b'!'
print('iadd-identity', c is d2, d2)

print('-- constructors')
t('c1', lambda: bytes([256]))
t('c2', lambda: bytearray([256]))
t('c3', lambda: bytes([-1]))
t('c4', lambda: bytes(1.5))
t('c5', lambda: bytearray(1.5))
t('c6', lambda: bytes(['a']))
t('c7', lambda: bytes(-1))
t('c8', lambda: bytearray(-1))
t('c9', lambda: bytes(3))
t('c10', lambda: bytearray(3))
t('c11', lambda: bytes('abc'))
t('c12', lambda: bytes('abc', 'ascii'))
t('c13', lambda: bytearray('h\xe9', 'latin-1'))
t('c14', lambda: bytes('h\xe9', 'ascii'))
t('c15', lambda: bytes('h\xe9', 'ascii', 'replace'))
t('c16', lambda: bytes(b'abc', 'ascii'))
t('c17', lambda: bytes(encoding='ascii'))
t('c18', lambda: bytes(range(5)))
t('c19', lambda: bytearray(x for x in (1, 2, 3)))
t('c20', lambda: bytes(bytearray(b'xy')))
t('c21', lambda: bytes())
t('c22', lambda: bytearray())
t('c23', lambda: bytes(1 << 70))
t('c24', lambda: bytes(None))
class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'
class BadBytes:
    def __bytes__(self):
        return 'nope'
t('c25', lambda: bytes(WithBytes()))
t('c26', lambda: bytes(BadBytes()))
class Idx:
    def __index__(self):
        return 4
t('c27', lambda: bytes(Idx()))
t('c28', lambda: bytes([Idx(), 65]))
t('c29', lambda: bytearray(b'x') == b'x', )
t('c30', lambda: (bytearray(b'a') < b'b', b'a' < bytearray(b'b'), bytearray(b'ab') >= bytearray(b'ab')))
t('c31', lambda: bytes.fromhex('00ff'))

print('-- iteration')
x = bytearray(b'abc')
it = iter(x)
print(type(it).__name__, next(it))
x.clear()
print(list(it))
print(type(iter(b'')).__name__, list(b'xyz'), list(reversed(b'xyz')))

print('-- percent')
t('p1', lambda: b'%s %d %r %a %c %c %x %5.2f %b %%' % (b'x', 3, b'y', '\xe9', 65, b'z', 255, 1.5, bytearray(b'q')))
t('p2', lambda: b'%s' % 'x')
t('p3', lambda: b'%c' % 256)
t('p4', lambda: b'%c' % 'a')
t('p5', lambda: b'%(a)s and %(b)d' % {b'a': b'1', b'b': 2})
t('p6', lambda: b'%d %d' % (1,))
t('p7', lambda: b'%d' % (1, 2))
t('p8', lambda: b'%y' % 1)
t('p9', lambda: b'%5s|%-5s|%*s|%-*s|' % (b'ab', b'cd', 4, b'e', 3, b'f'))
t('p10', lambda: b'%.1s' % b'abc')
t('p11', lambda: b'%r' % '\xe9')
t('p12', lambda: bytearray(b'%d') % 5)
t('p13', lambda: b'%i %u %o %X %e %g %#x %+d % d %05d' % (1, 2, 8, 255, 1.0, 2.5, 15, 3, 4, 5))
t('p14', lambda: b'%s' % 5)
t('p15', lambda: b'%s' % WithBytes())
t('p16', lambda: b'no args' % ())
t('p17', lambda: b'%' % ())
t('p18', lambda: b'%c' % bytearray(b'!'))
t('p19', lambda: b'%x' % 2.5)
t('p20', lambda: b'%d' % 'x')
