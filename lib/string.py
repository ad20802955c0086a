# string for Bastion: the character-class constants, capwords, Template ($-substitution)
# and Formatter (parse() reads a format string as str.format does, with its error
# messages). Original code written for Bastion after CPython 3.11's
# documented behaviour.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import sys as _sys

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}
_ID_START = set('_' + ascii_letters)
_ID_CONT = _ID_START | set(digits)


class Template:
    delimiter = '$'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan_id(self, text, i):
        # The end of an identifier starting at i (ASCII, as the default idpattern).
        if i < len(text) and text[i] in _ID_START:
            i += 1
            while i < len(text) and text[i] in _ID_CONT:
                i += 1
        return i

    def _parts(self):
        # (literal, kind, name, start) pieces: kind is 'named', 'braced', 'escaped',
        # 'invalid' or None (trailing literal).
        text = self.template
        delim = self.delimiter
        out = []
        pos = 0
        lit_start = 0
        while True:
            i = text.find(delim, pos)
            if i < 0:
                out.append((text[lit_start:], None, None, len(text)))
                return out
            j = i + len(delim)
            if text.startswith(delim, j):
                out.append((text[lit_start:i], 'escaped', None, i))
                pos = lit_start = j + len(delim)
                continue
            end = self._scan_id(text, j)
            if end > j:
                out.append((text[lit_start:i], 'named', text[j:end], i))
                pos = lit_start = end
                continue
            if j < len(text) and text[j] == '{':
                end = self._scan_id(text, j + 1)
                if end > j + 1 and end < len(text) and text[end] == '}':
                    out.append((text[lit_start:i], 'braced', text[j + 1:end], i))
                    pos = lit_start = end + 1
                    continue
            out.append((text[lit_start:i], 'invalid', None, i))
            pos = lit_start = j

    def _invalid(self, i):
        i += len(self.delimiter)
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for lit, kind, name, start in self._parts():
            out.append(lit)
            if kind == 'named' or kind == 'braced':
                out.append('%s' % (mapping[name],))
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(start)
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        text = self.template
        parts = self._parts()
        for lit, kind, name, start in parts:
            out.append(lit)
            if kind == 'named' or kind == 'braced':
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    size = len(self.delimiter) + len(name) + (2 if kind == 'braced' else 0)
                    out.append(text[start:start + size])
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(self.delimiter)
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for _, kind, _, _ in self._parts())

    def get_identifiers(self):
        ids = []
        for _, kind, name, start in self._parts():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
            elif kind == 'invalid':
                self._invalid(start)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        # (literal_text, field_name, format_spec, conversion) tuples, as str.format reads
        # the string; errors are raised when iteration reaches them.
        if not isinstance(format_string, str):
            raise TypeError("expected str, got %s" % type(format_string).__name__)
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _parse_format(s):
    n = len(s)
    pos = 0
    while pos < n:
        # Literal text up to a brace; a doubled brace ends the piece with one brace.
        start = pos
        c = ''
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                break
        else:
            yield (s[start:pos], None, None, None)
            return
        if c == '}':
            if pos < n and s[pos] == '}':
                pos += 1
                yield (s[start:pos - 1], None, None, None)
                continue
            raise ValueError("Single '}' encountered in format string")
        if pos >= n:
            raise ValueError("Single '{' encountered in format string")
        if s[pos] == '{':
            pos += 1
            yield (s[start:pos - 1], None, None, None)
            continue
        literal = s[start:pos - 1]
        # The field name ends at '}', '!' or ':' outside square brackets.
        name_start = pos
        while True:
            if pos >= n:
                raise ValueError("expected '}' before end of string")
            c = s[pos]
            pos += 1
            if c == '[':
                while pos < n and s[pos] != ']':
                    pos += 1
            elif c == '{':
                raise ValueError("unexpected '{' in field name")
            elif c in '}!:':
                break
        name = s[name_start:pos - 1]
        conversion = None
        if c == '}':
            yield (literal, name, '', None)
            continue
        if c == '!':
            if pos >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[pos]
            pos += 1
            if pos < n:
                c = s[pos]
                pos += 1
                if c == '}':
                    yield (literal, name, '', conversion)
                    continue
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        # The format spec runs to the brace matching the field's opening one.
        spec_start = pos
        depth = 1
        while True:
            if pos >= n:
                raise ValueError("unmatched '{' in format spec")
            c = s[pos]
            pos += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
        yield (literal, name, s[spec_start:pos - 1], conversion)


def _field_int(text):
    # A field name part made only of decimal digits is an int, as str.format reads it.
    if text and text.isdecimal():
        value = int(text)
        if value > _sys.maxsize:
            raise ValueError("Too many decimal digits in format string")
        return value
    return text


def _split_field(name):
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    return _field_int(name[:i]), _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while j < n and name[j] not in '.[':
                j += 1
            key = name[i:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            yield (True, key)
            i = j
        elif c == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            i = j + 1
            yield (False, _field_int(key))
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
