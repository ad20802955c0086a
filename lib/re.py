# re for Bastion: Python's regular-expression API over PCRE2 (the native _pcre module).
# This file translates Python-only pattern syntax (\Z, \uXXXX, {,n}, global inline flags
# such as (?a)), maps flags, and implements Pattern/Match, sub templates, split and the
# module-level helpers. Matching itself, its limits and the empty-match iteration rule
# are native. Original code written for Bastion after CPython 3.11's documented behaviour.

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


def _translate(pattern, flags):
    """Python pattern syntax -> PCRE2 syntax; returns (text, flags with inline flags)."""
    # Global inline flags at the start, e.g. (?ai): fold into flags.
    while pattern.startswith('(?') and len(pattern) > 2 and pattern[2] in _INLINE:
        end = 2
        while end < len(pattern) and pattern[end] in _INLINE:
            end += 1
        if end < len(pattern) and pattern[end] == ')':
            for ch in pattern[2:end]:
                flags |= _INLINE[ch]
            prefix_len = end + 1
            pattern = pattern[prefix_len:]
            _translate.offset += prefix_len
        else:
            break
    out = []
    i = 0
    n = len(pattern)
    in_class = False
    while i < n:
        c = pattern[i]
        if c == '\\' and i + 1 < n:
            d = pattern[i + 1]
            if d == 'Z' and not in_class:
                out.append('\\z')
                i += 2
                continue
            if d in 'uU':
                width = 4 if d == 'u' else 8
                digits = pattern[i + 2:i + 2 + width]
                if len(digits) != width or any(ch not in '0123456789abcdefABCDEF' for ch in digits):
                    raise error('incomplete escape \\%s%s' % (d, digits), pattern, i)
                out.append('\\x{' + digits + '}')
                i += 2 + width
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == ']':
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == '[':
            in_class = True
            out.append(c)
            i += 1
            if i < n and pattern[i] == '^':
                out.append('^')
                i += 1
            if i < n and pattern[i] == ']':
                out.append('\\]')
                i += 1
            continue
        if c == '{' and i + 1 < n and pattern[i + 1] == ',':
            j = i + 2
            while j < n and pattern[j].isdigit():
                j += 1
            if j < n and pattern[j] == '}' and j > i + 2:
                out.append('{0,' + pattern[i + 2:j] + '}')
                i = j + 1
                continue
        out.append(c)
        i += 1
    return ''.join(out), flags


