# json.encoder for Bastion: JSONEncoder — Python values to JSON text in CPython's format.
# Original code written for Bastion.

_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}
for _i in range(0x20):
    _ESC.setdefault(chr(_i), '\\u%04x' % _i)
del _i

INFINITY = float('inf')

try:
    import _json as _c
except ImportError:
    _c = None


def py_encode_basestring(s):
    return '"' + ''.join(_ESC.get(c, c) for c in s) + '"'


def py_encode_basestring_ascii(s):
    if s.isascii():
        if s.isprintable() and '"' not in s and '\\' not in s:
            return '"' + s + '"'
    out = []
    for c in s:
        e = _ESC.get(c)
        if e is not None:
            out.append(e)
        elif c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = _c.encode_basestring if _c else py_encode_basestring
encode_basestring_ascii = _c.encode_basestring_ascii if _c else py_encode_basestring_ascii


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        if _c is not None:
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            return _c.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                             self.allow_nan, self.sort_keys, indent, self.item_separator,
                             self.key_separator, self.default)
        chunks = []
        self._encode(o, chunks, 0, {} if self.check_circular else None)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        chunks = []
        self._encode(o, chunks, 0, {} if self.check_circular else None)
        return iter(chunks)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level, markers)
        else:
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = o
            self._encode(self.default(o), out, level, markers)
            if markers is not None:
                del markers[marker]

    def _indent_text(self):
        indent = self.indent
        if not isinstance(indent, str):
            indent = ' ' * indent
        return indent

    def _encode_list(self, lst, out, level, markers):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            marker = id(lst)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = lst
        out.append('[')
        if self.indent is not None:
            level += 1
            newline = '\n' + self._indent_text() * level
            separator = self.item_separator + newline
            out.append(newline)
        else:
            newline = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self._encode(value, out, level, markers)
        if newline is not None:
            level -= 1
            out.append('\n' + self._indent_text() * level)
        out.append(']')
        if markers is not None:
            del markers[marker]

    def _encode_dict(self, dct, out, level, markers):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            marker = id(dct)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = dct
        out.append('{')
        if self.indent is not None:
            level += 1
            newline = '\n' + self._indent_text() * level
            item_separator = self.item_separator + newline
            out.append(newline)
        else:
            newline = None
            item_separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(encode_basestring_ascii(key) if self.ensure_ascii else encode_basestring(key))
            out.append(self.key_separator)
            self._encode(value, out, level, markers)
        if newline is not None:
            level -= 1
            out.append('\n' + self._indent_text() * level)
        out.append('}')
        if markers is not None:
            del markers[marker]
