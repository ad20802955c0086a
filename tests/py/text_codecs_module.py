# The codecs module: lookup/CodecInfo, name normalisation, encode/decode, BOM constants,
# getencoder/getdecoder, incremental codecs and iterencode/iterdecode, the built-in error
# handlers as callables, and user handlers from register_error (used by str.encode and
# bytes.decode too) with every bad-handler error.
import codecs

def t(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, ascii(str(e)))

for n in ['utf-8', 'UTF8', 'utf_8', 'U8', 'latin1', 'iso-8859-1', 'ISO8859-1', 'l1', 'ascii', 'US-ASCII', '646',
          'utf_16_le', 'UTF-16BE', 'utf16', 'utf-32', 'utf_32_be', 'U32', 'utf-8-sig', 'UTF_8_SIG']:
    ci = codecs.lookup(n)
    print(n, ci.name, len(ci), isinstance(ci, tuple), ci[0] is ci.encode, ci[1] is ci.decode,
          repr(ci).startswith('<codecs.CodecInfo object for encoding ' + ci.name + ' at 0x'))
t('lookup bad', lambda: codecs.lookup('nope'))
t('lookup int', lambda: codecs.lookup(1))
t('lookup same', lambda: codecs.lookup('utf8') is codecs.lookup('UTF-8'))

print('-- encode/decode')
for enc in ['utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-32-be', 'utf-8-sig']:
    t('encode ' + enc, lambda: codecs.encode('h\xe9', enc) if enc != 'ascii' else codecs.encode('hi', enc))
    t('roundtrip ' + enc, lambda: codecs.decode(codecs.encode('hi', enc), enc))
    t('ci.encode ' + enc, lambda: codecs.lookup(enc).encode('hi'))
    t('ci.decode ' + enc, lambda: codecs.lookup(enc).decode(codecs.encode('hi', enc)))
t('encode default', lambda: codecs.encode('\u20ac'))
t('decode default', lambda: codecs.decode(b'\xe2\x82\xac'))
t('decode memoryview', lambda: codecs.decode(memoryview(b'abc'), 'ascii'))
t('decode bytearray', lambda: codecs.lookup('latin-1').decode(bytearray(b'\xe9')))
t('encode errors', lambda: codecs.encode('a\xe9', 'ascii', 'replace'))
t('decode errors', lambda: codecs.decode(b'a\xff', 'utf-8', 'backslashreplace'))
t('encode bytes', lambda: codecs.encode(b'a', 'utf-8'))
t('encode bytes latin', lambda: codecs.encode(b'a', 'latin-1'))
t('encode int utf16', lambda: codecs.encode(1, 'utf-16'))
t('decode str', lambda: codecs.decode('a', 'utf-8'))
t('encode unknown', lambda: codecs.encode('a', 'nope'))
t('encode strict fails', lambda: codecs.encode('\xe9', 'ascii'))
t('decode strict fails', lambda: codecs.decode(b'\xff', 'utf-8'))

print('-- constants')
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM_UTF16, codecs.BOM_UTF32)

print('-- getencoder/getdecoder')
t('getencoder', lambda: codecs.getencoder('latin-1')('\xe9'))
t('getdecoder', lambda: codecs.getdecoder('utf-16-le')(b'a\x00'))
t('getencoder bad', lambda: codecs.getencoder('nope'))

print('-- incremental')
chunks8 = [b'a\xc3', b'\xa9', b'\xe2\x82', b'\xac', b'\xf0\x9f', b'\x98', b'\x80z']
t('iterdecode utf-8', lambda: list(codecs.iterdecode(chunks8, 'utf-8')))
t('iterdecode bytes one by one', lambda: ''.join(codecs.iterdecode([bytes([b]) for b in 'h\xe9\u20ac\U0001f600'.encode()], 'utf-8')))
t('iterdecode truncated', lambda: list(codecs.iterdecode([b'a\xc3'], 'utf-8')))
t('iterdecode invalid early', lambda: list(codecs.iterdecode([b'a\xe0\x80', b'b'], 'utf-8')))
t('iterdecode replace', lambda: list(codecs.iterdecode([b'a\xc3'], 'utf-8', 'replace')))
data16 = 'h\xe9\U0001f600'.encode('utf-16')
t('iterdecode utf-16', lambda: ''.join(codecs.iterdecode([data16[i:i + 1] for i in range(len(data16))], 'utf-16')))
data16be = b'\xfe\xff' + 'ab\U0001f600'.encode('utf-16-be')
t('iterdecode utf-16 be bom', lambda: ''.join(codecs.iterdecode([data16be[i:i + 3] for i in range(0, len(data16be), 3)], 'utf-16')))
data32 = 'x\U0001f600'.encode('utf-32')
t('iterdecode utf-32', lambda: ''.join(codecs.iterdecode([data32[i:i + 3] for i in range(0, len(data32), 3)], 'utf-32')))
t('iterdecode utf-8-sig', lambda: ''.join(codecs.iterdecode([b'\xef', b'\xbb\xbfa', b'\xef\xbb\xbf'], 'utf-8-sig')))
t('iterencode utf-8', lambda: list(codecs.iterencode(['a', '\xe9', '', '\u20ac'], 'utf-8')))
t('iterencode utf-16', lambda: b''.join(codecs.iterencode(['a', 'b'], 'utf-16')))
t('iterencode utf-8-sig', lambda: b''.join(codecs.iterencode(['a', 'b'], 'utf-8-sig')))
d = codecs.getincrementaldecoder('utf-16')()
t('inc16', lambda: (d.decode(b'\xff'), d.decode(b'\xfeA'), d.decode(b'\x00', final=True)))
d2 = codecs.getincrementaldecoder('utf-8')()
t('inc8 state', lambda: (d2.decode(b'\xe2'), d2.getstate()[0], d2.decode(b'\x82\xac'), d2.getstate()[0]))
t('inc8 final error', lambda: d2.decode(b'\xe2', final=True))
d2.reset()
t('inc8 reset', lambda: d2.decode(b'ok'))
e = codecs.getincrementalencoder('ascii')('xmlcharrefreplace')
t('incenc errors', lambda: e.encode('a\u20ac'))

