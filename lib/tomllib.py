"""Parse TOML 1.0 documents (the 3.11 `tomllib` interface).

Bastion's bundled tomllib, written from the TOML 1.0 specification and CPython 3.11's
documented and observed behaviour: the same values, the same TOMLDecodeError messages and
positions ("Invalid value (at line 3, column 5)"). Arrays and inline tables nest by Python
recursion, so a document nested deeper than the recursion limit allows raises
RecursionError, as CPython's does.
"""

import re as _re
from datetime import date as _date, datetime as _datetime, time as _time
from datetime import timedelta as _timedelta, timezone as _timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    text = s.replace("\r\n", "\n")   # as in 3.11: bytes give TypeError, others AttributeError
    return _Parser(text, _checked_float(parse_float)).document()


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def convert(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return convert


# ---- character classes ----------------------------------------------------------------

# Control characters other than tab may not appear in comments and one-line strings;
# multi-line strings also allow newlines.
_BAD_IN_LINE = _re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_BAD_IN_MULTI = _re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# What ends a run of plain characters in a basic string: a quote, a backslash or a
# character that is not allowed.
_BASIC_STOP = _re.compile(r'["\\\x00-\x08\x0a-\x1f\x7f]')
_BASIC_STOP_MULTI = _re.compile(r'["\\\x00-\x08\x0b-\x1f\x7f]')
_BLANK = frozenset(" \t")
_BLANK_OR_NL = frozenset(" \t\n")
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset("0123456789abcdefABCDEF")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}

_TIME = r"([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,6})\d*)?"
_DATETIME_RE = _re.compile(
    r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01]\d|2[0-3]):([0-5]\d))?)?", _re.ASCII)
