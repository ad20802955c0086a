# codecs: Bastion's codec registry over the built-in codecs (utf-8, utf-8-sig, ascii, latin-1,
# utf-16 and utf-32 with their -le/-be forms): lookup and CodecInfo, encode/decode,
# register_error/lookup_error (the registry lives in the interpreter, so str.encode and
# bytes.decode call registered handlers), the built-in error handlers as functions, the BOM
# constants, getencoder/getdecoder, and incremental encoders/decoders with iterencode and
# iterdecode. Written for Bastion from CPython 3.11's documented behaviour.
import _codecs
from _codecs import register_error, lookup_error

__all__ = ['lookup', 'encode', 'decode', 'register_error', 'lookup_error', 'CodecInfo',
           'getencoder', 'getdecoder', 'getincrementalencoder', 'getincrementaldecoder',
           'iterencode', 'iterdecode', 'IncrementalEncoder', 'IncrementalDecoder',
           'BufferedIncrementalDecoder', 'strict_errors', 'ignore_errors', 'replace_errors',
           'xmlcharrefreplace_errors', 'backslashreplace_errors', 'namereplace_errors',
           'BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE', 'BOM_UTF16_LE',
           'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE

# The codec's name in messages -> (CodecInfo.name, name in "argument must be str" messages).
_INFO_NAMES = {
    'utf-8': ('utf-8', 'utf_8'), 'utf-8-sig': ('utf-8-sig', 'utf_8'), 'ascii': ('ascii', 'ascii'),
    'latin-1': ('iso8859-1', 'latin_1'), 'utf-16': ('utf-16', 'utf_16'), 'utf-16-le': ('utf-16-le', 'utf_16_le'),
    'utf-16-be': ('utf-16-be', 'utf_16_be'), 'utf-32': ('utf-32', 'utf_32'),
    'utf-32-le': ('utf-32-le', 'utf_32_le'), 'utf-32-be': ('utf-32-be', 'utf_32_be'),
}


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def _check_str(s, fname):
    if not isinstance(s, str):
        raise TypeError('%s() argument 1 must be str, not %s' % (fname, type(s).__name__))


def _as_bytes(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(data).tobytes()


def _make_functions(codec, fname):
    def encode(input, errors='strict'):
        _check_str(input, fname + '_encode')
        return (input.encode(codec, errors), len(input))

    def decode(input, errors='strict'):
        data = _as_bytes(input)
        return (data.decode(codec, errors), len(data))
    return encode, decode


# Decoders that buffer incomplete input: the length of data's prefix that can be decoded
# now without cutting a character (an invalid sequence is never held back).
def _utf8_complete(data, final):
    n = len(data)
    if final:
        return n
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b < 0x80:
            return n
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            if b < 0xC2 or b > 0xF4 or back >= need:
                return n
            if back >= 2:
                second = data[n - back + 1]
                lo, hi = 0x80, 0xBF
                if b == 0xE0: lo = 0xA0
                elif b == 0xED: hi = 0x9F
                elif b == 0xF0: lo = 0x90
                elif b == 0xF4: hi = 0x8F
                if not lo <= second <= hi:
                    return n
            return n - back
    return n


def _utf16_complete(data, final, big):
    n = len(data)
    if final:
        return n
    n -= n % 2
    if n >= 2:
        hi = data[n - 2] if big else data[n - 1]
        if 0xD8 <= hi <= 0xDB:
            n -= 2
    return n


def _utf32_complete(data, final):
    n = len(data)
    return n if final else n - n % 4


class IncrementalEncoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + _as_bytes(input)
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _incremental_classes(codec):
    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._first = True

        def encode(self, input, final=False):
            out = input.encode(codec, self.errors)
            if not self._first:
                if codec in ('utf-16', 'utf-32', 'utf-8-sig'):
                    out = out[4 if codec == 'utf-32' else 2 if codec == 'utf-16' else 3:]
            self._first = False
            return out

        def reset(self):
            self._first = True

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._codec = codec

        def _buffer_decode(self, data, errors, final):
            c = self._codec
            if c in ('utf-16', 'utf-32', 'utf-8-sig'):
                width = 2 if c == 'utf-16' else 4 if c == 'utf-32' else 3
                if len(data) < width and not final:
                    return ('', 0)
                if c == 'utf-8-sig':
                    self._codec = 'utf-8'
                    skip = 3 if data[:3] == BOM_UTF8 else 0
                    text, used = self._buffer_decode(data[skip:], errors, final)
                    return (text, used + skip)
                bom_le, bom_be = (BOM_UTF16_LE, BOM_UTF16_BE) if width == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)
                if data[:width] == bom_be:
                    self._codec = c + '-be'
                    text, used = self._buffer_decode(data[width:], errors, final)
                    return (text, used + width)
                self._codec = c + '-le'
                if data[:width] == bom_le:
                    text, used = self._buffer_decode(data[width:], errors, final)
                    return (text, used + width)
                return self._buffer_decode(data, errors, final)
            if c.startswith('utf-16'):
                n = _utf16_complete(data, final, c.endswith('be'))
            elif c.startswith('utf-32'):
                n = _utf32_complete(data, final)
            elif c == 'utf-8':
                n = _utf8_complete(data, final)
            else:
                n = len(data)
            return (data[:n].decode(c, errors), n)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._codec = codec
    return Encoder, Decoder


_cache = {}


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = encoding.lower().replace(' ', '-')  # CPython caches by this spelling
    info = _cache.get(key)
    if info is None:
        codec = _codecs._codec_name(encoding)
        name, fname = _INFO_NAMES[codec]
        enc, dec = _make_functions(codec, fname)
        inc_enc, inc_dec = _incremental_classes(codec)
        info = CodecInfo(enc, dec, incrementalencoder=inc_enc, incrementaldecoder=inc_dec, name=name)
        _cache[key] = info
    return info


# Exception types CPython re-creates with the codec named (their __init__ takes a message).
_WRAPPED = (TypeError, IndexError, ValueError, OverflowError, KeyError, LookupError, RuntimeError, AttributeError)


def _wrap(operation, encoding, exc):
    # CPython's wrap_codec_error: same type, "encoding with 'X' codec failed (T: msg)".
    try:
        wrapped = type(exc)("%s with '%s' codec failed (%s: %s)" % (operation, encoding, type(exc).__name__, exc))
    except Exception:
        return exc
    return wrapped


def encode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except _WRAPPED as exc:
        if type(exc) not in _WRAPPED:
            raise
        raise _wrap('encoding', encoding, exc) from exc


def decode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        return info.decode(obj, errors)[0]
    except _WRAPPED as exc:
        if type(exc) not in _WRAPPED:
            raise
        raise _wrap('decoding', encoding, exc) from exc


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# --- The built-in error handlers as callables (lookup_error('replace') etc.) ---------------

def _cannot_handle(exc):
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise _cannot_handle(exc)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise _cannot_handle(exc)


def _escape(c):
    o = ord(c)
    if o < 0x100:
        return '\\x%02x' % o
    if o < 0x10000:
        return '\\u%04x' % o
    return '\\U%08x' % o


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join(_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise _cannot_handle(exc)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise _cannot_handle(exc)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            name = unicodedata.name(c, None)
            out.append('\\N{%s}' % name if name is not None else _escape(c))
        return (''.join(out), exc.end)
    raise _cannot_handle(exc)


def _surrogateescape(exc):
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for b in exc.object[exc.start:exc.end][:4]:
            if b < 128:
                break
            out.append(chr(0xDC00 + b))
        if not out:
            raise exc
        return (''.join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            if not 0xDC80 <= o <= 0xDCFF:
                raise exc
            out.append(o - 0xDC00)
        return (bytes(out), exc.end)
    raise _cannot_handle(exc)


def _surrogatepass(exc):
    enc = exc.encoding.lower().replace('_', '-') if isinstance(exc, UnicodeError) else ''
    if enc in ('utf8', 'utf-8-sig'):
        enc = 'utf-8'
    if isinstance(exc, UnicodeEncodeError):
        out = b''
        for c in exc.object[exc.start:exc.end]:
            if not 0xD800 <= ord(c) <= 0xDFFF or enc not in _SURROGATE_WIDTH:
                raise exc
            out += _encode_surrogate(ord(c), enc)
        return (out, exc.end)
    if isinstance(exc, UnicodeDecodeError):
        width = _SURROGATE_WIDTH.get(enc)
        data = exc.object[exc.start:exc.start + (width or 0)]
        if width is None or len(data) < width:
            raise exc
        if enc == 'utf-8':
            if data[0] & 0xF0 != 0xE0 or data[1] & 0xC0 != 0x80 or data[2] & 0xC0 != 0x80:
                raise exc
            cp = ((data[0] & 0x0F) << 12) | ((data[1] & 0x3F) << 6) | (data[2] & 0x3F)
        else:
            cp = int.from_bytes(data, 'big' if enc.endswith('be') else 'little')
        if not 0xD800 <= cp <= 0xDFFF:
            raise exc
        return (chr(cp), exc.start + width)
    raise _cannot_handle(exc)


_SURROGATE_WIDTH = {'utf-8': 3, 'utf-16-le': 2, 'utf-16-be': 2, 'utf-32-le': 4, 'utf-32-be': 4,
                    'utf-16': 2, 'utf-32': 4}


def _encode_surrogate(cp, enc):
    if enc == 'utf-8':
        return bytes([0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)])
    width = _SURROGATE_WIDTH[enc]
    return cp.to_bytes(width, 'big' if enc.endswith('be') else 'little')


for _name, _handler in [('strict', strict_errors), ('ignore', ignore_errors), ('replace', replace_errors),
                        ('backslashreplace', backslashreplace_errors),
                        ('xmlcharrefreplace', xmlcharrefreplace_errors), ('namereplace', namereplace_errors),
                        ('surrogateescape', _surrogateescape), ('surrogatepass', _surrogatepass)]:
    register_error(_name, _handler)
del _name, _handler
