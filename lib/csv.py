# csv for Bastion: reading and writing delimited text (reader, writer, DictReader,
# DictWriter), dialects (Dialect, excel, excel_tab, unix_dialect and the registry:
# register_dialect, unregister_dialect, get_dialect, list_dialects), field_size_limit, the
# QUOTE_* constants, Error and a Sniffer that guesses a dialect and whether a sample starts
# with a header row. Every dialect parameter follows CPython 3.11's parsing and quoting rules
# and error messages; the parser is a character state machine fed one line at a time, with an
# end-of-line signal after each line, so a quoted field may span lines.
# Original code written for Bastion after CPython 3.11's documented behaviour.

import re as _re

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           '__doc__', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer',
           'unregister_dialect', '__version__', 'DictReader', 'DictWriter', 'unix_dialect']

__version__ = '1.0'

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024
_dialects = {}
_MISSING = object()


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d given)' % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if type(limit) is not int and not isinstance(limit, int):
            raise TypeError('limit must be an integer')
        _field_limit = int(limit)
    return old


def _char_param(name, value, default, allow_none):
    if value is _MISSING:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    # The validated, read-only parameter set behind every reader and writer (CPython's
    # _csv.Dialect).
    __slots__ = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
                 'quoting', 'skipinitialspace', 'strict')

    def __init__(self, dialect=None, **kwargs):
        names = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
                 'quoting', 'skipinitialspace', 'strict')
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        raw = {}
        for name in names:
            if name in kwargs:
                raw[name] = kwargs[name]
            elif dialect is not None:
                raw[name] = getattr(dialect, name, _MISSING)
            else:
                raw[name] = _MISSING
        d = {}
        d['delimiter'] = _char_param('delimiter', raw['delimiter'], ',', False)
        v = raw['doublequote']
        d['doublequote'] = True if v is _MISSING else bool(v)
        d['escapechar'] = _char_param('escapechar', raw['escapechar'], None, True)
        v = raw['lineterminator']
        if v is _MISSING:
            v = '\r\n'
        elif v is None:
            raise TypeError('lineterminator must be set')
        elif not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        d['lineterminator'] = v
        d['quotechar'] = _char_param('quotechar', raw['quotechar'], '"', True)
        v = raw['quoting']
        if v is _MISSING:
            v = QUOTE_MINIMAL
        elif type(v) is not int:
            raise TypeError('"quoting" must be an integer')
        if v not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if d['quotechar'] is None and 'quoting' not in kwargs and v == QUOTE_MINIMAL:
            v = QUOTE_NONE  # quotechar=None alone turns quoting off
        if v != QUOTE_NONE and d['quotechar'] is None:
            raise TypeError('quotechar must be set if quoting enabled')
        d['quoting'] = v
        v = raw['skipinitialspace']
        d['skipinitialspace'] = False if v is _MISSING else bool(v)
        v = raw['strict']
        d['strict'] = False if v is _MISSING else bool(v)
        for name in names:
            object.__setattr__(self, name, d[name])

    def __setattr__(self, name, value):
        if name in _Dialect.__slots__:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)


_Dialect.__name__ = 'Dialect'
_Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


# Parser states.
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


def _char_class(chars):
    # a compiled pattern matching any of chars (None entries ignored), or None
    chars = [c for c in chars if c is not None]
    if not chars:
        return None
    return _re.compile('[' + ''.join('\\' + c if c in '\\]^-[' else c for c in chars) + ']')