_TIME_RE = _re.compile(_TIME, _re.ASCII)
_NUMBER_RE = _re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?\d)*)((?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?)", _re.ASCII)

# Namespace marks: a table given by a [header] (or opened by a dotted key in an earlier
# section) may not be declared again; an inline table or array given as a value is closed.
_DECLARED = 1
_CLOSED = 2


class _Marks:
    """Marks on key paths: per path, the marks on it alone and the marks on its subtree."""

    def __init__(self):
        self.root = {}
        self.pending = []

    def _node(self, key):
        level = self.root
        node = None
        for part in key:
            node = level.get(part)
            if node is None:
                node = level[part] = [0, 0, {}]
            level = node[2]
        return node

    def mark(self, key, flag, subtree=False):
        node = self._node(key)
        node[1 if subtree else 0] |= flag

    def has(self, key, flag):
        if not key:
            return False
        level = self.root
        last = len(key) - 1
        for i, part in enumerate(key):
            node = level.get(part)
            if node is None:
                return False
            if node[1] & flag:
                return True
            if i == last:
                return bool(node[0] & flag)
            level = node[2]
        return False

    def forget(self, key):
        level = self.root
        for part in key[:-1]:
            node = level.get(part)
            if node is None:
                return
            level = node[2]
        level.pop(key[-1], None)

    def later(self, key, flag):
        self.pending.append((key, flag))

    def settle(self):
        for key, flag in self.pending:
            self.mark(key, flag)
        self.pending = []


def _table_at(root, key, into_arrays=True):
    """The dict at key, creating empty tables on the way; KeyError where a value blocks."""
    here = root
    for part in key:
        if part not in here:
            here[part] = {}
        here = here[part]
        if into_arrays and type(here) is list:
            here = here[-1]
        if type(here) is not dict:
            raise KeyError(part)
    return here


class _Parser:
    def __init__(self, text, parse_float):
        self.s = text
        self.n = len(text)
        self.parse_float = parse_float

    # ---- errors and skipping --------------------------------------------------------

    def error(self, pos, msg):
        s = self.s
        if pos >= self.n:
            where = "end of document"
        else:
            line = s.count("\n", 0, pos) + 1
            col = pos + 1 if line == 1 else pos - s.rindex("\n", 0, pos)
            where = f"line {line}, column {col}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def skip(self, pos, chars):
        s, n = self.s, self.n
        while pos < n and s[pos] in chars:
            pos += 1
        return pos

    def until(self, pos, end, bad, must_end):
        """Position of the next `end` from pos; every character before it must be allowed."""
        s = self.s
        stop = s.find(end, pos)
        if stop < 0:
            stop = self.n
            if must_end:
                raise self.error(stop, f"Expected {end!r}")
        m = bad.search(s, pos, stop)
        if m:
            raise self.error(m.start(), f"Found invalid character {m.group()!r}")
        return stop

    def comment(self, pos):
        if pos < self.n and self.s[pos] == "#":
            return self.until(pos + 1, "\n", _BAD_IN_LINE, False)
        return pos

    def gap_in_array(self, pos):
        while True:
            start = pos
            pos = self.comment(self.skip(pos, _BLANK_OR_NL))
            if pos == start:
                return pos

    # ---- the document ---------------------------------------------------------------

    def document(self):
        s, n = self.s, self.n
        root = {}
        marks = _Marks()
        section = ()
        pos = 0
        while True:
            pos = self.skip(pos, _BLANK)
            if pos >= n:
                break
            c = s[pos]
            if c == "\n":
                pos += 1
                continue
            if c in _KEY_START:
                pos = self.assignment(pos, root, marks, section)
                pos = self.skip(pos, _BLANK)
            elif c == "[":
                marks.settle()
                if s.startswith("[[", pos):
                    pos, section = self.array_header(pos, root, marks)
                else:
                    pos, section = self.table_header(pos, root, marks)
                pos = self.skip(pos, _BLANK)
            elif c != "#":
                raise self.error(pos, "Invalid statement")
            pos = self.comment(pos)
            if pos >= n:
                break
            if s[pos] != "\n":
                raise self.error(pos, "Expected newline or end of document after a statement")
            pos += 1
        return root

    def assignment(self, pos, root, marks, section):
        pos, key, value = self.pair(pos)
        for i in range(1, len(key)):
            opened = section + key[:i]
            if marks.has(opened, _DECLARED):
                raise self.error(pos, f"Cannot redefine namespace {opened}")
            marks.later(opened, _DECLARED)
        parent = section + key[:-1]
        if marks.has(parent, _CLOSED):
            raise self.error(pos, f"Cannot mutate immutable namespace {parent}")
        try:
            table = _table_at(root, parent)
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        name = key[-1]
        if name in table:
            raise self.error(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            marks.mark(section + key, _CLOSED, subtree=True)
        table[name] = value
        return pos

    def table_header(self, pos, root, marks):
        pos, key = self.key(self.skip(pos + 1, _BLANK))
        if marks.has(key, _DECLARED) or marks.has(key, _CLOSED):
            raise self.error(pos, f"Cannot declare {key} twice")
        marks.mark(key, _DECLARED)
        try:
            _table_at(root, key)
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.s.startswith("]", pos):
            raise self.error(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_header(self, pos, root, marks):
        pos, key = self.key(self.skip(pos + 2, _BLANK))
        if marks.has(key, _CLOSED):
            raise self.error(pos, f"Cannot mutate immutable namespace {key}")
        marks.forget(key)
        marks.mark(key, _DECLARED)
        try:
            parent = _table_at(root, key[:-1])
            name = key[-1]
            if name in parent:
                items = parent[name]
                if type(items) is not list:
                    raise KeyError(name)
                items.append({})
            else:
                parent[name] = [{}]
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.s.startswith("]]", pos):
            raise self.error(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    # ---- keys -----------------------------------------------------------------------

    def pair(self, pos):
        pos, key = self.key(pos)
        if pos >= self.n or self.s[pos] != "=":
            raise self.error(pos, "Expected '=' after a key in a key/value pair")
        pos, value = self.value(self.skip(pos + 1, _BLANK))
        return pos, key, value

    def key(self, pos):
        parts = []
        while True:
            pos, part = self.key_part(pos)
            parts.append(part)
            pos = self.skip(pos, _BLANK)
            if pos >= self.n or self.s[pos] != ".":
                return pos, tuple(parts)
            pos = self.skip(pos + 1, _BLANK)

    def key_part(self, pos):
        c = self.s[pos] if pos < self.n else ""
        if c and c in _BARE:
            end = self.skip(pos, _BARE)
            return end, self.s[pos:end]
        if c == "'":
            return self.literal(pos)
        if c == '"':
            return self.basic(pos + 1, False)
        raise self.error(pos, "Invalid initial character for a key part")

    # ---- values ---------------------------------------------------------------------

    def value(self, pos):
        s = self.s
        c = s[pos] if pos < self.n else ""
        if c == '"':
            if s.startswith('"""', pos):
                return self.multiline(pos, False)
            return self.basic(pos + 1, False)
        if c == "'":
            if s.startswith("'''", pos):
                return self.multiline(pos, True)
            return self.literal(pos)
        if c == "t" and s.startswith("true", pos):
            return pos + 4, True
        if c == "f" and s.startswith("false", pos):
            return pos + 5, False
        if c == "[":
            return self.array(pos)
        if c == "{":
            return self.inline_table(pos)
        m = _DATETIME_RE.match(s, pos)
        if m:
            try:
                value = self.make_datetime(m)
            except ValueError as e:
                raise self.error(pos, "Invalid date or datetime") from e
            return m.end(), value
        m = _TIME_RE.match(s, pos)
        if m:
            h, mi, sec, frac = m.groups()
            return m.end(), _time(int(h), int(mi), int(sec), int(frac.ljust(6, "0")) if frac else 0)
        m = _NUMBER_RE.match(s, pos)
        if m:
            text = m.group()
            if m.group(1):
                return m.end(), self.parse_float(text)
            return m.end(), int(text, 0)
        word = s[pos:pos + 3]
        if word == "inf" or word == "nan":
            return pos + 3, self.parse_float(word)
        word = s[pos:pos + 4]
        if word in ("+inf", "-inf", "+nan", "-nan"):
            return pos + 4, self.parse_float(word)
        raise self.error(pos, "Invalid value")

    @staticmethod
    def make_datetime(m):
        (y, mo, d, h, mi, sec, frac, zulu, sign, oh, om) = m.groups()
        if h is None:
            return _date(int(y), int(mo), int(d))
        if sign:
            k = 1 if sign == "+" else -1
            tz = _timezone(_timedelta(hours=k * int(oh), minutes=k * int(om)))
        elif zulu:
            tz = _timezone.utc
        else:
            tz = None
        return _datetime(int(y), int(mo), int(d), int(h), int(mi), int(sec),
                         int(frac.ljust(6, "0")) if frac else 0, tzinfo=tz)

    def array(self, pos):
        items = []
        pos = self.gap_in_array(pos + 1)
        if self.s.startswith("]", pos):
            return pos + 1, items
        while True:
            pos, value = self.value(pos)
            items.append(value)
            pos = self.gap_in_array(pos)
            c = self.s[pos:pos + 1]
            if c == "]":
                return pos + 1, items
            if c != ",":
                raise self.error(pos, "Unclosed array")
            pos = self.gap_in_array(pos + 1)
            if self.s.startswith("]", pos):
                return pos + 1, items

    def inline_table(self, pos):
        table = {}
        marks = _Marks()
        pos = self.skip(pos + 1, _BLANK)
        if self.s.startswith("}", pos):
            return pos + 1, table
        while True:
            pos, key, value = self.pair(pos)
            if marks.has(key, _CLOSED):
                raise self.error(pos, f"Cannot mutate immutable namespace {key}")
            try:
                inner = _table_at(table, key[:-1], into_arrays=False)
            except KeyError:
                raise self.error(pos, "Cannot overwrite a value") from None
            name = key[-1]
            if name in inner:
                raise self.error(pos, f"Duplicate inline table key {name!r}")
            inner[name] = value
            pos = self.skip(pos, _BLANK)
            c = self.s[pos:pos + 1]
            if c == "}":
                return pos + 1, table
            if c != ",":
                raise self.error(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                marks.mark(key, _CLOSED, subtree=True)
            pos = self.skip(pos + 1, _BLANK)

    # ---- strings --------------------------------------------------------------------

    def literal(self, pos):
        start = pos + 1
        end = self.until(start, "'", _BAD_IN_LINE, True)
        return end + 1, self.s[start:end]

    def multiline(self, pos, literal):
        s = self.s
        pos += 3
        if s.startswith("\n", pos):
            pos += 1
        if literal:
            quote = "'"
            end = self.until(pos, "'''", _BAD_IN_MULTI, True)
            text = s[pos:end]
            pos = end + 3
        else:
            quote = '"'
            pos, text = self.basic(pos, True)
        # Up to two quotes right before the closing three belong to the string.
        for _ in range(2):
            if not s.startswith(quote, pos):
                break
            text += quote
            pos += 1
        return pos, text

    def basic(self, pos, multi):
        """The basic string whose text starts at pos (after the opening quotes)."""
        s, n = self.s, self.n
        stop = _BASIC_STOP_MULTI if multi else _BASIC_STOP
        pieces = []
        start = pos
        while True:
            m = stop.search(s, pos)
            if m is None:
                raise self.error(n, "Unterminated string")
            pos = m.start()
            c = m.group()
            if c == '"':
                if not multi:
                    pieces.append(s[start:pos])
                    return pos + 1, "".join(pieces)
                if s.startswith('"""', pos):
                    pieces.append(s[start:pos])
                    return pos + 3, "".join(pieces)
                pos += 1
            elif c == "\\":
                pieces.append(s[start:pos])
                pos = self.escape(pos, multi, pieces)
                start = pos
            else:
                raise self.error(pos, f"Illegal character {c!r}")

    def escape(self, pos, multi, pieces):
        s = self.s
        e = s[pos + 1:pos + 2]
        pos += 2
        if multi and e in (" ", "\t", "\n"):
            # A line-ending backslash: drop the whitespace and newlines that follow.
            if e != "\n":
                pos = self.skip(pos, _BLANK)
                if pos >= self.n:
                    return pos
                if s[pos] != "\n":
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _BLANK_OR_NL)
        if e == "u" or e == "U":
            width = 4 if e == "u" else 8
            digits = s[pos:pos + width]
            if len(digits) != width or not _HEX.issuperset(digits):
                raise self.error(pos, "Invalid hex value")
            pos += width
            code = int(digits, 16)
            if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
                raise self.error(pos, "Escaped character is not a Unicode scalar value")
            pieces.append(chr(code))
            return pos
        ch = _ESCAPES.get(e)
        if ch is None:
            raise self.error(pos, "Unescaped '\\' in a string")
        pieces.append(ch)
        return pos
