# The unicodedata module: names (explicit, Hangul and CJK algorithmic, aliases, named
# sequences), properties, normalisation, and every bad-input error with CPython's text.
import unicodedata as u

def t(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, ascii(str(e)))

for c in ['a', 'A', ' ', '\xe9', '\u0301', '\u2603', '\u20ac', '\uac00', '\ud7a3', '\uac05', '\u4e00', '\u9fa5',
          '\U00020000', '\uf900', '\U0002f800', '\U0001f600', '\U00018b00', '\U0001b170', '\x00', '\x7f', '\ud800',
          '\ue000', '\U000e0001', '\ufeff', '\u00bd', '\u2155', '\u0660', '\u00b2', '\u2460', '\u4e07', '\u5146']:
    t('name ' + ascii(c), lambda: u.name(c))
    t('props ' + ascii(c), lambda: (u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
                                    u.mirrored(c), u.decomposition(c)))
    t('nums ' + ascii(c), lambda: (u.decimal(c, None), u.digit(c, None), u.numeric(c, None)))

for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A', 'SNOWMAN', 'EURO SIGN',
             'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE GANJ', 'hangul syllable ga',
             'HANGUL SYLLABLE', 'HANGUL SYLLABLE GX', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-4e00',
             'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-E000',
             'CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900',
             'NULL', 'NUL', 'BYTE ORDER MARK', 'LINE FEED', 'LF', 'BEL', 'BELL', 'ZWJ', 'VS1',
             'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP NUMBER SIGN', 'GRINNING FACE',
             '', ' ', 'NO SUCH NAME', 'LATIN SMALL LETTER A ', 'x' * 256, 'x' * 257, b'SNOWMAN', bytearray(b'EURO SIGN'),
             b'\xff', 3, None]:
    t('lookup ' + ascii(name)[:40], lambda: u.lookup(name))

for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['', 'abc', 'caf\xe9', 'cafe\u0301', '\ufb01', '\u2460\u00bd', '\uac00', '\u1100\u1161\u11a8',
              'a\u0328\u0301\u0300', 'q\u0307\u0323', '\u212b', '\u1e9b\u0323', 'x\ud800y', '\U0001d400', '\u0958']:
        t(form + ' ' + ascii(s), lambda: (u.normalize(form, s), u.is_normalized(form, s)))

print(type(u.unidata_version).__name__)
print('-- errors')
t('name 2 chars', lambda: u.name('ab'))
t('name empty', lambda: u.name(''))
t('name int', lambda: u.name(65))
t('name no args', lambda: u.name())
t('name 3 args', lambda: u.name('a', 1, 2))
t('name kw', lambda: u.name(chr='a'))
t('name control', lambda: u.name('\x01'))
t('name default', lambda: u.name('\x01', 'dflt'))
t('category 2 chars', lambda: u.category('ab'))
t('category 2 args', lambda: u.category('a', 'b'))
t('bidirectional int', lambda: u.bidirectional(1))
t('combining empty', lambda: u.combining(''))
t('mirrored list', lambda: u.mirrored([]))
t('east_asian_width bytes', lambda: u.east_asian_width(b'a'))
t('decomposition none', lambda: u.decomposition(None))
t('decimal x', lambda: u.decimal('x'))
t('digit x', lambda: u.digit('x'))
t('numeric x', lambda: u.numeric('x'))
t('decimal bad', lambda: u.decimal('xy'))
t('numeric no args', lambda: u.numeric())
t('lookup 2 args', lambda: u.lookup('a', 'b'))
t('normalize bad form', lambda: u.normalize('NFX', 'a'))
t('normalize lower form', lambda: u.normalize('nfc', 'a'))
t('normalize int form', lambda: u.normalize(1, 'a'))
t('normalize int str', lambda: u.normalize('NFC', 1))
t('normalize 1 arg', lambda: u.normalize('NFC'))
t('is_normalized bad form', lambda: u.is_normalized('NFX', 'a'))
t('is_normalized bytes', lambda: u.is_normalized('NFC', b'a'))
try:
    u.lookup('NO SUCH NAME')
except KeyError as e:
    print('KeyError args', e.args)
