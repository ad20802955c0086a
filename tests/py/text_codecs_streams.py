# codecs: stream readers and writers (getreader/getwriter, StreamReaderWriter via
# codecs.open, StreamRecoder via EncodedFile), incremental codecs across chunk boundaries
# (utf-8 split inside a character, BOM handling of utf-16/utf-32/utf-8-sig, getstate and
# setstate), iterencode/iterdecode, and codecs.register/unregister search functions.
import codecs
import io
import time

TEXT = 'héllo wörld\r\nline € two\nthird 𝄞 line\rlast'
CODECS = ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
          'latin-1', 'ascii']

def sample(c):
    return TEXT if c not in ('latin-1', 'ascii') else TEXT.encode('ascii', 'replace').decode('ascii')

print('--- classes')
print(codecs.StreamReader, codecs.StreamWriter, codecs.StreamReaderWriter, codecs.StreamRecoder)
print(codecs.StreamWriter.__mro__, codecs.Codec)
for c in ['utf-8', 'latin-1', 'utf-16']:
    info = codecs.lookup(c)
    print(c, info.streamreader.__name__, info.streamwriter.__name__, info[2] is info.streamreader,
          info[3] is info.streamwriter, issubclass(info.streamreader, codecs.StreamReader),
          issubclass(info.streamwriter, codecs.StreamWriter), codecs.getreader(c) is info.streamreader,
          codecs.getwriter(c) is info.streamwriter)

print('--- incremental decoding, one byte at a time and in odd chunks')
for c in CODECS:
    text = sample(c)
    data = text.encode(c)
    for step in (1, 2, 3, 5, 7):
        d = codecs.getincrementaldecoder(c)()
        parts = [d.decode(data[i:i + step]) for i in range(0, len(data), step)]
        out = ''.join(parts) + d.decode(b'', True)
        assert out == text, (c, step, out)
    d = codecs.getincrementaldecoder(c)()
    print(c, repr(d.decode(data[:3])), d.getstate(), repr(d.decode(data[3:6])), d.getstate())

print('--- incremental utf-8 edge cases')
d = codecs.getincrementaldecoder('utf-8')()
for chunk in [b'\xe2', b'\x82', b'\xac', b'a\xf0\x9d', b'\x84\x9e', b'\xc3']:
    print(repr(d.decode(chunk)), d.getstate())
try:
    d.decode(b'', True)
except UnicodeDecodeError as e:
    print('final:', e)
d.reset()
print(d.getstate())
for errors in ['replace', 'ignore', 'backslashreplace']:
    d = codecs.getincrementaldecoder('utf-8')(errors)
    print(errors, repr(d.decode(b'ab\xe2\x82') + d.decode(b'x\xff') + d.decode(b'\xe2', True)))
d = codecs.getincrementaldecoder('utf-8')()
try:
    d.decode(b'ok\xc3(')
except UnicodeDecodeError as e:
    print('invalid:', e.reason)
d = codecs.getincrementaldecoder('utf-8')()
d.setstate((b'\xe2\x82', 0))
print(repr(d.decode(b'\xac!')), d.getstate())

print('--- BOM codecs')
for c in ['utf-16', 'utf-32', 'utf-8-sig']:
    e = codecs.getincrementalencoder(c)()
    print(c, e.getstate(), e.encode('a'), e.getstate(), e.encode(''), e.encode('b', True))
    e.reset()
    print(e.getstate(), e.encode(''))
    e.setstate(0)
    print(e.encode('z'))
    d = codecs.getincrementaldecoder(c)()
    print(d.getstate(), repr(d.decode(b'\xef' if c == 'utf-8-sig' else b'\xff')), d.getstate())
    for data in ['xy'.encode(c), 'xy'.encode(c)[:1]]:
        d = codecs.getincrementaldecoder(c)()
        try:
            print(repr(d.decode(data)), repr(d.decode(b'', True)))
        except UnicodeError as exc:
            print(type(exc).__name__, exc)
