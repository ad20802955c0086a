# unicode_escape and raw_unicode_escape (lib/codecs_escape.py): both directions, every
# escape form, truncated and invalid input with each error handler, incremental decoding.
import codecs


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        extra = ''
        if isinstance(e, UnicodeError):
            extra = ' %r %r %r %r' % (e.encoding, e.start, e.end, e.reason)
        print(label, type(e).__name__, str(e) + extra)
    else:
        print(label, ascii(r))


texts = ['', 'abc', 'tab\there\nnl\rcr', 'back\\slash', 'quotes \'"', '\x00\x1f\x7f\x80\xe9\xff',
         '\u0100\u20ac\uffff', '\U0001f600\U0010ffff', '\ud800\udfff', 'mix \xe9\u20ac\U0001f600 end']
for t in texts:
    for enc in ('unicode_escape', 'raw_unicode_escape', 'unicode-escape', 'Raw-Unicode-Escape'):
        show('enc %s %s' % (enc, ascii(t)), t.encode, enc)
        b = t.encode(enc)
        show('round %s' % enc, lambda: b.decode(enc) == t)

valid = [b'plain \xe9\xff', b'\\\\ \\\' \\" \\a\\b\\f\\n\\r\\t\\v', b'line\\\ncontinued',
         b'\\0 \\7 \\12 \\101 \\377 \\400 \\777 \\1234 \\8 \\9', b'\\x41\\xe9\\xFF', b'\\u20ac\\u00E9\\uD800',
         b'\\U0001F600\\U00000041\\U0010ffff', b'\\N{LATIN SMALL LETTER E WITH ACUTE}',
         b'\\N{latin capital letter a}\\N{EURO SIGN}\\N{GRINNING FACE}', b'\\N{HANGUL SYLLABLE GA}',
         b'\\N{CJK UNIFIED IDEOGRAPH-4E00}', b'\\q \\z \\% \\\xe9 \\Q', b'\\u12345', b'raw \\\\u0041 \\\\\\u0041']
for d in valid:
    for enc in ('unicode_escape', 'raw_unicode_escape'):
        show('dec %s %s' % (enc, ascii(d)), d.decode, enc)

invalid = [b'\\', b'abc\\', b'\\x', b'\\x4', b'\\x4g', b'\\xg1', b'\\u', b'\\u12', b'\\u12x4', b'\\U0001F60',
           b'\\U0011FFFF', b'\\UFFFFFFFF', b'\\U0001f60z', b'a\\N', b'\\N{', b'\\N{LATIN', b'\\N{}', b'\\Nx',
           b'\\N{NO SUCH NAME}', b'\\N{LATIN SMALL LETTER A}\\N{\xe9}', b'\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}',
           b'ok\\x4 and \\u12 and \\U12 end', b'\\\\\\u12', b'\xe9\\u12\xff']
for d in invalid:
    for enc in ('unicode_escape', 'raw_unicode_escape'):
        for errors in ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'nosuch'):
            show('dec %s %s %s' % (enc, ascii(d), errors), d.decode, enc, errors)

# A registered handler: its replacement and resume position (negative, past the end).
codecs.register_error('test.skip1', lambda e: ('<%d:%d>' % (e.start, e.end), e.start + 1))
codecs.register_error('test.neg', lambda e: ('[-1]', -1))
codecs.register_error('test.far', lambda e: ('', 100))
codecs.register_error('test.bad', lambda e: (b'x', e.end))
for errors in ('test.skip1', 'test.neg', 'test.far', 'test.bad'):
    show('handler %s' % errors, b'a\\x4zb\\u1'.decode, 'unicode_escape', errors)
    show('handler raw %s' % errors, b'a\\u4zb\\U1'.decode, 'raw_unicode_escape', errors)

# The _codecs-style functions: (result, consumed), str input, final=False keeps a tail back.
for f in (codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode):
    show(f.__name__, f, b'a\\x41')
    show(f.__name__ + ' str', f, 'a\\u20ac\xe9')
    show(f.__name__ + ' bytearray', f, bytearray(b'\\u0041'))
    show(f.__name__ + ' memoryview', f, memoryview(b'\\u0041'))
    show(f.__name__ + ' None', f, b'\\u0041', None)
    for tail in (b'ab\\', b'ab\\\\', b'ab\\\\\\', b'ab\\x4', b'ab\\u004', b'ab\\U0001F60', b'ab\\N{EURO', b'ab\\N'):
        show(f.__name__ + ' partial ' + ascii(tail), f, tail, 'strict', False)
    show(f.__name__ + ' int', f, 5)
