# codecs_escape: the unicode_escape and raw_unicode_escape codecs (both directions) as
# CPython 3.11's _codecs functions unicode_escape_encode/decode and
# raw_unicode_escape_encode/decode, with the error handlers of the codec registry (the
# exception is a UnicodeDecodeError named 'unicodeescape' / 'rawunicodeescape' with CPython's
# messages and positions) and `final` for the incremental decoders; and the bytes-to-bytes
# escape_decode / escape_encode (strict, ignore, replace only; ValueError). lib/codecs.py builds the
# CodecInfo objects and re-exports these functions. Sizes are Python ints: a huge input
# fails with MemoryError, never a wrapped size.
# Written for Bastion from CPython 3.11's documented behaviour.
import _codecs

_SIMPLE = {0x5c: '\\', 0x27: "'", 0x22: '"', 0x62: '\b', 0x66: '\f', 0x74: '\t',
           0x6e: '\n', 0x72: '\r', 0x76: '\v', 0x61: '\a'}
_HEX = {'x': (2, 'truncated \\xXX escape'), 'u': (4, 'truncated \\uXXXX escape'),
        'U': (8, 'truncated \\UXXXXXXXX escape')}
_OCT = b'01234567'


def _hex_value(c):
    # The value of one ASCII hex digit (a byte), or -1.
    if 0x30 <= c <= 0x39:
        return c - 0x30
    if 0x61 <= c <= 0x66:
        return c - 0x57
    if 0x41 <= c <= 0x46:
        return c - 0x37
    return -1


_HEX_DIGITS = b'0123456789abcdefABCDEF'


def _hex_escape(data, s, count):
    # The `count` hex digits at data[s:]: (value, position after them, False), or where a
    # non-digit or the end stops them: (-1, its position, whether the end did).
    digits = data[s:s + count]
    if len(digits) == count and not digits.strip(_HEX_DIGITS):
        return int(digits, 16), s + count, False
    k = 0
    while k < len(digits) and _hex_value(digits[k]) >= 0:
        k += 1
    return -1, s + k, k == len(digits)


def _data(data):
    # The s* argument: a str is encoded as UTF-8, else a bytes-like object.
    if isinstance(data, str):
        return data.encode('utf-8')
    if isinstance(data, bytes):
        return bytes.__getitem__(data, slice(None))  # (not a subclass's __bytes__)
    if isinstance(data, bytearray):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _errors(errors, fname):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError("%s() argument 2 must be str or None, not %s" % (fname, type(errors).__name__))
    return errors


def _final(final):
    return bool(final)


def _handle(encoding, data, start, end, reason, errors):
    # Calls the error handler `errors` with a fresh UnicodeDecodeError; returns
    # (replacement, resume position, input) with CPython's checks: decoding goes on in the
    # exception's object, which the handler may have replaced.
    handler = _codecs.lookup_error(errors)
    exc = UnicodeDecodeError(encoding, data, start, end, reason)
    result = handler(exc)
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[0], str):
        raise TypeError('decoding error handler must return (str, int) tuple')
    rep, pos = result
    pos = pos.__index__() if not isinstance(pos, int) else pos
    data = exc.object
    if not isinstance(data, bytes):
        raise TypeError('object attribute must be bytes')
    data = bytes.__getitem__(data, slice(None))
    if pos < 0:
        pos += len(data)
    if pos < 0 or pos > len(data):
        raise IndexError('position %d from error handler out of bounds' % pos)
    return rep, pos, data


def _name_lookup(name):
    # The code point of a \N{...} name (bytes), or None: names are ASCII, matched without
    # regard to case; aliases count, named sequences do not.
    try:
        text = name.decode('ascii')
    except UnicodeDecodeError:
        return None
    import unicodedata
    try:
        ch = unicodedata.lookup(text)
    except KeyError:
        return None
    return ch if len(ch) == 1 else None