class _Reader:
    def __init__(self, iterable, dialect):
        self._input = iter(iterable)
        self.dialect = dialect
        self.line_num = 0
        d = dialect
        self._quote = d.quotechar if d.quoting != QUOTE_NONE else None
        # characters that end a run of ordinary text, outside and inside quotes
        self._plain_stop = _char_class([d.delimiter, d.escapechar, '\n', '\r'])
        self._quoted_stop = _char_class([self._quote, d.escapechar])
        self._reset()

    def _reset(self):
        self._fields = []
        self._field = []
        self._field_len = 0
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _add(self, text):
        n = self._field_len + len(text)
        if n > _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field_len = n
        self._field.append(text)

    def _save(self):
        text = ''.join(self._field)
        self._field = []
        self._field_len = 0
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _parse_line(self, line):
        # Runs the state machine over one line, then the end-of-line signal (c is None).
        d = self.dialect
        delimiter = d.delimiter
        escapechar = d.escapechar
        quote = self._quote
        skipspace = d.skipinitialspace
        plain_stop = self._plain_stop
        quoted_stop = self._quoted_stop
        state = self._state
        add = self._add
        n = len(line)
        i = 0
        while i <= n:
            c = line[i] if i < n else None
            i += 1
            if state == _START_RECORD:
                if c is None:
                    break
                if c == '\n' or c == '\r':
                    state = _EAT_CRNL
                    continue
                state = _START_FIELD
            if state == _START_FIELD:
                if c is None or c == '\n' or c == '\r':
                    self._save()
                    state = _START_RECORD if c is None else _EAT_CRNL
                elif c == quote:
                    state = _IN_QUOTED_FIELD
                elif c == escapechar:
                    state = _ESCAPED_CHAR
                elif c == ' ' and skipspace:
                    pass
                elif c == delimiter:
                    self._save()
                else:
                    if d.quoting == QUOTE_NONNUMERIC:
                        self._numeric = True
                    add(c)
                    state = _IN_FIELD
            elif state == _ESCAPED_CHAR:
                if c == '\n' or c == '\r':
                    add(c)
                    state = _AFTER_ESCAPED_CRNL
                else:
                    add('\n' if c is None else c)
                    state = _IN_FIELD
            elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                if state == _AFTER_ESCAPED_CRNL and c is None:
                    continue
                if c is None or c == '\n' or c == '\r':
                    self._save()
                    state = _START_RECORD if c is None else _EAT_CRNL
                elif c == escapechar:
                    state = _ESCAPED_CHAR
                elif c == delimiter:
                    self._save()
                    state = _START_FIELD
                else:
                    # c and the ordinary characters after it
                    m = plain_stop.search(line, i)
                    end = m.start() if m is not None else n
                    add(line[i - 1:end])
                    i = end
                    state = _IN_FIELD
            elif state == _IN_QUOTED_FIELD:
                if c is None:
                    pass
                elif c == escapechar:
                    state = _ESCAPE_IN_QUOTED_FIELD
                elif c == quote:
                    state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                else:
                    m = quoted_stop.search(line, i) if quoted_stop is not None else None
                    end = m.start() if m is not None else n
                    add(line[i - 1:end])
                    i = end
            elif state == _ESCAPE_IN_QUOTED_FIELD:
                add('\n' if c is None else c)
                state = _IN_QUOTED_FIELD
            elif state == _QUOTE_IN_QUOTED_FIELD:
                if c is not None and c == quote:
                    add(c)
                    state = _IN_QUOTED_FIELD
                elif c == delimiter:
                    self._save()
                    state = _START_FIELD
                elif c is None or c == '\n' or c == '\r':
                    self._save()
                    state = _START_RECORD if c is None else _EAT_CRNL
                elif not d.strict:
                    add(c)
                    state = _IN_FIELD
                else:
                    self._state = state
                    raise Error("'%s' expected after '%s'" % (delimiter, d.quotechar))
            elif state == _EAT_CRNL:
                if c == '\n' or c == '\r':
                    pass
                elif c is None:
                    state = _START_RECORD
                else:
                    self._state = state
                    raise Error('new-line character seen in unquoted field - '
                                'do you need to open the file in universal-newline mode?')
        self._state = state

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field_len or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            self._parse_line(line)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


_Reader.__name__ = 'reader'
_Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(iterable, dialect='excel', **fmtparams):
    it = iter(iterable)
    return _Reader(it, _make_dialect(dialect, fmtparams))


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    t = type(value)
    return hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')


class _Writer:
    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        d = dialect
        self._special = _char_class([d.delimiter, d.escapechar, d.quotechar]
                                    + list(d.lineterminator))

    def _field_text(self, text, quoted):
        d = self.dialect
        if self._special is None or self._special.search(text) is None:
            # nothing to quote or escape
            return d.quotechar + text + d.quotechar if quoted else text
        out = []
        special = (d.delimiter, d.escapechar, d.quotechar)
        term = d.lineterminator
        for c in text:
            if c in special or c in term:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        body = ''.join(out)
        if quoted:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %.200s' % type(row).__name__) from None
        parts = []
        count = 0
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            parts.append(self._field_text(text, quoted))
            count += 1
        line = d.delimiter.join(parts)
        if count > 0 and not line:
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            line = d.quotechar * 2
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer.__name__ = 'writer'
_Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def writer(fileobj, dialect='excel', **fmtparams):
    write = getattr(fileobj, 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _make_dialect(dialect, fmtparams))


class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.
    """
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Read rows as dicts keyed by fieldnames (by default the first row of the input)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self._header_read = fieldnames is not None
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if not self._header_read:
            self._header_read = True
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value
        self._header_read = True

    def __next__(self):
        names = self.fieldnames
        while True:
            row = next(self.reader)
            self.line_num = self.reader.line_num
            if row:  # blank lines are skipped
                break
        result = dict(zip(names, row))
        extra = row[len(names):]
        if extra:
            result[self.restkey] = extra
        for key in names[len(row):]:
            result[key] = self.restval
        return result


class DictWriter:
    """Write dicts as rows, taking the values in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _values(self, rowdict):
        if self.extrasaction == "raise":
            unknown = [key for key in rowdict if key not in self.fieldnames]
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(key) for key in unknown))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)


# --- Sniffer --------------------------------------------------------------------------------
# sniff() first looks for quoted fields: a quote character (" or ') closing a field that a
# delimiter (any character that is not a word character, a quote or a new line) or a line
# edge bounds on each side. The quote and the delimiter seen most often there win. Without
# such fields it falls back to character frequencies: a delimiter occurs the same number of
# times on (nearly) every line.

