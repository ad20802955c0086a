# re for Bastion: Python's regular-expression API over PCRE2 (the native _pcre module).
# This file translates Python-only pattern syntax (\Z, \uXXXX, \N{name}, {,n}, literal
# '[', '.', ':', '=' in sets, global inline flags such as (?a)), maps flags, and implements
# Pattern/Match, sub templates, split and the module-level helpers. Matching itself, its limits, the empty-match iteration rule,
# re.Match, findall, split and sub with a template are native (src/modules/pcre_*.cpp). Original code written for Bastion after CPython 3.11's documented behaviour.

import _pcre
from types import GenericAlias as _GenericAlias

error = _pcre.error

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I',
           'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

_FLAG_NAMES = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'),
               (256, 'ASCII')]


class RegexFlag(int):
    def __new__(cls, value):
        return int.__new__(cls, value)

    def _names(self):
        value = int(self)
        names = []
        for bit, name in _FLAG_NAMES:
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value or not names:
            names.append(hex(value) if names else '0')
        return names

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        return '|'.join(self._names())

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)

_INLINE = {'a': 256, 'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64}
_SEARCH, _MATCH, _FULLMATCH = 0, 1, 2


def _named_char(pattern, i, is_bytes):
    """PCRE2 text for the \\N{NAME} escape at i (a str pattern's named character)."""
    if is_bytes:
        raise error('bad escape \\N', pattern, i)
    if pattern[i + 2:i + 3] != '{':
        raise error('missing {', pattern, i + 2)
    end = pattern.find('}', i + 3)
    if end < 0:
        raise error('missing }, unterminated name', pattern, i + 3)
    if end == i + 3:
        raise error('missing character name', pattern, i + 3)
    name = pattern[i + 3:end]
    import unicodedata
    try:
        ch = unicodedata.lookup(name)
    except KeyError:
        raise error('undefined character name %r' % name, pattern, i) from None
    return '\\x{%x}' % ord(ch)


def _translate(pattern, flags, is_bytes=False):
    """Python pattern syntax -> PCRE2 syntax. Returns (text, flags with inline flags, spans):
    spans is a list of (text index, pattern index) where a translated piece starts, so that
    an error offset in text maps back to the Python pattern (_source_pos)."""
    base = 0
    # Global inline flags at the start, e.g. (?ai): fold into flags.
    while pattern.startswith('(?', base) and len(pattern) > base + 2 and pattern[base + 2] in _INLINE:
        end = base + 2
        while end < len(pattern) and pattern[end] in _INLINE:
            end += 1
        if end < len(pattern) and pattern[end] == ')':
            for ch in pattern[base + 2:end]:
                flags |= _INLINE[ch]
            base = end + 1
        else:
            break
    out = []
    spans = []
    length = 0
    i = base
    n = len(pattern)

    def emit(piece, at):
        nonlocal length
        out.append(piece)
        spans.append((length, at))
        length += len(piece)

    def escape(i):
        # One backslash escape at i (i + 1 < n); returns the index after it.
        d = pattern[i + 1]
        if d == 'N':
            emit(_named_char(pattern, i, is_bytes), i)
            return pattern.index('}', i) + 1
        if d in 'uU':
            width = 4 if d == 'u' else 8
            digits = pattern[i + 2:i + 2 + width]
            if len(digits) != width or any(ch not in '0123456789abcdefABCDEF' for ch in digits):
                raise error('incomplete escape \\%s%s' % (d, digits), pattern, i)
            emit('\\x{' + digits + '}', i)
            return i + 2 + width
        emit(pattern[i:i + 2], i)
        return i + 2

    while i < n:
        c = pattern[i]
        if c == '\\' and i + 1 < n:
            if pattern[i + 1] == 'Z':
                emit('\\z', i)
                i += 2
            else:
                i = escape(i)
            continue
        if c == '[':
            i = _translate_set(pattern, i, emit, escape)
            continue
        if c == '#' and flags & 64:
            # A verbose-mode comment runs to the end of the line, brackets included.
            j = pattern.find('\n', i)
            j = n if j < 0 else j
            emit(pattern[i:j], i)
            i = j
            continue
        if c == '{' and i + 1 < n and pattern[i + 1] == ',':
            j = i + 2
            while j < n and pattern[j].isdigit():
                j += 1
            if j < n and pattern[j] == '}' and j > i + 2:
                emit('{0,' + pattern[i + 2:j] + '}', i)
                i = j + 1
                continue
        emit(c, i)
        i += 1
    return ''.join(out), flags, spans


# Inside a set every character but \, ] and a range's - is literal in Python, while PCRE2
# reads '[' followed by ':', '.' or '=' as a POSIX class or collating element ('[[:alpha:]]',
# '[..]', '[=a=]'). Escaping '[' and those three inside a set keeps them literal.
_SET_ESCAPED = frozenset('[.:=')
_SET_OPS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference', '|': 'union'}


def _set_warning(message):
    # Attributed to the caller of re.compile/re.match/...: this function, _translate_set,
    # _translate, Pattern.__init__, _compile, then the module function.
    import warnings
    warnings.warn(message, FutureWarning, stacklevel=7)


def _translate_set(pattern, i, emit, escape):
    """Translates the set starting with '[' at i; returns the index after its ']' (or the
    pattern's end: PCRE2 then reports the missing terminator). Issues CPython 3.11's
    FutureWarnings for syntax a later Python may read as nested sets or set operations."""
    n = len(pattern)
    emit('[', i)
    i += 1
    if i < n and pattern[i] == '[':
        _set_warning('Possible nested set at position %d' % i)
    if i < n and pattern[i] == '^':
        emit('^', i)
        i += 1
    items = 0

    def item(i):
        # One member character (or escape) at i; returns (index after it, the character or None).
        c = pattern[i]
        if c == '\\' and i + 1 < n:
            return escape(i), None
        emit('\\' + c if c in _SET_ESCAPED or c == ']' else c, i)
        return i + 1, c

    while i < n:
        c = pattern[i]
        if c == ']' and items:
            emit(']', i)
            return i + 1
        if c in _SET_OPS and items and i + 1 < n and pattern[i + 1] == c:
            _set_warning('Possible set %s at position %d' % (_SET_OPS[c], i))
        i, _ = item(i)
        items += 1
        if i < n and pattern[i] == '-':
            if i + 1 < n and pattern[i + 1] == ']':
                emit('\\-', i)
                emit(']', i + 1)
                return i + 2
            if i + 1 < n:
                emit('-', i)
                if pattern[i + 1] == '-':
                    _set_warning('Possible set difference at position %d' % i)
                i, _ = item(i + 1)
            else:
                emit('-', i)
                i += 1
    return i


def _source_pos(spans, pos):
    """The pattern index of text index pos (spans from _translate)."""
    lo, hi = 0, len(spans)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if spans[mid][0] <= pos:
            lo = mid
        else:
            hi = mid
    if not spans:
        return pos
    text_at, source_at = spans[lo]
    if pos < text_at:
        return source_at
    # Past the start of a piece: an unchanged piece maps one to one; pieces are short.
    return source_at + (pos - text_at)


class Pattern:
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, pattern, flags):
        # A bytes pattern is matched as the latin-1 text of its bytes, without Unicode
        # classes (\w, \d, \s are ASCII as in CPython), so spans are byte offsets.
        self._bytes = isinstance(pattern, (bytes, bytearray))
        if flags & 256 and flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        if self._bytes:
            if flags & 32:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            if flags & 4 and flags & 256:
                raise ValueError('ASCII and LOCALE flags are incompatible')
        elif flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        source = bytes(pattern).decode('latin-1') if self._bytes else pattern
        try:
            text, allflags, spans = _translate(source, flags, self._bytes)
        except error as e:
            raise error(e.msg, pattern, e.pos) from None
        if self._bytes:
            if allflags & 32:
                raise error('bad inline flags: cannot use \'u\' flag with a bytes pattern', pattern, 0)
        elif not allflags & 256:
            allflags |= 32
        options = 0
        if allflags & 2:
            options |= _pcre.CASELESS
        if allflags & 8:
            options |= _pcre.MULTILINE
        if allflags & 16:
            options |= _pcre.DOTALL
        if allflags & 64:
            options |= _pcre.EXTENDED
        if allflags & 32:
            options |= _pcre.UCP
        try:
            self._code = _pcre.Code.compile(text, options)
        except error as e:
            pos = e.pos
            if pos is not None:
                pos = min(_source_pos(spans, pos), len(pattern))
            raise error(e.msg, pattern, pos) from None
        self.pattern = pattern
        self.flags = allflags  # a plain int, as in CPython
        self.groups, self.groupindex = self._code.info()
        self._names = {v: k for k, v in self.groupindex.items()}

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = int(self.flags) & ~32
        if flags:
            names = []
            for bit, name in _FLAG_NAMES:
                if flags & bit:
                    names.append('re.' + name)
                    flags &= ~bit
            if flags:
                names.append(hex(flags))
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def _subject(self, string):
        # (src, text): what groups are sliced from, and the str the engine scans — the
        # str itself, or a bytes subject's bytes and their latin-1 text.
        if isinstance(string, str):
            if self._bytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
            return string, string
        if isinstance(string, (bytes, bytearray, memoryview)):
            if not self._bytes:
                raise TypeError('cannot use a string pattern on a bytes-like object')
            data = bytes(string)
            return data, data.decode('latin-1')
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")

    def _bounds(self, string, pos, endpos):
        n = len(string)
        if pos < 0:
            pos = 0
        if endpos is None or endpos > n:
            endpos = n
        return pos, endpos

    def match(self, string, pos=0, endpos=None):
        src, text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._code.search(self, string, src, text, pos, endpos, _MATCH)

    def search(self, string, pos=0, endpos=None):
        src, text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._code.search(self, string, src, text, pos, endpos, _SEARCH)

    def fullmatch(self, string, pos=0, endpos=None):
        src, text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._code.search(self, string, src, text, pos, endpos, _FULLMATCH)

    def finditer(self, string, pos=0, endpos=None):
        src, text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return iter(self._code.finditer(self, string, src, text, pos, endpos))

    def findall(self, string, pos=0, endpos=None):
        src, text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._code.findall(src, text, pos, endpos)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        src, text = self._subject(string)
        return self._code.split(src, text, maxsplit)

    def subn(self, repl, string, count=0):
        src, text = self._subject(string)
        if count < 0:
            count = 0
        if callable(repl):
            return self._subn_callable(repl, string, src, text, count)
        if self._bytes:
            if not isinstance(repl, (bytes, bytearray, memoryview)):
                raise TypeError(f"sequence item 0: expected a bytes-like object, {type(repl).__name__} found")
            parts = [p.encode('latin-1') if isinstance(p, str) else p
                     for p in _parse_template(bytes(repl).decode('latin-1'), self)]
        else:
            if not isinstance(repl, str):
                raise TypeError(f"expected str instance, {type(repl).__name__} found")
            parts = _parse_template(repl, self)
        return self._code.subn(src, text, parts, count)

    def _subn_callable(self, repl, string, src, text, count):
        # As CPython's pattern_subx: the pieces are joined at the end, empty slices are
        # left out (so a bad replacement's "sequence item" number is CPython's).
        out = []
        last = 0
        n = 0
        for m in self._code.finditer(self, string, src, text, 0, len(text)):
            if count and n >= count:
                break
            n += 1
            start, end = m.span()
            if last < start:
                out.append(src[last:start])
            r = repl(m)
            if r is not None:
                if self._bytes:
                    if not isinstance(r, (bytes, bytearray, memoryview)):
                        raise TypeError(f"sequence item {len(out)}: expected a bytes-like object, "
                                        f"{type(r).__name__} found")
                    r = bytes(r)
                elif not isinstance(r, str):
                    raise TypeError(f"sequence item {len(out)}: expected str instance, {type(r).__name__} found")
                out.append(r)
            last = end
        if last < len(src):
            out.append(src[last:])
        return (b'' if self._bytes else '').join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner is not supported by Bastion')

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
            'v': '\v', '\\': '\\'}