for f in (codecs.unicode_escape_encode, codecs.raw_unicode_escape_encode):
    show(f.__name__, f, '\xe9\u20ac\n')
    show(f.__name__ + ' bytes', f, b'x')

# Incremental decoders across every split point, and the encoders.
data = b'x\\u20acy\\U0001F600z\\N{EURO SIGN}\\x41\\101\\\\\\\n'
for enc in ('unicode_escape', 'raw_unicode_escape'):
    whole = data.decode(enc)
    ok = True
    for cut in range(len(data) + 1):
        dec = codecs.getincrementaldecoder(enc)()
        if dec.decode(data[:cut]) + dec.decode(data[cut:], final=True) != whole:
            ok = False
    print('incremental', enc, ok, ascii(whole))
    print('iterdecode', enc, ascii(''.join(codecs.iterdecode([data[i:i + 3] for i in range(0, len(data), 3)], enc))))
    print('encoder', enc, codecs.getincrementalencoder(enc)().encode('\u20ac\n'))
    info = codecs.lookup(enc)
    print('info', info.name, info.encode('\xe9'), info.decode(b'\\xe9'))
    print('codecs.encode', codecs.encode('\u20ac', enc), ascii(codecs.decode(b'\\u20ac', enc)))

# A str subclass's overridden methods play no part; the result is the codec's own.


class Loud(str):
    def replace(self, *a):
        return 'REPLACED'

    def translate(self, *a):
        return 'TRANSLATED'

    def encode(self, *a):
        return b'ENCODED'

    def __len__(self):
        return 99


for enc in ('unicode_escape', 'raw_unicode_escape'):
    print('subclass', enc, str.encode(Loud('a\\\t\xe9\u20ac'), enc), codecs.encode(Loud('\U0001f600'), enc))
    print('subclass fn', getattr(codecs, enc + '_encode')(Loud('a\\b\n')))


class LoudBytes(bytes):
    def find(self, *a):
        return -1

    def decode(self, *a):
        return 'DECODED'


for enc in ('unicode_escape', 'raw_unicode_escape'):
    print('bytes subclass', enc, ascii(bytes.decode(LoudBytes(b'a\\u20ac\\x41'), enc)),
          ascii(codecs.decode(LoudBytes(b'\\u20ac'), enc)), getattr(codecs, enc + '_decode')(LoudBytes(b'\\u0041')))

# escape_decode / escape_encode: bytes to bytes (errors strict/ignore/replace, ValueError).
for d in (b'plain', b'\\\\ \\\' \\" \\a\\b\\f\\n\\r\\t\\v', b'\\0\\12\\101\\377\\400\\777', b'\\x41\\xfF',
          b'line\\\ncont', b'\\q\\8\\u1234', '\\x41\xe9', bytearray(b'\\x42'), b'\\x4', b'ab\\x4g', b'\\xZZ1',
          b'\\x', b'\\', b'abc\\'):
    for errors in (None, 'strict', 'ignore', 'replace', 'bogus'):
        show('escape_decode %s %s' % (ascii(d), errors), codecs.escape_decode, d, errors)
for d in (b'', b'a\'"\\\t\n\r\x00\x1f\x7f\x80\xff', bytes(range(256)), LoudBytes(b'\\'), 'str', bytearray(b'x')):
    show('escape_encode %s' % ascii(d), codecs.escape_encode, d)
show('escape_encode errors', codecs.escape_encode, b'x', 5)
show('escape_decode errors', codecs.escape_decode, b'x', 5)
show('unicode_escape_decode errors', codecs.unicode_escape_decode, b'x', 5)
show('raw_unicode_escape_encode errors', codecs.raw_unicode_escape_encode, 'x', b'')

# A handler that replaces the exception's object: decoding goes on in the new bytes; the
# consumed count stays the input's length unless a tail was kept back.


def swap(e):
    e.object = b'XYZ\\x41tail'
    return ('<r>', 3)


def to_str(e):
    e.object = 'str'
    return ('<r>', 3)


class Nine:
    def __index__(self):
        return 9


codecs.register_error('test.swap', swap)
codecs.register_error('test.str', to_str)
codecs.register_error('test.index', lambda e: ('<i>', Nine()))
for errors in ('test.swap', 'test.str', 'test.index'):
    for enc in ('unicode_escape', 'raw_unicode_escape'):
        show('swap %s %s' % (errors, enc), b'ab\\u12zzz'.decode, enc, errors)
        f = getattr(codecs, enc + '_decode')
        show('swap fn %s %s' % (errors, enc), f, b'ab\\u12zzz', errors)
        show('swap partial %s %s' % (errors, enc), f, b'ab\\u12zzz\\', errors, False)