def unicode_escape_decode(data, errors=None, final=True, /):
    data = _data(data)
    errors = _errors(errors, 'unicode_escape_decode')
    final = _final(final)
    out = []
    n = given = len(data)
    s = 0
    while s < n:
        bs = data.find(b'\\', s)
        if bs < 0:
            out.append(data[s:].decode('latin-1'))
            s = n
            break
        if bs > s:
            out.append(data[s:bs].decode('latin-1'))
        start = bs
        s = bs + 1
        if s >= n:
            message = '\\ at end of string'
            if not final:
                return ''.join(out), start
        else:
            c = data[s]
            s += 1
            simple = _SIMPLE.get(c)
            if simple is not None:
                out.append(simple)
                continue
            if c == 0x0a:  # backslash-newline: a line continuation
                continue
            if c in _OCT:
                ch = c - 0x30
                if s < n and data[s] in _OCT:
                    ch = (ch << 3) + data[s] - 0x30
                    s += 1
                    if s < n and data[s] in _OCT:
                        ch = (ch << 3) + data[s] - 0x30
                        s += 1
                out.append(chr(ch))
                continue
            kind = chr(c)
            if kind in _HEX:
                count, message = _HEX[kind]
                ch, s, incomplete = _hex_escape(data, s, count)
                if incomplete and not final:
                    return ''.join(out), start
                if ch >= 0:
                    if ch <= 0x10FFFF:
                        out.append(chr(ch))
                        continue
                    message = 'illegal Unicode character'
            elif kind == 'N':
                message = 'malformed \\N character escape'
                if s >= n:
                    if not final:
                        return ''.join(out), start
                elif data[s] == 0x7b:
                    s += 1
                    close = data.find(b'}', s)
                    if close < 0:
                        s = n
                        if not final:
                            return ''.join(out), start
                    elif close > s:
                        name = data[s:close]
                        s = close + 1
                        ch = _name_lookup(name)
                        if ch is not None:
                            out.append(ch)
                            continue
                        message = 'unknown Unicode character name'
                    else:
                        s = close
            else:
                # An unknown escape is kept as it is (CPython 3.11 warns only in literals).
                out.append('\\')
                out.append(kind)
                continue
        rep, s, data = _handle('unicodeescape', data, start, s, message, errors)
        n = len(data)
        out.append(rep)
    return ''.join(out), given


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    data = _data(data)
    errors = _errors(errors, 'raw_unicode_escape_decode')
    final = _final(final)
    out = []
    n = given = len(data)
    s = 0
    while s < n:
        bs = data.find(b'\\', s)
        if bs < 0:
            out.append(data[s:].decode('latin-1'))
            s = n
            break
        # A run of backslashes: \u and \U escape only after an odd number of them.
        run_end = bs
        while run_end < n and data[run_end] == 0x5c:
            run_end += 1
        out.append(data[s:run_end].decode('latin-1'))
        s = run_end
        if (run_end - bs) % 2 == 1 and s >= n and not final:
            out[-1] = out[-1][:-1]  # a trailing backslash may start an escape
            return ''.join(out), s - 1
        if (run_end - bs) % 2 == 0 or s >= n or data[s] not in b'uU':
            continue
        out[-1] = out[-1][:-1]
        start = s - 1
        if data[s] == 0x75:
            count, message = 4, 'truncated \\uXXXX escape'
        else:
            count, message = 8, 'truncated \\UXXXXXXXX escape'
        ch, s, incomplete = _hex_escape(data, s + 1, count)
        if incomplete and not final:
            return ''.join(out), start
        if ch >= 0:
            if ch <= 0x10FFFF:
                out.append(chr(ch))
                continue
            message = '\\Uxxxxxxxx out of range'
        rep, s, data = _handle('rawunicodeescape', data, start, s, message, errors)
        n = len(data)
        out.append(rep)
    return ''.join(out), given


def _encode_arg(text, fname, errors):
    if not isinstance(text, str):
        raise TypeError('%s() argument 1 must be str, not %s' % (fname, type(text).__name__))
    _errors(errors, fname)