_QUOTED_FIELD_PATTERNS = (
    # delimiter, optional space, quoted text, the same delimiter
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    # line start, quoted text, delimiter, optional space
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    # delimiter, optional space, quoted text, line end
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    # a whole line quoted
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _first_most_frequent(counts):
    # the key with the highest count; the earliest seen among equals
    best = None
    for key in counts:
        if best is None or counts[key] > counts[best]:
            best = key
    return best


def _consistency_levels():
    # 1.0 down to 0.9 in steps of 0.01, as repeated float subtraction gives them
    levels = []
    level = 1.0
    while level >= 0.9:
        levels.append(level)
        level -= 0.01
    return levels


class Sniffer:
    """Guess a CSV dialect from a sample (sniff) and whether its first row is a header."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_from_quotes(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_from_frequencies(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_from_quotes(self, data, delimiters):
        found = []
        for pattern in _QUOTED_FIELD_PATTERNS:
            found = list(_re.finditer(pattern, data, _re.DOTALL | _re.MULTILINE))
            if found:
                break
        if not found:
            return ('', False, None, 0)
        quote_counts = {}
        delim_counts = {}
        with_space = 0
        for m in found:
            names = m.groupdict()
            q = names.get('quote')
            if q:
                quote_counts[q] = quote_counts.get(q, 0) + 1
            dl = names.get('delim')
            if dl and (delimiters is None or dl in delimiters):
                delim_counts[dl] = delim_counts.get(dl, 0) + 1
            if names.get('space'):
                with_space += 1
        quotechar = _first_most_frequent(quote_counts)
        if delim_counts:
            delim = _first_most_frequent(delim_counts)
            skipinitialspace = delim_counts[delim] == with_space
            if delim == '\n':  # one column
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        return (quotechar, self._doubled_quotes(data, delim, quotechar), delim, skipinitialspace)

    def _doubled_quotes(self, data, delim, quotechar):
        # True when some field starts with a quote (after non-word characters), ends with
        # one (before non-word characters) and has at least one more quote inside.
        for line in data.split('\n'):
            for field in (line.split(delim) if delim else [line]):
                first = field.find(quotechar)
                last = field.rfind(quotechar)
                if first < 0 or field.count(quotechar) < 3:
                    continue
                head = field[:first]
                tail = field[last + 1:]
                if not _re.search(r'\w', head) and not _re.search(r'\w', tail):
                    return True
        return False

    def _guess_from_frequencies(self, data, delimiters):
        lines = [line for line in data.split('\n') if line]
        if not lines:
            return ('', 0)
        chars = [chr(c) for c in range(127)]
        step = min(10, len(lines))
        # per character: {occurrences on a line: number of lines}, in first-seen order
        tallies = {}
        candidates = {}
        seen = 0
        while seen < len(lines) and not candidates:
            chunk = lines[seen:seen + step]
            seen += len(chunk)
            for line in chunk:
                for ch in chars:
                    tally = tallies.setdefault(ch, {})
                    n = line.count(ch)
                    tally[n] = tally.get(n, 0) + 1
            scores = {}
            for ch, tally in tallies.items():
                if len(tally) == 1 and 0 in tally:
                    continue
                mode = _first_most_frequent(tally)
                others = sum(count for n, count in tally.items() if n != mode)
                scores[ch] = (mode, tally[mode] - others)
            total = float(seen)
            for level in _consistency_levels():
                for ch, (mode, score) in scores.items():
                    if mode > 0 and score > 0 and score / total >= level and \
                            (delimiters is None or ch in delimiters):
                        candidates[ch] = (mode, score)
                if candidates:
                    break
            if len(candidates) == 1:
                break
        if not candidates:
            return ('', 0)
        if len(candidates) == 1:
            delim = next(iter(candidates))
        else:
            delim = None
            for ch in self.preferred:
                if ch in candidates:
                    delim = ch
                    break
            if delim is None:
                delim = max((v, k) for k, v in candidates.items())[1]
        skip = lines[0].count(delim) == lines[0].count(delim + ' ')
        return (delim, skip)

    def has_header(self, sample):
        # Columns whose values below the first row share one kind (complex-convertible, or
        # else one string length) vote: the first row's value disagreeing with that kind is
        # a vote for a header, agreeing is a vote against.
        rows = reader(_lines_keeping_ends(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        dropped = set()
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != width:
                continue
            for col in range(width):
                if col in dropped:
                    continue
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    dropped.add(col)
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if kind is complex:
                try:
                    complex(header[col])
                    votes -= 1
                except (ValueError, TypeError):
                    votes += 1
            elif kind is None:
                votes += 1
            elif len(header[col]) != kind:
                votes += 1
            else:
                votes -= 1
        return votes > 0


def _lines_keeping_ends(text):
    # the lines io.StringIO(text) iterates: each ends at a '\n'
    out = []
    start = 0
    while True:
        end = text.find('\n', start)
        if end < 0:
            break
        out.append(text[start:end + 1])
        start = end + 1
    if start < len(text):
        out.append(text[start:])
    return out
