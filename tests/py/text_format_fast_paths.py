# The direct paths of f-strings (FORMAT_VALUE on exact int/float/str), repr()/ascii() of
# str, and the exact-size padding of center/ljust/rjust/zfill and str format specs: the
# same text as the generic paths, subclasses and overridden dunders still called, results
# in canonical form (equal strings compare and hash equal whatever their width).

class I(int):
    def __format__(self, spec):
        return 'I.format(%r)' % spec
    def __str__(self):
        return 'I.str'
    def __repr__(self):
        return 'I.repr'

class F(float):
    def __format__(self, spec):
        return 'F.format(%r)' % spec
    def __repr__(self):
        return 'F.repr'

class S(str):
    def __format__(self, spec):
        return 'S.format(%r)' % spec
    def __str__(self):
        return 'S.str'
    def __repr__(self):
        return 'S.repr'

class PlainI(int):
    pass

class PlainS(str):
    pass

class BadFormat:
    def __format__(self, spec):
        return 42

values = [0, -7, 255, 2**70, -2**65, 1.5, -0.0, float('inf'), float('nan'), 1e22, 'abc', 'caf\xe9',
          '\u20ac\U0001f600', '', True, False, None, I(5), F(2.5), S('x'), PlainI(9), PlainS('ps'), 3 + 4j]
for v in values:
    print(f"{v}|{v!s}|{v!r}|{v!a}|{v:}|{v!r:>12}|{v!s:*^9}|{v!a:.4}")
for v in [0, 12345, -12345, 2**64 + 1, True, PlainI(77), I(3)]:
    print(f"{v:>8}|{v:<8}|{v:^8}|{v:=+8}|{v:08}|{v:#x}|{v:#X}|{v:#o}|{v:#b}|{v:,}|{v:_x}|{v:e}|{v:.2%}")
for v in [1.5, -2.25, 1e100, 1e-7, 0.0, -0.0, 123456.789, F(1.0)]:
    print(f"{v:10.3f}|{v:<12e}|{v:^14.4g}|{v:+}|{v:z.1f}|{v:,.2f}|{v:#.0f}|{v:%}|{v:_>15.2E}")
for v in ['name', 'caf\xe9', '\u20ac\u20ac', '\U0001f600x', PlainS('sub'), S('over')]:
    print(f"{v:^10}|{v:*<7}|{v:\u20ac>6}|{v:.2}|{v:>5.1}|{v:10.0}|")
width, prec, spec = 7, 2, '>6'
EURO, AE, EA, EZ, SMB, AEA = '\u20ac', 'a\xe9', '\xe9a', '\u20acz', '\U0001f600b', 'a'
print(f"{3.14159:{width}.{prec}f}|{'ab':{spec}}|{42:{'0'}{width}}|{'x':{EURO}^5}")

# Canonical form: a truncated or padded result compares and hashes like a literal.
cases = [(f"{AE:.1}", 'a'), (f"{EZ:.1}", '\u20ac'), (f"{'a':\xe9>3}", '\xe9\xe9a'),
         (f"{SMB:.0}", ''), (f"{'ab':.5}", 'ab'), (f"{7:\u20ac<4}", '7\u20ac\u20ac\u20ac'),
         ('\u20ac'.center(5, 'a')[1:4], 'a\u20aca'), ('ab'.center(4, '\xe9')[1:3], 'ab'),
         ('x'.zfill(3), '00x'), ('\xe9'.rjust(2, 'z'), 'z\xe9'), (f"{EA:.1}"[0:], '\xe9')]
for got, want in cases:
    print(repr(got), got == want, hash(got) == hash(want), {want: 1}.get(got), len(got))