def _parse_template(repl, pattern):
    # A list of literal str pieces and int group numbers.
    parts = []
    lit = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', repl, i)
        d = repl[i + 1]
        group = None
        if d == 'g':
            if i + 2 >= n or repl[i + 2] != '<':
                raise error('missing <', repl, i + 2)
            end = repl.find('>', i + 3)
            if end < 0:
                raise error('missing >, unterminated name', repl, i + 3)
            name = repl[i + 3:end]
            if not name:
                raise error('missing group name', repl, i + 3)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > pattern.groups:
                    raise error('invalid group reference %d' % group, repl, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                group = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 3)
            i = end + 1
        elif d == '0':
            j = i + 2
            while j < n and j < i + 4 and repl[j] in '01234567':
                j += 1
            lit.append(chr(int(repl[i + 1:j], 8)))
            i = j
            continue
        elif d.isdigit():
            j = i + 2
            if j < n and repl[j].isdigit():
                if (j + 1 < n and repl[i + 1] in '01234567' and repl[j] in '01234567'
                        and repl[j + 1] in '01234567'):
                    value = int(repl[i + 1:j + 2], 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % repl[i + 1:j + 2], repl, i)
                    lit.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            group = int(repl[i + 1:j])
            if group > pattern.groups:
                raise error('invalid group reference %d' % group, repl, i + 1)
            i = j
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
            continue
        elif d.isascii() and d.isalpha():
            raise error('bad escape \\%s' % d, repl, i)
        else:
            lit.append('\\' + d)
            i += 2
            continue
        if lit:
            parts.append(''.join(lit))
            lit = []
        parts.append(group)
    if lit:
        parts.append(''.join(lit))
    return parts


def _match_expand(self, template):
    # Match.expand (installed into the native re.Match type below).
    if self.re._bytes:
        parts = _parse_template(bytes(template).decode('latin-1'), self.re)
        return b''.join(p.encode('latin-1') if isinstance(p, str) else (self.group(p) or b'') for p in parts)
    parts = _parse_template(template, self.re)
    return ''.join(p if isinstance(p, str) else (self.group(p) or '') for p in parts)


Match = _pcre.Match
_pcre.Code._set_match_attr('expand', _match_expand)
Pattern.__module__ = 're'

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError('first argument must be string or compiled pattern')
    if isinstance(pattern, bytearray):
        return Pattern(pattern, flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | 1)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    if isinstance(pattern, (bytes, bytearray)):
        out = bytearray()
        for b in pattern:
            if chr(b) in _SPECIAL:
                out.append(92)
            out.append(b)
        return bytes(out)
    raise TypeError(f"expected str or bytes, not {type(pattern).__name__}")
