# The native escape codecs (objects/codecs_escape.cpp): seeded random inputs built from the
# bytes that matter (backslashes, escape letters, hex and octal digits, braces, Latin-1) with
# every built-in error handler and final=False, argument errors and odd handler results.
import codecs
import random

rng = random.Random(5)
alphabet = [b'\\', b'\\', b'\\', b'x', b'u', b'U', b'N', b'{', b'}', b'0', b'7', b'8', b'a', b'F', b'f', b'g',
            b'\n', b'\xe9', b'\xff', b' ', b'EURO SIGN', b'n', b"'", b'1', b'D800', b'0010FFFF', b'00110000']


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        extra = ''
        if isinstance(e, UnicodeError):
            extra = ' %r %r %r' % (e.start, e.end, e.reason)
        print(label, type(e).__name__, str(e) + extra)
    else:
        print(label, ascii(r))


for i in range(300):
    data = b''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
    for f in (codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode):
        for errors in ('strict', 'ignore', 'replace', 'backslashreplace'):
            show('%d %s %s %s' % (i, f.__name__[:3], errors, ascii(data)), f, data, errors)
        show('%d %s partial' % (i, f.__name__[:3]), f, data, 'replace', False)
    for errors in ('strict', 'ignore', 'replace'):
        show('%d esc %s' % (i, errors), codecs.escape_decode, data, errors)

for i in range(100):
    text = ''.join(chr(rng.choice([rng.randrange(0, 0x100), rng.randrange(0x100, 0x10000),
                                   rng.randrange(0x10000, 0x110000), 0x5c, 0x0a, 0x7f])) for _ in range(rng.randrange(8)))
    for enc in ('unicode_escape', 'raw_unicode_escape'):
        b = text.encode(enc)
        print(i, enc, b, ascii(b.decode(enc)) if enc == 'unicode_escape' or '\\' not in text else '')
    b = text.encode('latin-1', 'ignore')
    print(i, 'escape_encode', codecs.escape_encode(b), codecs.escape_decode(codecs.escape_encode(b)[0]))

# Argument errors and the handler-name edge cases.
show('too many', codecs.unicode_escape_decode, b'', 'strict', True, 1)
show('none', codecs.raw_unicode_escape_decode)
show('kw', lambda: codecs.escape_decode(b'', errors='strict'))
show('final obj', codecs.unicode_escape_decode, b'\\x4', 'strict', [])
show('final obj2', codecs.unicode_escape_decode, b'\\x4', 'strict', [1])
show('long errors', codecs.escape_decode, b'\\x', 'e' * 300)
show('unknown handler', codecs.unicode_escape_decode, b'\\x', 'nosuch')
show('unknown handler ok', codecs.unicode_escape_decode, b'\\x41', 'nosuch')
show('surrogate str', codecs.unicode_escape_decode, '\ud800')
show('array', codecs.unicode_escape_decode, __import__('array').array('b', [92, 120, 52, 49]))
show('name case', codecs.unicode_escape_decode, b'\\N{euro sign}\\N{Latin Small Letter A}')
show('name seq', codecs.unicode_escape_decode, b'\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}')
show('name alias', codecs.unicode_escape_decode, b'\\N{LINE FEED}\\N{BYTE ORDER MARK}')
show('name long', codecs.unicode_escape_decode, b'\\N{' + b'A' * 300 + b'}', 'replace')
show('final float', codecs.unicode_escape_decode, b'\\x4', 'strict', 1.0)
show('final big', codecs.unicode_escape_decode, b'\\x4', 'strict', 2 ** 40)
show('final zero', codecs.raw_unicode_escape_decode, b'\\u4', 'strict', 0)
show('final bool', codecs.raw_unicode_escape_decode, b'\\u4', 'strict', False)
for e in ('\xe9' * 300, '\u20ac' * 300, '\U0001f600' * 120, 'e' * 399 + '\u20ac'):
    show('long errors %d' % len(e), codecs.escape_decode, b'\\x', e)
show('kw2', lambda: codecs.unicode_escape_encode('', errors='strict'))
show('kw3', lambda: codecs.escape_encode(b'', errors='strict'))


# Handlers: a bytes-subclass object, a huge position, a str subclass replacement.
class B(bytes):
    pass


class S(str):
    pass


def sub_object(e):
    e.object = B(b'\\x41\\x42')
    return (S('<s>'), 4)


codecs.register_error('native.sub', sub_object)
codecs.register_error('native.huge', lambda e: ('', 2 ** 70))
codecs.register_error('native.float', lambda e: ('', 1.5))
codecs.register_error('native.list', lambda e: ['', 1])
for f in (codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode):
    for errors in ('native.sub', 'native.huge', 'native.float', 'native.list'):
        show('%s %s' % (f.__name__, errors), f, b'ab\\u12zz\\u12', errors)