# unicode_escape: a backslash doubled, the ASCII codec's backslashreplace (which writes every
# non-ASCII character exactly as the codec does: \xNN below U+0100, \uNNNN, \UNNNNNNNN,
# lower-case hex), then \t \n \r and the other ASCII controls and DEL as \xNN.
_CONTROLS = {c: b'\\x%02x' % c for c in list(range(0x20)) + [0x7f]}
_CONTROLS.update({0x09: b'\\t', 0x0a: b'\\n', 0x0d: b'\\r'})
_PRINTABLE = bytes(range(0x20, 0x7f))


def unicode_escape_encode(text, errors=None, /):
    _encode_arg(text, 'unicode_escape_encode', errors)
    # (str's own methods: a subclass's overrides play no part, as in CPython)
    out = str.encode(str.replace(text, '\\', '\\\\'), 'ascii', 'backslashreplace')
    for c in sorted(set(out.translate(None, _PRINTABLE))):
        out = out.replace(bytes((c,)), _CONTROLS[c])
    return out, str.__len__(text)


def raw_unicode_escape_encode(text, errors=None, /):
    # Characters below U+0100 are their Latin-1 byte; the rest \uNNNN or \UNNNNNNNN.
    _encode_arg(text, 'raw_unicode_escape_encode', errors)
    return str.encode(text, 'latin-1', 'backslashreplace'), str.__len__(text)


# escape_decode / escape_encode: bytes to bytes, as a bytes literal's escapes and repr.
_BYTE_SIMPLE = {0x5c: b'\\', 0x27: b"'", 0x22: b'"', 0x62: b'\b', 0x66: b'\f', 0x74: b'\t',
                0x6e: b'\n', 0x72: b'\r', 0x76: b'\v', 0x61: b'\a'}


def escape_decode(data, errors=None, /):
    data = _data(data)
    errors = _errors(errors, 'escape_decode')
    out = bytearray()
    n = len(data)
    s = 0
    while s < n:
        bs = data.find(b'\\', s)
        if bs < 0:
            out += data[s:]
            break
        out += data[s:bs]
        s = bs + 1
        if s >= n:
            raise ValueError('Trailing \\ in string')
        c = data[s]
        s += 1
        simple = _BYTE_SIMPLE.get(c)
        if simple is not None:
            out += simple
        elif c == 0x0a:
            pass
        elif c in _OCT:
            ch = c - 0x30
            if s < n and data[s] in _OCT:
                ch = (ch << 3) + data[s] - 0x30
                s += 1
                if s < n and data[s] in _OCT:
                    ch = (ch << 3) + data[s] - 0x30
                    s += 1
            out.append(ch & 0xFF)
        elif c == 0x78:
            if s + 1 < n and _hex_value(data[s]) >= 0 and _hex_value(data[s + 1]) >= 0:
                out.append((_hex_value(data[s]) << 4) + _hex_value(data[s + 1]))
                s += 2
                continue
            if errors == 'strict':
                raise ValueError('invalid \\x escape at position %d' % bs)
            if errors == 'replace':
                out.append(0x3f)
            elif errors != 'ignore':
                raise ValueError('decoding error; unknown error handling code: %s' % errors[:200])
            if s < n and _hex_value(data[s]) >= 0:
                s += 1
        else:
            out.append(0x5c)  # an unknown escape is kept as it is
            s -= 1
    return bytes(out), n


_BYTE_ESCAPED = {0x5c: b'\\\\', 0x27: b"\\'", 0x09: b'\\t', 0x0a: b'\\n', 0x0d: b'\\r'}


def escape_encode(data, errors=None, /):
    if type(data) is not bytes and not isinstance(data, bytes):
        raise TypeError('escape_encode() argument 1 must be bytes, not %s' % type(data).__name__)
    _errors(errors, 'escape_encode')
    data = bytes.__getitem__(data, slice(None))
    out = bytearray()
    for b in data:
        e = _BYTE_ESCAPED.get(b)
        if e is not None:
            out += e
        elif b < 0x20 or b >= 0x7f:
            out += b'\\x%02x' % b
        else:
            out.append(b)
    return bytes(out), len(data)
