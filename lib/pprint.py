"""pprint: pretty-printing of Python data structures, as CPython 3.11's.

A value whose repr fits in the space left on the line is written as its repr (`_safe_repr`:
dicts sorted, recursion and depth limits marked). One that does not fit is broken up by the
formatter registered for its type's __repr__ (`_dispatch`): one item per line for
containers, word-boundary chunks for str, 4-byte chunks for bytes, and the layouts of the
collections types, SimpleNamespace, mappingproxy and dataclasses. The line breaks are
CPython's exactly, so output matches byte for byte.
"""

import collections as _collections
import dataclasses as _dataclasses
import re
import sys as _sys
import types as _types
from operator import itemgetter as _itemgetter
from _pprint import safe_repr as _plain_safe_repr

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Writes the pretty-printed `object` and a newline to `stream` (sys.stdout)."""
    printer = PrettyPrinter(
        stream=stream, indent=indent, width=width, depth=depth,
        compact=compact, sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of `object` (no final newline)."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr that marks recursive structures instead of recursing."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of `object` could be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether `object` contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """A sort key that orders values of unorderable mixed types by type name and id."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


_first = _itemgetter(0)


def _safe_tuple(pair):
    """The sort key of a dict item."""
    return _safe_key(pair[0]), _safe_key(pair[1])


_FAST_SORT_TYPES = (frozenset({str}), frozenset({int, float, bool}))


def _natively_ordered(values):
    """Whether `values` are all str, or all int/float/bool: types whose comparisons never
    raise and call no Python code, so sorting them directly makes exactly the comparisons
    (and gives exactly the order) that sorting their _safe_key wrappers would."""
    kinds = frozenset(map(type, values))
    return any(kinds <= allowed for allowed in _FAST_SORT_TYPES)


def _sorted_items(mapping):
    """The items of a dict sorted by key as _safe_tuple sorts them."""
    if _natively_ordered(mapping):
        return sorted(mapping.items(), key=_first)
    return sorted(mapping.items(), key=_safe_tuple)


def _sorted_values(values):
    """`values` sorted as with key=_safe_key."""
    if _natively_ordered(values):
        return sorted(values)
    return sorted(values, key=_safe_key)


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _wrap_bytes_repr(object, width, allowance):
    """The reprs of consecutive runs of 4-byte pieces of `object`, each fitting `width`
    (the last one also leaving `allowance`)."""
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


class _Collector:
    """pformat's stream: the pieces written, joined once at the end (appending to a
    growing str would make formatting quadratic in the output's length)."""

    __slots__ = ('_parts',)

    def __init__(self):
        self._parts = []

    def write(self, text):
        self._parts.append(text)

    def getvalue(self):
        return ''.join(self._parts)


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})
_builtin_scalars_and_int = _builtin_scalars | {int}
_no_scalars = frozenset()
_plain_containers = frozenset({dict, list, tuple})