# Errors: same messages as format()/__format__.
for bad in ["f'{5:q}'", "f'{5:.2d}'", "f'{1.5:d}'", "f'{\"s\":+}'", "f'{\"s\":=5}'", "f'{\"s\":#}'",
            "f'{5:,_}'", "f'{5:z}'", "f'{\"s\":x}'", "f'{5!r:d}'", "f'{1.5!s:.2f}'", "f'{BadFormat()}'",
            "f'{5:{1}}'", "f'{\"x\":{\"<<\"}}'", "f'{True:c}'", "f'{2**40:c}'"]:
    try:
        print(bad, '->', repr(eval(bad)))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)

# repr / ascii of every kind of character.
samples = ["plain", "quote'd", 'dq"', 'both\'"', "back\\slash", "tab\tnl\nret\r", "nul\x00\x1f\x7f",
           "caf\xe9", "\x80\x9f\xa0\xa1\xad\xae\xff", "\u0100\u0300\u2028\u200b\ufeff\uffff", "\ud800\udfff",
           "\u65e5\u672c", "\U0001f600\U000e0001\U0010ffff", "mix\xe9\u20ac\U0001f600'\"", ""]
for s in samples:
    r, a = repr(s), ascii(s)
    print(r, a, len(r), len(a), r == eval(r), eval(a) == s)
    print(f"{s!r}" == r, f"{s!a}" == a, '%r' % (s,) == r, '%a' % (s,) == a, str([s]) == '[' + r + ']')
print(ascii(PlainS('\xe9')), repr(PlainS('\xe9')), ascii(S('\xe9')), ascii(['\xe9', 1.5, {'\u20ac': None}]))

class ReprNonAscii:
    def __repr__(self):
        return 'obj<\xe9\u20ac\U0001f600>'

class ReprSub:
    def __repr__(self):
        return PlainS('sub\xe9')

print(ascii(ReprNonAscii()), f"{ReprNonAscii()!a}", ascii(ReprSub()), type(ascii(ReprSub())).__name__)

# Padding methods on every kind, with signs for zfill.
for s in ['', 'ab', 'abc', '\xe9', '\u20ac', '\U0001f600', '+5', '-5', '+', '-', '5-', '\u20ac-']:
    print(repr(s.center(6)), repr(s.center(7, '\u20ac')), repr(s.ljust(4, '\xe9')), repr(s.rjust(5, '\U0001f600')),
          repr(s.zfill(0)), repr(s.zfill(4)), repr(s.center(1)), s.center(0) is s or type(s) is not str)
print(repr(PlainS('x').center(3)), type(PlainS('x').center(3)).__name__, type(PlainS('x').zfill(1)).__name__)
for bad in [lambda: 'x'.center(3, 'ab'), lambda: 'x'.ljust(3, b'a'), lambda: 'x'.zfill('3'),
            lambda: 'x'.rjust(2.0), lambda: 'x'.center()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

# Small-int boundaries of the direct digit paths (f-string, format(), str.format).
for v in [0, -1, 9, -10, 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, -2**63, 10**18, -10**18]:
    print(f"{v}", f"{v!s}", format(v), '{}'.format(v), '{0:}'.format(v), str(v) == f"{v}", '%d' % v == f"{v}")

EE = '\xe9\xe9'
# A wide fill that ends up unused leaves the result narrow; inf/nan are zero-padded by %.
for got, want in [(f"{1e-300!s:\u20ac>1.3}", '1e-'), (f"{'abcdef':\U0001f600<2.2}", 'ab'),
                  (format('xyz', '\u20ac^3'), 'xyz'), (f"{EE:\u20ac>1.1}", '\xe9')]:
    print(repr(got), got == want, hash(got) == hash(want), {want: 0}.get(got))
print('%05f|%-05f|%+06e|%05g|%05.1f' % (float('inf'), float('nan'), float('-inf'), float('nan'), float('inf')))
print(b'%05f|%-05f|%+06e' % (float('inf'), float('nan'), float('-inf')))
for bad in ["format('a', ' ')", "format('a', '+')", "format('a', '-5')", "f'{\"s\": <5}'"]:
    try:
        print(eval(bad))
    except ValueError as e:
        print(bad, e)