for c, other in [('utf-16', 'utf-16-be'), ('utf-32', 'utf-32-be')]:
    d = codecs.getincrementaldecoder(c)()
    data = codecs.BOM_UTF16_BE if c == 'utf-16' else codecs.BOM_UTF32_BE
    print(c, repr(d.decode(data + 'big'.encode(other))), d.getstate())
    d2 = codecs.getincrementaldecoder(c)()
    d2.setstate(d.getstate())
    print(repr(d2.decode('more'.encode(other))))
    d = codecs.getincrementaldecoder(c)()
    try:
        d.decode('no bom'.encode(c + '-le'))
    except UnicodeError as exc:
        print(type(exc).__name__, exc)
d = codecs.getincrementaldecoder('utf-8-sig')()
print(repr(d.decode(b'\xef')), repr(d.decode(b'\xbb')), repr(d.decode(b'\xbfabc')), d.getstate())
d = codecs.getincrementaldecoder('utf-8-sig')()
print(repr(d.decode(b'a')), repr(d.decode(b'\xef\xbb\xbf')), d.getstate())

print('--- iterencode / iterdecode')
for c in ['utf-8', 'utf-16', 'utf-8-sig', 'utf-32-be']:
    chunks = list(codecs.iterencode(['ab', '', 'é€', '𝄞'], c))
    print(c, chunks)
    data = b''.join(chunks)
    print(repr(''.join(codecs.iterdecode([data[i:i + 1] for i in range(len(data))], c))))
print(list(codecs.iterdecode([b'a\xc3', b'\xa9', b''], 'utf-8')))
try:
    list(codecs.iterdecode([b'a\xc3'], 'utf-8'))
except UnicodeDecodeError as e:
    print('iterdecode:', e)

print('--- StreamWriter')
for c in CODECS:
    buf = io.BytesIO()
    w = codecs.getwriter(c)(buf)
    w.write('ab')
    w.write('')
    w.writelines(['c', 'dé' if c not in ('ascii',) else 'de'])
    print(c, buf.getvalue(), w.getvalue() == buf.getvalue(), w.errors)
buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('x')
w.seek(0)
w.write('y')
w.write('z')
print(buf.getvalue())
w = codecs.getwriter('ascii')(io.BytesIO(), 'replace')
w.write('é!')
print(w.stream.getvalue())
try:
    codecs.getwriter('ascii')(io.BytesIO()).write('é')
except UnicodeEncodeError as e:
    print('writer:', e)
try:
    codecs.getwriter('utf-8')(io.BytesIO()).write(5)
except TypeError as e:
    print('writer:', e)
with codecs.getwriter('utf-8')(io.BytesIO()) as w:
    w.write('ctx')
print(w.closed)

print('--- StreamReader')
for c in CODECS:
    text = sample(c)
    data = text.encode(c)
    r = codecs.getreader(c)(io.BytesIO(data))
    print(c, repr(r.read()))
    r = codecs.getreader(c)(io.BytesIO(data))
    print(repr(r.readline()), repr(r.readline(keepends=False)), repr(r.read(4)), r.readlines())
    r = codecs.getreader(c)(io.BytesIO(data))
    print([line for line in r])
    r = codecs.getreader(c)(io.BytesIO(data))
    print(repr(r.read(3)), repr(r.read(1, 2)), repr(r.readline(5)), repr(r.read(chars=3)))
    r.seek(0)
    print(repr(r.readline()), r.readlines(keepends=False))
r = codecs.getreader('utf-8')(io.BytesIO(b'abc\xc3'))
print(repr(r.read()), r.bytebuffer)
for data in [b'one\ntwo\xff\nthree', b'one\ntwo\n' + b'x' * 100 + b'\xff']:
    r = codecs.getreader('utf-8')(io.BytesIO(data))
    try:
        print(repr(r.readline(10)), repr(r.readline(10)), repr(r.readline()))
    except UnicodeDecodeError as e:
        print('reader:', e.reason, e.start)
r = codecs.getreader('utf-8')(io.BytesIO(b'a\xffb'), 'replace')
print(repr(r.read()))
try:
    codecs.getreader('utf-16')(io.BytesIO(b'a\x00b\x00')).read()
except UnicodeError as e:
    print('reader:', e)
