# \N{...} escapes with the full Unicode name table (aliases, Hangul, CJK; case-insensitive
# table names), the namereplace error handler, and PEP 3131 NFKC identifiers.
print(ascii('\N{LATIN SMALL LETTER E WITH ACUTE}\N{EM DASH}\N{snowman}\N{Greek Small Letter Alpha}'))
print(ascii('\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-2A700}'))
print(ascii('\N{NUL}\N{BEL}\N{LF}\N{BYTE ORDER MARK}\N{ZWJ}\N{VS16}\N{GRINNING FACE}\N{CJK COMPATIBILITY IDEOGRAPH-F900}'))
print(ascii(f'\N{EURO SIGN}{1 + 1}\N{DEGREE SIGN}'))
print(ascii(r'\N{EURO SIGN}'), ascii(b'\N{EURO SIGN}'))
print(len('\N{LATIN CAPITAL LETTER A}' * 3))

def compile_error(src):
    try:
        compile(src, '<s>', 'exec')
        print('compiled', ascii(src))
    except SyntaxError as e:
        print('SyntaxError', ascii(e.msg))

compile_error("x = '\\N{NO SUCH CHARACTER}'")
compile_error("x = '\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'")
compile_error("x = '\\N{hangul syllable ga}'")
compile_error("x = '\\N{CJK UNIFIED IDEOGRAPH-4e00}'")
compile_error("x = '\\N{}'")
compile_error("x = '\\N{SPACE'")
compile_error("x = '\\N'")
compile_error("x = f'\\N{NO SUCH CHARACTER}'")
compile_error("x = '\\N{" + 'A' * 300 + "}'")

print('-- namereplace')
for s in ['caf\xe9', '\u20ac100', 'x\U0001f600y', '\uac00\u4e00', '\x80\x9f', '\ue000\U0010fffd', '\ud800', 'ok']:
    for enc in ['ascii', 'latin-1', 'utf-16-le']:
        try:
            print(enc, ascii(s), s.encode(enc, 'namereplace'))
        except UnicodeError as e:
            print(enc, ascii(s), type(e).__name__, e)
try:
    b'\xff'.decode('utf-8', 'namereplace')
except Exception as e:
    print(type(e).__name__, e)

print('-- NFKC identifiers')
ﬁ = 1
print(fi)
ℌ = 2
print(H, globals()['H'])
def f(ｘ=3):
    return x
print(f(), f(x=4))
class C:
    ｖａｌｕｅ = 5
print(C.value, C().value)
exec('\u2075 = 1') if False else None
namespace = {}
exec('ﬀ = 7\nresult = ff * 2', namespace)
print(namespace['result'], sorted(k for k in namespace if not k.startswith('__')))
print(eval('ℌ + 1', {'H': 41}))
print([name for name in dir(C) if not name.startswith('_')])

print('-- invalid identifier characters')
def bad_ident(src):
    try:
        compile(src, '<s>', 'exec')
        print('compiled', ascii(src))
    except SyntaxError as e:
        print('SyntaxError', ascii(e.msg), e.lineno, e.offset)
bad_ident('a\u20ac = 1')
bad_ident('\u2075 = 1')
bad_ident('x = 1\nab\u00b7c\u2028 = 2')
bad_ident('\u00e9t\u00e9\u203f = 1')
bad_ident('\u00b7x = 1')
bad_ident('x\u200b = 1')
bad_ident('caf\u00e9 = 1')
bad_ident('\u2160 = 1')
