# codecs: Bastion's codec registry over the built-in codecs (utf-8, utf-8-sig, ascii, latin-1,
# utf-16 and utf-32 with their -le/-be forms, unicode_escape and raw_unicode_escape from
# _codecs (objects/codecs_escape.cpp)) and codecs registered with register(): lookup
# and CodecInfo, encode/decode, register_error/lookup_error (the registry lives in the
# interpreter, so str.encode and bytes.decode call registered handlers), the built-in error
# handlers as functions, the BOM constants, getencoder/getdecoder/getreader/getwriter,
# incremental encoders/decoders (decoders keep an incomplete trailing sequence for the next
# chunk) with iterencode and iterdecode, each built-in codec's stream reader and writer
# (the stream classes are in codecs_streams.py), open and EncodedFile.
# Written for Bastion from CPython 3.11's documented behaviour.
import builtins
import sys
import _codecs
from _codecs import register_error, lookup_error
from codecs_streams import Codec, StreamWriter, StreamReader, StreamReaderWriter, StreamRecoder
from _codecs import (unicode_escape_encode, unicode_escape_decode, raw_unicode_escape_encode,
                           raw_unicode_escape_decode, escape_encode, escape_decode)

__all__ = ['register', 'unregister', 'lookup', 'encode', 'decode', 'open', 'EncodedFile',
           'Codec', 'StreamWriter', 'StreamReader', 'StreamReaderWriter', 'StreamRecoder',
           'getreader', 'getwriter', 'register_error', 'lookup_error', 'CodecInfo',
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
                elif b == 0xED and back == 2: hi = 0xBF  # a truncated surrogate waits too (CPython)
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


# (text, bytes consumed) of a codec with a fixed byte order: incomplete trailing input is
# kept back unless `final` (what CPython's utf_8_decode(data, errors, final) returns).
def _decode_part(codec, data, errors, final):
    data = _as_bytes(data)
    if codec.startswith('utf-16'):
        n = _utf16_complete(data, final, codec.endswith('be'))
    elif codec.startswith('utf-32'):
        n = _utf32_complete(data, final)
    elif codec == 'utf-8':
        n = _utf8_complete(data, final)
    else:
        n = len(data)
    try:
        return (data[:n].decode(codec, errors), n)
    except UnicodeDecodeError as exc:
        if not final and exc.reason == 'truncated data' and exc.end == n and 0 <= exc.start < n:
            # An error handler resumed inside a UTF-16/32 unit: the incomplete unit at the
            # end waits for more input, as in CPython's stateful decoders.
            return (data[:exc.start].decode(codec, errors), exc.start)
        if n >= len(data) or exc.end != n:
            raise
        # The prefix ends inside a sequence that the held-back bytes interrupt: with the
        # next byte the error is CPython's ("invalid continuation byte", same range).
        try:
            data[:n + 1].decode(codec, errors)
        except UnicodeDecodeError:
            raise
        raise exc


_NATIVE = 'le' if sys.byteorder == 'little' else 'be'


def _codec_classes(codec, fname, encode):
    """The incremental encoder and decoder, stream writer and reader of a built-in codec.
    utf-16 and utf-32 write a BOM first and need one to read (else UnicodeError);
    utf-8-sig writes a BOM first and skips one when reading."""
    bom_width = {'utf-16': 2, 'utf-32': 4}.get(codec)
    if bom_width:
        bom_le, bom_be = (BOM_UTF16_LE, BOM_UTF16_BE) if bom_width == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)

    def check(input):
        _check_str(input, fname + '_encode')

    def bom_decode(self, data, errors, final):
        # Before the byte order is known (self._order is None): a BOM decides it.
        if self._order is None:
            data = _as_bytes(data)
            head = data[:bom_width]
            if head == bom_le or head == bom_be:
                self._order = 'le' if head == bom_le else 'be'
                text, used = _decode_part(codec + '-' + self._order, data[bom_width:], errors, final)
                return (text, used + bom_width)
            text, used = _decode_part(codec + '-' + _NATIVE, data, errors, final)
            if used >= bom_width:
                raise UnicodeError('%s stream does not start with BOM' % codec.upper())
            return (text, used)
        return _decode_part(codec + '-' + self._order, data, errors, final)

    def sig_decode(self, data, errors, final):
        # utf-8-sig: a BOM (or the start of one) at the start is skipped.
        if self._first:
            data = _as_bytes(data)
            if len(data) < 3 and BOM_UTF8.startswith(data):
                return ('', 0)
            self._first = 0
            if data[:3] == BOM_UTF8:
                text, used = _decode_part('utf-8', data[3:], errors, final)
                return (text, used + 3)
        return _decode_part('utf-8', data, errors, final)

    def first_encode(input, errors):
        # The first piece of a utf-16/utf-32/utf-8-sig stream: with its BOM.
        check(input)
        if codec == 'utf-8-sig':
            return BOM_UTF8 + input.encode('utf-8', errors)
        return input.encode(codec, errors)

    def rest_encode(input, errors):
        check(input)
        if bom_width:
            return input.encode(codec + '-' + _NATIVE, errors)
        return input.encode('utf-8' if codec == 'utf-8-sig' else codec, errors)

    if bom_width or codec == 'utf-8-sig':
        class Encoder(IncrementalEncoder):
            def __init__(self, errors='strict'):
                IncrementalEncoder.__init__(self, errors)
                self._first = 1

            def encode(self, input, final=False):
                if self._first:
                    out = first_encode(input, self.errors)
                    self._first = 0
                    return out
                return rest_encode(input, self.errors)

            def reset(self):
                IncrementalEncoder.reset(self)
                self._first = 1

            def getstate(self):
                if bom_width:
                    return 2 if self._first else 0
                return self._first

            def setstate(self, state):
                self._first = (1 if state else 0) if bom_width else state

        class Writer(StreamWriter):
            def __init__(self, stream, errors='strict'):
                StreamWriter.__init__(self, stream, errors)
                self._first = True

            def encode(self, input, errors='strict'):
                if self._first:
                    out = first_encode(input, errors)
                    self._first = False
                else:
                    out = rest_encode(input, errors)
                return (out, len(input))

            def reset(self):
                StreamWriter.reset(self)
                self._first = True
    else:
        class Encoder(IncrementalEncoder):
            def encode(self, input, final=False):
                check(input)
                return input.encode(codec, self.errors)

        class Writer(StreamWriter):
            def encode(self, input, errors='strict'):
                return encode(input, errors)

    if bom_width:
        class Decoder(BufferedIncrementalDecoder):
            def __init__(self, errors='strict'):
                BufferedIncrementalDecoder.__init__(self, errors)
                self._order = None

            _buffer_decode = bom_decode

            def reset(self):
                BufferedIncrementalDecoder.reset(self)
                self._order = None

            def getstate(self):
                # 0: the platform's byte order, 1: the other one, 2: not known yet.
                return (self.buffer, 2 if self._order is None else int(self._order != _NATIVE))

            def setstate(self, state):
                BufferedIncrementalDecoder.setstate(self, state)
                other = 'be' if _NATIVE == 'le' else 'le'
                self._order = _NATIVE if state[1] == 0 else other if state[1] == 1 else None

        class Reader(StreamReader):
            def __init__(self, stream, errors='strict'):
                StreamReader.__init__(self, stream, errors)
                self._order = None

            def decode(self, input, errors='strict'):
                return bom_decode(self, input, errors, False)

            def reset(self):
                StreamReader.reset(self)
                self._order = None
    elif codec == 'utf-8-sig':
        class Decoder(BufferedIncrementalDecoder):
            def __init__(self, errors='strict'):
                BufferedIncrementalDecoder.__init__(self, errors)
                self._first = 1

            _buffer_decode = sig_decode

            def reset(self):
                BufferedIncrementalDecoder.reset(self)
                self._first = 1

            def getstate(self):
                return (self.buffer, self._first)

            def setstate(self, state):
                BufferedIncrementalDecoder.setstate(self, state)
                self._first = state[1]

        class Reader(StreamReader):
            def __init__(self, stream, errors='strict'):
                StreamReader.__init__(self, stream, errors)
                self._first = 1

            def decode(self, input, errors='strict'):
                return sig_decode(self, input, errors, False)

            def reset(self):
                StreamReader.reset(self)
                self._first = 1
    else:
        class Decoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, data, errors, final):
                return _decode_part(codec, data, errors, final)

        class Reader(StreamReader):
            def decode(self, input, errors='strict'):
                return _decode_part(codec, input, errors, False)

    module = 'encodings.' + fname
    for cls, name in ((Encoder, 'IncrementalEncoder'), (Decoder, 'IncrementalDecoder'),
                      (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = name
        cls.__module__ = module
    return Encoder, Decoder, Writer, Reader


_cache = {}            # built-in codecs by spelling
_search_functions = []  # codecs.register
_search_cache = {}     # what they found, by normalized name


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    for i, f in enumerate(_search_functions):
        if f is search_function:
            del _search_functions[i]
            break
    _search_cache.clear()


def _normalize(encoding):
    # CPython's normalizestring: ASCII letters lowered, digits and '.' kept, every other
    # run of characters one '_' (none at the start or end).
    out = []
    punct = False
    for c in encoding:
        if ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9') or c == '.':
            if punct and out:
                out.append('_')
            punct = False
            out.append(c.lower())
        else:
            punct = True
    return ''.join(out)


def _builtin_info(encoding):
    key = encoding.lower().replace(' ', '-')  # CPython caches by this spelling
    info = _cache.get(key)
    if info is None:
        codec = _codecs._codec_name(encoding)
        name, fname = _INFO_NAMES[codec]
        enc, dec = _make_functions(codec, fname)
        inc_enc, inc_dec, writer, reader = _codec_classes(codec, fname, enc)
        info = CodecInfo(enc, dec, reader, writer, incrementalencoder=inc_enc, incrementaldecoder=inc_dec,
                         name=name)
        _cache[key] = info
    return info


# The escape codecs (_codecs's functions), as CPython's encodings.unicode_escape and
# encodings.raw_unicode_escape: found by the normalized name before registered functions.
def _escape_info(key):
    info = _cache.get('escape:' + key)
    if info is not None:
        return info
    encode, decode = ((unicode_escape_encode, unicode_escape_decode) if key == 'unicode_escape'
                      else (raw_unicode_escape_encode, raw_unicode_escape_decode))
    module = 'encodings.' + key

    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    class EscapeCodec(Codec):
        pass
    EscapeCodec.encode = staticmethod(encode)
    EscapeCodec.decode = staticmethod(decode)

    class Writer(EscapeCodec, StreamWriter):
        pass

    class Reader(EscapeCodec, StreamReader):
        def decode(self, input, errors='strict'):
            return decode(input, errors, False)

    for cls, name in ((Encoder, 'IncrementalEncoder'), (Decoder, 'IncrementalDecoder'),
                      (Writer, 'StreamWriter'), (Reader, 'StreamReader'), (EscapeCodec, 'Codec')):
        cls.__name__ = cls.__qualname__ = name
        cls.__module__ = module
    info = CodecInfo(encode, decode, Reader, Writer, incrementalencoder=Encoder, incrementaldecoder=Decoder,
                     name=key.replace('_', '-'))
    _cache['escape:' + key] = info
    return info


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    if '\0' in encoding:
        raise ValueError('embedded null character')
    try:
        return _builtin_info(encoding)
    except LookupError:
        key = _normalize(encoding)
        if key in ('unicode_escape', 'raw_unicode_escape'):
            return _escape_info(key)
        if not _search_functions:
            raise
    info = _search_cache.get(key)
    if info is not None:
        return info
    for search in list(_search_functions):
        info = search(key)
        if info is None:
            continue
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _search_cache[key] = info
        return info
    raise LookupError('unknown encoding: %s' % encoding)


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


# str.encode / bytes.decode of a name the built-in codecs do not know (called from
# objects/codecs.cpp): a codec from a search function, as CPython's _PyCodec_EncodeText.
def _text_codec(encoding, operation):
    info = lookup(encoding)
    if type(info) is not tuple and not getattr(info, '_is_text_encoding', True):
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs"
                          % (encoding, operation))
    return info


def _call_codec(function, data, errors, operation, encoding):
    try:
        result = function(data, errors)
    except _WRAPPED as exc:
        if type(exc) not in _WRAPPED:
            raise
        raise _wrap(operation, encoding, exc) from exc
    if not isinstance(result, tuple) or len(result) != 2:
        # (CPython's two messages differ by a space)
        raise TypeError('encoder must return a tuple (object, integer)' if operation == 'encoding'
                        else 'decoder must return a tuple (object,integer)')
    return result[0]


def _registered_encode(text, encoding, errors):
    out = _call_codec(_text_codec(encoding, 'encode')[0], text, errors, 'encoding', encoding)
    if isinstance(out, bytearray):
        out = bytes(out)
    if type(out) is not bytes:
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types"
                        % (encoding, type(out).__name__))
    return out


def _registered_decode(data, encoding, errors):
    out = _call_codec(_text_codec(encoding, 'decode')[1], data, errors, 'decoding', encoding)
    if not isinstance(out, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types"
                        % (encoding, type(out).__name__))
    return out if type(out) is str else str.__getitem__(out, slice(None))


# str.encode / bytes.decode reach this module's registry through these (objects/codecs.cpp).
_codecs._set_text_codecs(_registered_encode, _registered_decode)


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


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """The file opened in binary mode, wrapped to encode writes and decode reads."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader, file_info.streamwriter,
                       errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


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