r = codecs.getreader('utf-8-sig')(io.BytesIO(codecs.BOM_UTF8 + b'x\r\ny'))
print(r.readlines(), r.read())
r = codecs.getreader('utf-8')(io.BytesIO((('x' * 100 + '\n') * 3 + 'end').encode()))
print([len(line) for line in r])
r = codecs.getreader('utf-8')(io.BytesIO('a\rb\r\nc\u2028d\x0ce'.encode()))
print([r.readline() for _ in range(6)])

print('--- StreamReaderWriter and codecs.open')
path = '/tmp/bastion_codecs_streams_%d.txt' % time.time_ns()
with codecs.open(path, 'w', 'utf-16') as f:
    print(type(f).__name__, f.encoding, f.mode)
    f.write('first é\n')
    f.writelines(['second\n', 'third 𝄞'])
with open(path, 'rb') as f:
    raw = f.read()
print(raw[:4], len(raw))
with codecs.open(path, 'r', 'utf-16') as f:
    print(repr(f.readline()), f.readlines())
    f.seek(0)
    print(repr(f.read()))
with codecs.open(path, encoding='utf-16') as f:
    print([line for line in f])
f = codecs.open(path, 'rb')
print(type(f).__name__, f.read()[:2])
f.close()
with codecs.open(path, 'w', 'latin-1', 'replace') as f:
    f.write('a€b')
with codecs.open(path, 'r', 'latin-1') as f:
    print(repr(f.read()))
try:
    codecs.open(path, 'r', 'no-such-codec')
except LookupError as e:
    print('open:', e)

print('--- EncodedFile')
buf = io.BytesIO()
ef = codecs.EncodedFile(buf, 'utf-8', 'utf-16-le')
ef.write('né'.encode('utf-8'))
ef.writelines([b'\n', 'x€'.encode('utf-8')])
print(buf.getvalue(), ef.data_encoding, ef.file_encoding)
ef = codecs.EncodedFile(io.BytesIO('a€\nb'.encode('utf-16-le')), 'utf-8', 'utf-16-le')
print(ef.readline(), ef.read())
ef = codecs.EncodedFile(io.BytesIO('a\nbé'.encode('latin-1')), 'utf-8', 'latin-1')
print(ef.readlines())

print('--- register / lookup / unregister')
seen = []

class Rot13Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return (input.translate(ROT), len(input))
    def decode(self, input, errors='strict'):
        return (bytes(input).decode('ascii').translate(ROT).encode('ascii'), len(input))

ROT = str.maketrans('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
                    'nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM')

class Rot13Writer(Rot13Codec, codecs.StreamWriter):
    pass

class Rot13Reader(codecs.StreamReader):
    def decode(self, input, errors='strict'):
        return (bytes(input).decode('ascii').translate(ROT), len(input))

def search(name):
    seen.append(name)
    if name == 'my_rot13':
        c = Rot13Codec()
        return codecs.CodecInfo(c.encode, c.decode, Rot13Reader, Rot13Writer, name='my-rot13')
    if name == 'bad_result':
        return 'nope'
    if name == 'plain_tuple':
        return (1, 2, 3, 4)
    return None

print(codecs.register(search))
for name in ['My-Rot13', 'my rot13', '  MY--rot13  ', 'my_rot13']:
    info = codecs.lookup(name)
    print(name, info.name, type(info).__name__)
print(seen)
print(codecs.lookup('my_rot13') is codecs.lookup('MY ROT13'))
print(codecs.encode('Hello', 'my-rot13'), codecs.decode(b'Uryyb', 'my-rot13'))
print(codecs.getencoder('my-rot13')('abc'), codecs.lookup('utf-8').name, codecs.lookup('UTF8').name)
buf = io.StringIO()
w = codecs.getwriter('my-rot13')(buf)
w.write('Stream')
print(type(w).__name__, buf.getvalue())
print(repr(codecs.getreader('my-rot13')(io.BytesIO(b'Fgernz\nyvar')).readline()))
print(codecs.lookup('plain_tuple'))
for name in ['bad_result', 'no such', 'dotted.name-x', 'a\xe9b']:
    try:
        codecs.lookup(name)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(seen[-4:])
for bad in [3, None]:
    try:
        codecs.register(bad)
    except TypeError as e:
        print(e)
try:
    codecs.lookup('x\0y')
except ValueError as e:
    print(e)