_translate.offset = 0


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
        _translate.offset = 0
        source = bytes(pattern).decode('latin-1') if self._bytes else pattern
        text, allflags = _translate(source, flags)
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
            self._code = _pcre.compile(text, options)
        except error as e:
            pos = e.pos
            if pos is not None:
                pos = min(pos + _translate.offset, len(pattern))
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
        # The text the engine scans: the str itself, or a bytes subject as latin-1 text.
        if isinstance(string, str):
            if self._bytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
            return string
        if isinstance(string, (bytes, bytearray, memoryview)):
            if not self._bytes:
                raise TypeError('cannot use a string pattern on a bytes-like object')
            return bytes(string).decode('latin-1')
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")

    def _bounds(self, string, pos, endpos):
        n = len(string)
        if pos < 0:
            pos = 0
        if endpos is None or endpos > n:
            endpos = n
        return pos, endpos

    def _one(self, mode, string, pos, endpos):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        found = self._code.scan(text, pos, endpos, mode, 1)
        if not found:
            return None
        return Match(self, string, pos, endpos, found[0])

    def match(self, string, pos=0, endpos=None):
        return self._one(_MATCH, string, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._one(_SEARCH, string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._one(_FULLMATCH, string, pos, endpos)

    def _all(self, string, pos=0, endpos=None, count=0):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return pos, endpos, self._code.scan(text, pos, endpos, _SEARCH, count)

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos, found = self._all(string, pos, endpos)
        return iter([Match(self, string, pos, endpos, spans) for spans in found])

    def findall(self, string, pos=0, endpos=None):
        pos, endpos, found = self._all(string, pos, endpos)
        empty = string[:0]
        if self._bytes:
            string = bytes(string)
            empty = b''
        g = self.groups
        result = []
        if g == 0:
            for s in found:
                result.append(string[s[0]:s[1]])
        elif g == 1:
            for s in found:
                result.append(string[s[2]:s[3]] if s[2] >= 0 else empty)
        else:
            for s in found:
                result.append(tuple(string[s[2 * k]:s[2 * k + 1]] if s[2 * k] >= 0 else empty
                                    for k in range(1, g + 1)))
        return result

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        pos, endpos, found = self._all(string, 0, None, maxsplit)
        if self._bytes:
            string = bytes(string)
        result = []
        last = 0
        g = self.groups
        for s in found:
            result.append(string[last:s[0]])
            for k in range(1, g + 1):
                result.append(string[s[2 * k]:s[2 * k + 1]] if s[2 * k] >= 0 else None)
            last = s[1]
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        if self._bytes:
            return self._subn_bytes(repl, string, count)
        if callable(repl):
            filter = repl
            literal = None
        else:
            if not isinstance(repl, str):
                raise TypeError(f"expected str instance, {type(repl).__name__} found")
            parts = _parse_template(repl, self)
            if len(parts) == 1 and isinstance(parts[0], str):
                literal = parts[0]
            elif not parts:
                literal = ''
            else:
                literal = None
            filter = None
        if count < 0:
            count = 0
        pos, endpos, found = self._all(string, 0, None, count)
        out = []
        last = 0
        for s in found:
            out.append(string[last:s[0]])
            if literal is not None:
                out.append(literal)
            elif filter is not None:
                r = filter(Match(self, string, pos, endpos, s))
                if r is not None:
                    if not isinstance(r, str):
                        raise TypeError(f"expected str instance, {type(r).__name__} found")
                    out.append(r)
            else:
                out.append(_expand(parts, string, s))
            last = s[1]
        out.append(string[last:])
        return ''.join(out), len(found)

    def _subn_bytes(self, repl, string, count):
        # A bytes pattern: the same substitution over the latin-1 text of the bytes.
        self._subject(string)
        if callable(repl):
            def text_repl(m, user=repl):
                r = user(m)
                if r is None:
                    return ''
                if not isinstance(r, (bytes, bytearray, memoryview)):
                    raise TypeError(f"sequence item 0: expected a bytes-like object, {type(r).__name__} found")
                return bytes(r).decode('latin-1')
            fn = text_repl
        else:
            if not isinstance(repl, (bytes, bytearray, memoryview)):
                raise TypeError(f"sequence item 0: expected a bytes-like object, {type(repl).__name__} found")
            parts = _parse_template(bytes(repl).decode('latin-1'), self)

            def fn(m, parts=parts):
                return _expand(parts, m._src.decode('latin-1'), m._spans)
        data = bytes(string)
        pos, endpos, found = self._all(data, 0, None, 0 if count < 0 else count)
        out = []
        last = 0
        for s in found:
            out.append(data[last:s[0]])
            out.append(fn(Match(self, string, pos, endpos, s)).encode('latin-1'))
            last = s[1]
        out.append(data[last:])
        return b''.join(out), len(found)

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


def _expand(parts, string, spans):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        else:
            start = spans[2 * p]
            if start >= 0:
                out.append(string[start:spans[2 * p + 1]])
    return ''.join(out)


class Match:
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self._src = string if isinstance(string, (str, bytes)) else bytes(string)
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool) or type(group) is bool:
            if 0 <= group <= self.re.groups:
                return int(group)
            raise IndexError('no such group')
        if isinstance(group, str):
            if group in self.re.groupindex:
                return self.re.groupindex[group]
            raise IndexError('no such group')
        try:
            g = group.__index__()
        except AttributeError:
            raise IndexError('no such group') from None
        if 0 <= g <= self.re.groups:
            return g
        raise IndexError('no such group')

    def _get(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        return self._src[start:self._spans[2 * index + 1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(k, default) for k in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        k = self._index(group)
        return (self._spans[2 * k], self._spans[2 * k + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * k], self._spans[2 * k + 1]) for k in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for k in range(1, self.re.groups + 1):
            end = self._spans[2 * k + 1]
            if self._spans[2 * k] >= 0 and end >= best_end:
                # the group that closed last: largest end, and for ties the outermost
                if best is None or end > best_end or self._spans[2 * k] < self._spans[2 * best]:
                    best, best_end = k, end
        return best

    @property
    def lastgroup(self):
        k = self.lastindex
        if k is None:
            return None
        return self.re._names.get(k)

    def expand(self, template):
        if self.re._bytes:
            text = bytes(template).decode('latin-1')
            return _expand(_parse_template(text, self.re), self._src.decode('latin-1'), self._spans).encode('latin-1')
        return _expand(_parse_template(template, self.re), self.string, self._spans)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._spans[0], self._spans[1], self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = 're'
Match.__module__ = 're'

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