class PrettyPrinter:
    """Formats values within `width` columns, nested containers indented by `indent` per
    level, at most `depth` levels deep ("..." beyond); `compact` packs short items of a
    sequence onto shared lines; `sort_dicts` orders dict items by key;
    `underscore_numbers` writes ints as 1_000."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _Collector()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of `object`; subclasses may override it to change
        how values are shown. `context` holds the ids of the containers being shown."""
        return self._safe_repr(object, context, maxlevels, level)

    # --- Layout ----------------------------------------------------------------------------
    # _format writes `object` starting at column `indent`, leaving `allowance` columns free
    # after it on its last line (for the closing brackets and commas that follow).

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            layout = self._dispatch.get(type(object).__repr__, None)
            if layout is not None:
                context[objid] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
            if _is_plain_dataclass(object):
                context[objid] = 1
                self._pprint_dataclass(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _direct_scalars(self):
        """The exact types whose format() is repr() (readable, not recursive) with nothing
        else run: none when format or _safe_repr is overridden (on the class or the
        instance) or attribute access is customised, so the inline fast paths below call
        format() exactly when the generic path would observably differ."""
        cls = type(self)
        if cls is not PrettyPrinter and (cls.format is not PrettyPrinter.format
                                         or cls._safe_repr is not PrettyPrinter._safe_repr
                                         or cls.__getattribute__ is not object.__getattribute__):
            return _no_scalars
        d = self.__dict__
        if 'format' in d or '_safe_repr' in d:
            return _no_scalars
        return _builtin_scalars if self._underscore_numbers else _builtin_scalars_and_int

    def _repr(self, object, context, level):
        if type(object) in self._direct_scalars():
            return repr(object)
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        items = [(f.name, getattr(object, f.name))
                 for f in _dataclasses.fields(object) if f.repr]
        stream.write(cls_name + '(')
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(')')

    _dispatch = {}

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        if len(object):
            if self._sort_dicts:
                items = _sorted_items(object)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write('}')

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    _dispatch[_collections.OrderedDict.__repr__] = _pprint_ordered_dict

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        items = _sorted_values(object)
        self._format_items(items, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    _dispatch[set.__repr__] = _pprint_set
    _dispatch[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            # At the top level the pieces are wrapped in parentheses.
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            # Break the line after runs of whitespace: each part is a word and the
            # whitespace after it.
            parts = re.findall(r'\S*\s*', line)
            parts.pop()   # the empty match at the end
            max_width2 = max_width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                write('\n' + ' ' * indent)
            write(rep)
        if level == 1:
            write(')')

    _dispatch[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            write('(')
        separator = ''
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            write(separator)
            write(rep)
            if not separator:
                separator = '\n' + ' ' * indent
        if parens:
            write(')')

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                           level + 1)
        stream.write(')')

    _dispatch[bytearray.__repr__] = _pprint_bytearray

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    _dispatch[_types.MappingProxyType.__repr__] = _pprint_mappingproxy

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            # A subclass shows its own name; the base class shows as "namespace".
            cls_name = 'namespace'
        else:
            cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        stream.write(cls_name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent, allowance,
                                     context, level)
        stream.write(')')

    _dispatch[_types.SimpleNamespace.__repr__] = _pprint_simplenamespace

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(value, stream, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            write(key)
            write('=')
            if id(value) in context:
                # As the dataclass and namespace reprs show a recursive reference.
                write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                write(newline)

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        newline = ',\n' + ' ' * indent
        separator = ''
        width = max_width = self._width - indent + 1
        it = iter(items)
        try:
            next_item = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            item = next_item
            try:
                next_item = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                # Pack items onto the current line while their reprs (and ", ") fit.
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = max_width
                    if separator:
                        separator = newline
                if width >= needed:
                    width -= needed
                    write(separator)
                    separator = ', '
                    write(rep)
                    continue
            write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    _dispatch[_collections.defaultdict.__repr__] = _pprint_default_dict

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    _dispatch[_collections.Counter.__repr__] = _pprint_counter

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        last_index = len(object.maps) - 1
        for i, mapping in enumerate(object.maps):
            if i == last_index:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    _dispatch[_collections.ChainMap.__repr__] = _pprint_chain_map

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    _dispatch[_collections.deque.__repr__] = _pprint_deque

    # The User* wrappers are laid out as the object they wrap, one level down.
    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    _dispatch[_collections.UserDict.__repr__] = _pprint_user_data
    _dispatch[_collections.UserList.__repr__] = _pprint_user_data
    _dispatch[_collections.UserString.__repr__] = _pprint_user_data

    # --- One-line reprs --------------------------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive): the repr with dicts sorted (when sort_dicts),
        containers deeper than `maxlevels` as "...", recursion marked."""
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False

        # Plain data (exact containers and scalars only) in one native call: the same text,
        # readable and not recursive (src/modules/pprint_module.cpp); None otherwise.
        if (typ in _plain_containers and not maxlevels
                and (self._sort_dicts is True or self._sort_dicts is False)
                and self._direct_scalars() is _builtin_scalars_and_int
                and id(object) not in context):
            text = _plain_safe_repr(object, self._sort_dicts)
            if text is not None:
                return text, True, False

        r = getattr(typ, "__repr__", None)

        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False

        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            if self._sort_dicts:
                items = _sorted_items(object)
            else:
                items = object.items()
            # Scalars of the built-in types are repr()'d inline: what format() would do.
            scalars = self._direct_scalars()
            for key, value in items:
                if type(key) in scalars:
                    krepr = repr(key)
                else:
                    krepr, kreadable, krecursive = self.format(key, context, maxlevels, level)
                    readable = readable and kreadable
                    if krecursive:
                        recursive = True
                    scalars = self._direct_scalars()
                if type(value) in scalars:
                    vrepr = repr(value)
                else:
                    vrepr, vreadable, vrecursive = self.format(value, context, maxlevels, level)
                    readable = readable and vreadable
                    if vrecursive:
                        recursive = True
                    scalars = self._direct_scalars()
                components.append("%s: %s" % (krepr, vrepr))
            del context[objid]
            return "{%s}" % ", ".join(components), readable, recursive

        if ((issubclass(typ, list) and r is list.__repr__) or
                (issubclass(typ, tuple) and r is tuple.__repr__)):
            if issubclass(typ, list):
                if not object:
                    return "[]", True, False
                template = "[%s]"
            elif len(object) == 1:
                template = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                template = "(%s)"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return template % "...", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            scalars = self._direct_scalars()
            for item in object:
                if type(item) in scalars:
                    components.append(repr(item))
                    continue
                irepr, ireadable, irecursive = self.format(item, context, maxlevels, level)
                components.append(irepr)
                if not ireadable:
                    readable = False
                if irecursive:
                    recursive = True
                scalars = self._direct_scalars()
            del context[objid]
            return template % ", ".join(components), readable, recursive

        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False


def _is_plain_dataclass(object):
    """Whether `object` is a dataclass instance shown by its generated __repr__."""
    if not _dataclasses.is_dataclass(object) or isinstance(object, type):
        return False
    if not object.__dataclass_params__.repr:
        return False
    wrapped = getattr(object.__repr__, "__wrapped__", None)
    if wrapped is None:
        return False
    code = getattr(wrapped, "__code__", None)
    names = (getattr(wrapped, "__qualname__", ""), getattr(code, "co_qualname", ""))
    return any("__create_fn__" in name for name in names)
