"""binascii: the base64, hexadecimal and CRC conversions base64.py builds on, as CPython 3.11's.

Written in Python here (CPython's is C): b2a_base64/a2b_base64 (strict_mode included),
hexlify/b2a_hex/unhexlify/a2b_hex, crc32 and crc_hqx, with CPython's error types and
messages. The uuencode and quoted-printable codecs are not provided.
"""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex",
           "hexlify", "unhexlify", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass



_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
# 12 bits of input -> the two output characters they encode.
_B64_PAIRS = [bytes((_B64_ALPHABET[i >> 6], _B64_ALPHABET[i & 63])) for i in range(4096)]
# byte -> its 6-bit value, or 255 for a byte outside the alphabet.
_B64_VALUES = bytes(_B64_ALPHABET.index(c) if c in _B64_ALPHABET else 255 for c in range(256))

_HEX_VALUES = {}
for _i, _c in enumerate(b'0123456789abcdef'):
    _HEX_VALUES[_c] = _i
    _HEX_VALUES[bytes([_c]).upper()[0]] = _i
del _i, _c


def _data(data):
    """The bytes of a bytes-like argument (CPython's "y*" argument conversion)."""
    if isinstance(data, bytes):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _ascii_data(data):
    """The bytes of an a2b_* argument: a bytes-like object or an ASCII-only str."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, bytes):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def b2a_base64(data, /, *, newline=True):
    """Base64 text of `data`, with a trailing newline unless newline=False."""
    data = _data(data)
    pairs = _B64_PAIRS
    out = []
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(pairs[v >> 12])
        out.append(pairs[v & 4095])
    rest = len(data) - full
    if rest == 1:
        v = data[full] << 16
        out.append(pairs[v >> 12])
        out.append(b'==')
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out.append(pairs[v >> 12])
        out.append(pairs[v & 4095][:1] + b'=')
    if newline:
        out.append(b'\n')
    return b''.join(out)


def a2b_base64(data, /, *, strict_mode=False):
    """The bytes encoded by base64 text. Outside strict mode, characters outside the
    alphabet are skipped and decoding stops at the padding that ends a group."""
    data = _ascii_data(data)
    if strict_mode and data[:1] == b'=':
        raise Error("Leading padding not allowed")
    values = _B64_VALUES
    out = bytearray()
    quad_pos = 0       # position in the current group of four characters
    left = 0           # the bits of the current group not yet written
    pads = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:    # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = values[c]
        if v == 255:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | v) & 0xff)
            left = 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) "
                    "cannot be 1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal text of `data` (two lowercase digits a byte, optional separator)."""
    data = _data(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal text of `data`; the same as b2a_hex."""
    return b2a_hex(data, sep, bytes_per_sep)


def a2b_hex(hexstr, /):
    """The bytes written as hexadecimal text (an even number of digits, nothing else)."""
    hexstr = _ascii_data(hexstr)
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    values = _HEX_VALUES
    out = bytearray()
    for i in range(0, len(hexstr), 2):
        hi = values.get(hexstr[i])
        lo = values.get(hexstr[i + 1])
        if hi is None or lo is None:
            raise Error("Non-hexadecimal digit found")
        out.append((hi << 4) | lo)
    return bytes(out)


def unhexlify(hexstr, /):
    """The bytes written as hexadecimal text; the same as a2b_hex."""
    return a2b_hex(hexstr)


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


def _crc_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) if c & 0x8000 else c << 1
        table.append(c & 0xffff)
    return table


_CRC32 = _crc32_table()
_CRC_HQX = _crc_hqx_table()


def crc32(data, crc=0, /):
    """The CRC-32 of `data` (the zlib/PNG checksum), continuing from `crc`."""
    data = _data(data)
    table = _CRC32
    c = ~crc & 0xffffffff
    for b in data:
        c = table[(c ^ b) & 0xff] ^ (c >> 8)
    return ~c & 0xffffffff


def crc_hqx(data, crc, /):
    """The CRC-CCITT (XMODEM) of `data`, continuing from `crc`."""
    data = _data(data)
    table = _CRC_HQX
    c = crc & 0xffff
    for b in data:
        c = ((c << 8) & 0xff00) ^ table[(c >> 8) ^ b]
    return c
