# str methods across ASCII, Latin-1, BMP and astral inputs (and empty strings), against
# CPython 3.11: every method of str, iteration type names, += building, casefold/translate.
def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, ascii(r))
    except Exception as e:
        print(label, type(e).__name__, ascii(str(e)))

samples = ['', 'hello world', '  Hello World  ', 'caf\xe9 \xc9T\xc9 \xdf', '\u0130stanbul \u03a3\u03b9\u03c3\u03c5\u03c6\u03bf\u03c2',
           '\u65e5\u672c\u8a9e \u3000 text', 'astral \U0001f600 \U00010400\U00010428', 'a\tb\nc\r\nd\x0be\x1cf\u2028g',
           '\u01c5ungla \u1f88', 'ABC\uff21\uff22 123\u0661\u0662\xb2\u2155', 'x' * 40 + '\u20ac']
for s in samples:
    print('--', ascii(s))
    t('len', lambda: len(s))
    t('iter', lambda: type(iter(s)).__name__)
    t('case', lambda: (s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold()))
    t('is', lambda: (s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(), s.islower(),
                     s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper()))
    t('find', lambda: (s.find('o'), s.rfind('o'), s.find(''), s.rfind(''), s.count('o'), s.count(''), s.find('\U0001f600'), s.find('\xe9', 2)))
    t('index', lambda: s.index(' '))
    t('split', lambda: (s.split(), s.split(' '), s.rsplit(None, 1), s.split('o', 1), s.splitlines(), s.splitlines(True)))
    t('partition', lambda: (s.partition(' '), s.rpartition(' ')))
    t('strip', lambda: (s.strip(), s.lstrip(' a'), s.rstrip('\u20ac'), s.strip('\U0001f600a ')))
    t('pad', lambda: (s.center(30, '\u2605'), s.ljust(25, '.'), s.rjust(25), s.zfill(20)))
    t('replace', lambda: (s.replace('o', '\u0151'), s.replace('', '|', 3), s.replace('\U0001f600', 'x'), s.replace(' ', '')))
    t('affix', lambda: (s.startswith(('ca', 'he')), s.endswith('\u20ac'), s.removeprefix('caf'), s.removesuffix('text')))
    t('expandtabs', lambda: s.expandtabs(4))
    t('join', lambda: '\u2014'.join(s.split()))
    t('translate', lambda: s.translate({ord('o'): '0', ord(' '): None, 0x1f600: 'smile'}))
    t('maketrans', lambda: s.translate(str.maketrans('ae\xe9', 'AE\xc9', '\u65e5')))
    t('encode', lambda: s.encode('utf-8', 'surrogatepass'))
    t('slice', lambda: (s[::-1], s[1:-1:2], s[-3:], s[100:]))
    t('cmp', lambda: (s < 'm', s == s[:], s + '\U0001f600' > s, hash(s) == hash(s[:] + '')))
    t('repr', lambda: repr(s))
    t('format', lambda: (format(s, '>30'), format(s, '.3'), '{:^20.5}'.format(s), '%-20.4s|' % s))

print('-- building')
def build(n, piece):
    s = ''
    for i in range(n):
        s += piece
    return s
for piece in ['a', '\xe9', '\u20ac', '\U0001f600', 'ab\u20ac']:
    r = build(1000, piece)
    print(ascii(r[:6]), len(r), r == piece * 1000, hash(r) == hash(piece * 1000))
def build_mixed():
    s = 'x'
    alias = s
    for c in ['a', '\xe9', '\u20ac', '\U0001f600', 'b']:
        s += c
    return s, alias
print(ascii(build_mixed()))
def build_interned():
    s = 'abc'
    s += 'def'
    return s, 'abc'
print(build_interned())
def build_error():
    s = 'abc'
    try:
        s += 5
    except TypeError as e:
        print(e)
    return s
print(build_error())
print('-- errors')
t('e1', lambda: 'a'.center(3, 'xy'))
t('e2', lambda: 'a'.split(''))
t('e3', lambda: 'a'.translate(5))
t('e4', lambda: str.maketrans('ab', 'c'))
t('e5', lambda: str.maketrans({'ab': 1}))
t('e6', lambda: 'a'.encode('utf-8', 'bogus'))
t('e7', lambda: '\xe9'.encode('ascii', 'bogus'))
t('e8', lambda: 'a'.index('b'))
t('e9', lambda: 'a'.join([1]))
t('e10', lambda: 'a'.startswith(1))
t('e11', lambda: 'abc'[5])
t('e12', lambda: 'a' + b'b')
