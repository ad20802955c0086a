# json.decoder for Bastion: JSONDecoder and JSONDecodeError with CPython's messages.
# The native _json scanner does the work when present; the recursive-descent scanner here is
# the fallback (strings are copied in runs between escapes). Original code written for Bastion.

__all__ = ['JSONDecoder', 'JSONDecodeError']

try:
    from _json import scan as _c_scan
except ImportError:
    _c_scan = None

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        # The native scanner takes the hooks as given here (as CPython's C scanner reads
        # them when the decoder is made); float and int themselves need no call.
        self._native = _c_scan is not None
        hooks = (object_hook, object_pairs_hook,
                 None if parse_float in (None, float) else parse_float,
                 None if parse_int in (None, int) else parse_int, parse_constant)
        self._hooks = None if hooks == (None,) * 5 else hooks

    def decode(self, s, _w=None):
        if self._native and type(self).raw_decode is JSONDecoder.raw_decode:
            return _c_scan(s, 0, self.strict, JSONDecodeError, True, self._hooks)[0]
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if self._native:
            return _c_scan(s, idx, self.strict, JSONDecodeError, False, self._hooks)
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    @staticmethod
    def _skip(s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        # StopIteration(i) means "Expecting value" at i (converted by the callers).
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        start = i
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in '123456789':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _string(self, s, i):
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            q = s.find('"', i)
            b = s.find('\\', i, q if q >= 0 else n)
            end = b if b >= 0 else q
            run = s[i:end] if end >= 0 else s[i:]
            if end < 0:
                # A control character before the end of input is reported first (as C does).
                if self.strict and not run.isprintable():
                    for k, ch in enumerate(run):
                        if ch < ' ':
                            raise JSONDecodeError("Invalid control character at", s, i + k)
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            if self.strict and not run.isprintable():
                for k, ch in enumerate(run):
                    if ch < ' ':
                        raise JSONDecodeError("Invalid control character at", s, i + k)
            chunks.append(run)
            if end == q:
                return ''.join(chunks), q + 1
            i = end + 1
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[i]
            if esc != 'u':
                ch = _BACKSLASH.get(esc)
                if ch is None:
                    raise JSONDecodeError("Invalid \\escape", s, i - 1)
                chunks.append(ch)
                i += 1
                continue
            if i + 5 >= n:  # the C scanner wants a character after the four digits
                raise JSONDecodeError("Invalid \\uXXXX escape", s, i)
            uni = self._hex4(s, i + 1)
            i += 5
            if 0xd800 <= uni <= 0xdbff and i + 6 < n and s[i:i + 2] == '\\u':
                uni2 = self._hex4(s, i + 2)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    i += 6
            chunks.append(chr(uni))

    @staticmethod
    def _hex4(s, pos):
        text = s[pos:pos + 4]
        if len(text) == 4 and all(c in _HEX for c in text):
            return int(text, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos - 1)

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            key = self.memo.setdefault(key, key)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)
