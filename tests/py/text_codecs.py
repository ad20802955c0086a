# Codecs: utf-8 (strict), ascii, latin-1, utf-16/32 (LE/BE/BOM), aliases, every error
# handler on crafted invalid input, and UnicodeError attributes and messages.
def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, ascii(r))
    except UnicodeError as e:
        print(label, type(e).__name__, ascii(str(e)), ascii(e.object), e.start, e.end, e.reason, e.encoding)
    except Exception as e:
        print(label, type(e).__name__, e)

texts = ['', 'plain ascii', 'caf\xe9 \xff', 'snowman \u2603 euro \u20ac', 'astral \U0001f600 \U00010348', 'mix a\xe9\u0101\U00010000z']
encodings = ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig']
for s in texts:
    for enc in encodings:
        def rt():
            b = s.encode(enc)
            return (b, b.decode(enc) == s)
        t('rt ' + enc + ' ' + ascii(s), rt)

print('-- aliases')
for name in ['UTF8', 'utf_8', 'U8', 'utf 8', ' utf-8 ', 'utf--8', 'Latin 1', 'latin1', 'iso-8859-1', 'ISO8859-1', 'l1', 'us-ascii', '646', 'UTF16', 'utf_16le', 'UTF-32BE', 'cp65001', 'bogus']:
    t('alias ' + name, lambda: 'a\xe9'.encode(name))

print('-- utf-8 invalid input')
bad = [b'\xff', b'\x80', b'\xc0\x80', b'\xc1\xbf', b'\xe0\x80\x80', b'\xe0\x9f\xbf', b'\xed\xa0\x80', b'\xed\xbf\xbf',
       b'\xf0\x80\x80\x80', b'\xf4\x90\x80\x80', b'\xf5\x80\x80\x80', b'\xe2\x82', b'\xf0\x90\x80', b'\xc3',
       b'a\xffb\xfec', b'\xe2\x82A', b'\xf0\x90\x80A', b'ok\xed\xa0\x80\xed\xb0\x80end', b'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'xmlcharrefreplace', 'bogus']
for b in bad:
    for h in handlers:
        t('dec ' + ascii(b) + ' ' + h, lambda: b.decode('utf-8', h))

print('-- other decoders')
for enc, data in [('ascii', b'a\x80\x81b\xff'), ('latin-1', bytes(range(250, 256))),
                  ('utf-16-le', b'\x00'), ('utf-16-le', b'\x00\xd8'), ('utf-16-le', b'\x00\xd8\x41'), ('utf-16-le', b'\x00\xd8\x41\x00'),
                  ('utf-16-le', b'\x00\xdc'), ('utf-16-le', b'\x00\xdcA\x00'), ('utf-16-be', b'\xd8\x00\xdc\x00'), ('utf-16', b'\xfe\xff\x00A'),
                  ('utf-16', b'\xff\xfeA\x00'), ('utf-16', b'A\x00'), ('utf-16', b'\xff'), ('utf-16', b'\xfe\xff\xd8\x00'),
                  ('utf-32-le', b'\x00\xdc\x00\x00'), ('utf-32-le', b'\x00\x00\x11\x00'), ('utf-32-le', b'\x00\x00\x11'),
                  ('utf-32', b'\x00\x00\xfe\xff\x00\x00\x00A'), ('utf-32', b'\x00\x00\x11'), ('utf-32-be', b'\x00\x00\xd8\x00'),
                  ('utf-8-sig', b'\xef\xbb\xbfabc'), ('utf-8-sig', b'abc'), ('utf-8-sig', b'\xef\xbb')]:
    for h in handlers:
        t('dec ' + enc + ' ' + ascii(data) + ' ' + h, lambda: data.decode(enc, h))

print('-- encoders')
strs = ['a\u20ac', 'a\u20ac\u20acb\u20ac', '\xe9\xff', '\ud800', '\udc80\udcff', '\udc80\ud800', 'x\ud83d\ude00y', '\U0001f600', 'a\udcffb']
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-16-be', 'utf-16', 'utf-32-le', 'utf-32']:
    for s in strs:
        for h in handlers:
            t('enc ' + enc + ' ' + ascii(s) + ' ' + h, lambda: s.encode(enc, h))

print('-- round trips with surrogateescape')
for data in [b'\xff\xfe', b'abc\x80', bytes(range(128, 256))]:
    s = data.decode('utf-8', 'surrogateescape')
    print(ascii(s), s.encode('utf-8', 'surrogateescape') == data)

print('-- exceptions')
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'custom reason')
print(str(e), e.start, e.end, e.reason, e.encoding, e.object)
e = UnicodeEncodeError('ascii', 'a\u20ac', 1, 2, 'nope')
print(str(e), e.start, e.end, e.reason)
try:
    b'\xff'.decode()
except ValueError as e:
    print('caught as ValueError', type(e).__name__, isinstance(e, UnicodeError))
t('str(b, enc)', lambda: str(b'caf\xc3\xa9', 'utf-8'))
t('str(b, enc, err)', lambda: str(b'caf\xe9', 'utf-8', 'replace'))
t('str(ba)', lambda: str(bytearray(b'x\xff'), 'latin-1'))
t('enc kw', lambda: 'x'.encode(encoding='utf-16-be', errors='strict'))
t('enc bad type', lambda: 'x'.encode(3))
t('dec kw', lambda: b'x'.decode(errors='ignore', encoding='ascii'))