print('-- built-in handlers as functions')
ee = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600', 1, 4, 'ordinal not in range(128)')
de = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'invalid start byte')
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
             'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(name)
    t(name + ' encode', lambda: h(ee))
    t(name + ' decode', lambda: h(de))
    t(name + ' int', lambda: h(1))
t('surrogateescape enc', lambda: codecs.lookup_error('surrogateescape')(UnicodeEncodeError('ascii', 'a\udcff\udc80', 1, 3, 'x')))
t('surrogatepass dec', lambda: codecs.lookup_error('surrogatepass')(UnicodeDecodeError('utf-8', b'a\xed\xa0\x80', 1, 2, 'x')))
t('surrogatepass enc', lambda: codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-16-le', 'a\ud800', 1, 2, 'x')))
t('lookup_error bad', lambda: codecs.lookup_error('zz'))
t('lookup_error int', lambda: codecs.lookup_error(1))
t('register int', lambda: codecs.register_error(1, print))
t('register noncallable', lambda: codecs.register_error('x', 1))

print('-- user handlers')
log = []
def logging_handler(exc):
    log.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ('[%s]' % ','.join('%x' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    return ('<%s>' % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error('test.log', logging_handler)
for s in ['caf\xe9', 'a\xe9\xe9b\u20ac', 'x\ud800y', '\U0001f600!']:
    for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32-be']:
        t('enc %s %s' % (enc, ascii(s)), lambda: s.encode(enc, 'test.log'))
for b in [b'a\xffb', b'\xc3', b'\xe0\x80z', b'ok\xed\xa0\x80']:
    for enc in ['ascii', 'utf-8', 'utf-16-le', 'utf-32-le']:
        t('dec %s %s' % (enc, ascii(b)), lambda: b.decode(enc, 'test.log'))
print(log[:6], len(log))
t('str() decode', lambda: str(b'a\xff', 'ascii', 'test.log'))
t('bytearray decode', lambda: bytearray(b'a\xff').decode('utf-8', 'test.log'))

ba = bytearray(b'ab\xffcd\xfe')
def resizing(exc):
    ba.clear()
    return ('?', exc.end)
codecs.register_error('test.resize', resizing)
t('resize during decode', lambda: (ba.decode('utf-8', 'test.resize'), len(ba)))

codecs.register_error('test.bytes', lambda e: (b'<' + str(e.start).encode() + b'>', e.end))
codecs.register_error('test.nonascii', lambda e: ('\xe9', e.end))
codecs.register_error('test.back', lambda e: ('(%d)' % e.start, e.end - len(e.object)))
codecs.register_error('test.skip', lambda e: ('', e.end + 1))
for name, result in [('notuple', 1), ('short', ('x',)), ('long', ('x', 1, 2)), ('badpos', ('x', 'y')),
                     ('badrep', (1, 1)), ('far', ('x', 100)), ('neg', ('x', -100)), ('bigpos', ('x', 2 ** 70)),
                     ('list', ['x', 1]), ('none', None)]:
    codecs.register_error('test.' + name, lambda e, result=result: result)
for name in ['bytes', 'nonascii', 'back', 'skip', 'notuple', 'short', 'long', 'badpos', 'badrep', 'far',
             'neg', 'bigpos', 'list', 'none']:
    h = 'test.' + name
    t('enc ascii ' + name, lambda: 'a\xe9\xe9b'.encode('ascii', h))
    t('enc utf-8 ' + name, lambda: 'a\ud800b'.encode('utf-8', h))
    t('enc latin-1 ' + name, lambda: 'a\u20acb'.encode('latin-1', h))
    t('enc utf-16 ' + name, lambda: 'a\ud800b'.encode('utf-16-le', h))
    t('dec utf-8 ' + name, lambda: b'a\xffb'.decode('utf-8', h))
    t('dec ascii ' + name, lambda: b'a\xffb'.decode('ascii', h))
    t('codecs.encode ' + name, lambda: codecs.encode('a\xe9b', 'ascii', h))

def raising(exc):
    raise KeyError('from handler')
codecs.register_error('test.raise', raising)
t('handler raises', lambda: 'a\xe9'.encode('ascii', 'test.raise'))
t('unknown handler', lambda: 'a\xe9'.encode('ascii', 'test.unknown'))
t('unknown handler unused', lambda: 'abc'.encode('ascii', 'test.unknown'))
codecs.register_error('test.override', lambda e: ('1', e.end))
codecs.register_error('test.override', lambda e: ('2', e.end))
t('override', lambda: '\xe9'.encode('ascii', 'test.override'))