try:
    codecs.lookup(b'utf-8')
except TypeError as e:
    print(e)
codecs.unregister(search)
codecs.unregister(search)
try:
    codecs.lookup('my-rot13')
except LookupError as e:
    print(e)
calls = []
def first(name):
    calls.append(('first', name))
def second(name):
    calls.append(('second', name))
    return codecs.lookup('latin-1') if name == 'alias_of_latin' else None
codecs.register(first)
codecs.register(second)
print(codecs.lookup('Alias of latin').name, calls)
print(codecs.lookup('utf-8').name, calls[-1])
codecs.unregister(first)
codecs.unregister(second)

print('--- str.encode / bytes.decode through registered codecs')
class Upper(codecs.Codec):
    def encode(self, input, errors='strict'):
        if input == 'boom':
            raise ValueError('no boom')
        return (input.upper().encode('ascii', errors), len(input))
    def decode(self, input, errors='strict'):
        return (bytes(input).decode('ascii', errors).lower(), len(input))

def search2(name):
    if name == 'upper_ascii':
        c = Upper()
        return codecs.CodecInfo(c.encode, c.decode, name='upper-ascii')
    if name == 'binary_thing':
        return codecs.CodecInfo(lambda s, e='strict': (b'x', 1), lambda b, e='strict': ('y', 1),
                                name='binary-thing', _is_text_encoding=False)
    if name == 'returns_str':
        return codecs.CodecInfo(lambda s, e='strict': ('str!', 1), lambda b, e='strict': (b'bytes!', 1), name='rs')
    if name == 'returns_bad':
        return codecs.CodecInfo(lambda s, e='strict': 'oops', lambda b, e='strict': ['x'], name='rb')
    if name == 'returns_bytearray':
        return codecs.CodecInfo(lambda s, e='strict': (bytearray(b'ba'), 1), lambda b, e='strict': ('ok', 1), name='rba')
    if name == 'plain_tuple2':
        return (lambda s, e='strict': (b'T', 1), lambda b, e='strict': ('t', 1), None, None)
    return None

codecs.register(search2)
print('héllo'.encode('upper ascii', 'replace'), b'ABC'.decode('Upper-ASCII'), bytearray(b'XY').decode('upper_ascii'))
print('abc'.encode('plain tuple2'), b'abc'.decode('plain-tuple2'))
print(codecs.encode('q', 'binary_thing'), codecs.decode(b'q', 'binary_thing'))
tests = [lambda: 'boom'.encode('upper_ascii'), lambda: 'é'.encode('upper_ascii'),
         lambda: 'a'.encode('binary_thing'), lambda: b'a'.decode('binary_thing'),
         lambda: 'a'.encode('returns_str'), lambda: b'a'.decode('returns_str'),
         lambda: 'a'.encode('returns_bad'), lambda: b'a'.decode('returns_bad'),
         lambda: 'a'.encode('still-unknown'), lambda: b'a'.decode('still unknown'),
         lambda: 'a'.encode('returns_bytearray'), lambda: b'\xff'.decode('upper_ascii'),
         lambda: codecs.encode('boom', 'upper_ascii')]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
codecs.unregister(search2)
try:
    'a'.encode('upper_ascii')
except LookupError as e:
    print(e)

print('--- incremental utf-8: errors seen with the following byte, truncated surrogates wait')
for chunks in [[b'\xe2', b'\xc3'], [b'\xed\xc3', b'\xbf'], [b'\xed', b'\xbb'], [b'\xed\xa0', b'\xc3'], [b'\xed\xbf'],
               [b'\xed\xa0', b'\x80'], [b'ok\xf0\x9f', b'\x98'], [b'\xf4\x90']]:
    for errors in ['strict', 'replace', 'surrogatepass']:
        d = codecs.getincrementaldecoder('utf-8')(errors)
        out = []
        try:
            for ch in chunks:
                out.append(d.decode(ch))
                out.append(d.getstate())
            out.append(d.decode(b'', True))
            print(chunks, errors, ascii(out))
        except UnicodeDecodeError as e:
            print(chunks, errors, ascii(out), e.reason, e.start, e.end)
import os
os.remove(path)
print(os.path.exists(path))
