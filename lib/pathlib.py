"""Object-oriented filesystem paths (Bastion's own implementation of CPython 3.11's pathlib).

The pure classes (PurePath, PurePosixPath, PureWindowsPath) are complete. The concrete
Path/PosixPath work through os and open(): cwd/home/absolute/resolve, stat and the is_*
questions, iterdir/glob/rglob, mkdir/rmdir/touch/unlink/rename/replace/chmod/symlink_to/
readlink/samefile/is_mount, reading and writing files; all of it needs the host's file
access (PermissionError without it, as open()). owner/group (no user database in the
sandbox), hardlink_to and link_to raise NotImplementedError (docs/differences.md).
WindowsPath cannot be instantiated (as in CPython on a posix system)."""

import io
import os
import posixpath
import re
import sys
from collections.abc import Sequence

_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote_from_bytes(data):
    """Percent-encodes the bytes of a path for a file URI (urllib.parse.quote_from_bytes
    with safe='/')."""
    return ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in data)

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]


def _fnmatchcase(name, pat):
    import fnmatch
    return fnmatch.fnmatchcase(name, pat)


class _Flavour:
    """How one operating system spells paths: separators, drives, case."""

    def parse_parts(self, args):
        """(drive, root, parts) of the joined argument strings; parts starts with
        drive+root when the path is anchored. The arguments are read from the last: once
        an anchored one is reached, the ones before it only lend a drive (so that
        ("C:", "/", "a") means C:/a)."""
        args = list(args)
        drv = root = ''
        names = []
        for idx in range(len(args) - 1, -1, -1):
            text = args[idx]
            if not text:
                continue
            if self.altsep:
                text = text.replace(self.altsep, self.sep)
            drv, root, rel = self.splitroot(text)
            for name in reversed(rel.split(self.sep)):
                if name and name != '.':
                    names.append(sys.intern(name))
            if drv or root:
                if not drv:
                    for earlier in reversed(args[:idx]):
                        if not earlier:
                            continue
                        if self.altsep:
                            earlier = earlier.replace(self.altsep, self.sep)
                        drv = self.splitroot(earlier)[0]
                        if drv:
                            break
                break
        if drv or root:
            names.append(drv + root)
        names.reverse()
        return drv, root, names

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        """The parsed parts of path 1 joined with path 2 (path 2 wins when anchored,
        except that a rooted path 2 without a drive keeps path 1's drive)."""
        if root2:
            if not drv2 and drv:
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2:
            if drv2 == drv or self.casefold(drv2) == self.casefold(drv):
                return drv, root, parts + parts2[1:]
        else:
            return drv, root, parts + parts2
        return drv2, root2, parts2


class _PosixFlavour(_Flavour):
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = (os.name != 'nt')

    def splitroot(self, part, sep=sep):
        if part and part[0] == sep:
            stripped = part.lstrip(sep)
            # POSIX leaves the meaning of exactly two leading slashes to the system,
            # so they are kept; three or more are one.
            if len(part) - len(stripped) == 2:
                return '', sep * 2, stripped
            return '', sep, stripped
        return '', '', part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _quote_from_bytes(os.fsencode(str(path)))


class _WindowsFlavour(_Flavour):
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = (os.name == 'nt')
    _letters = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    _ext_prefix = '\\\\?\\'
    _reserved = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'} |
                 {'COM%s' % c for c in '123456789\xb9\xb2\xb3'} |
                 {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})

    def splitroot(self, part, sep=sep):
        first = part[0:1]
        second = part[1:2]
        if second == sep and first == sep:
            prefix, part = self._split_extended(part)
            first = part[0:1]
            second = part[1:2]
        else:
            prefix = ''
        third = part[2:3]
        if second == sep and first == sep and third != sep:
            # A UNC path: \\server\share is the drive, and the root is always there.
            server_end = part.find(sep, 2)
            if server_end != -1:
                share_end = part.find(sep, server_end + 1)
                if share_end != server_end + 1:
                    if share_end == -1:
                        share_end = len(part)
                    if prefix:
                        return prefix + part[1:share_end], sep, part[share_end + 1:]
                    return part[:share_end], sep, part[share_end + 1:]
        drv = root = ''
        if second == ':' and first in self._letters:
            drv = part[:2]
            part = part[2:]
            first = third
        if first == sep:
            root = first
            part = part.lstrip(sep)
        return prefix + drv, root, part

    def _split_extended(self, s):
        prefix = ''
        if s.startswith(self._ext_prefix):
            prefix = s[:4]
            s = s[4:]
            if s.startswith('UNC\\'):
                prefix += s[:3]
                s = '\\' + s[3:]
        return prefix, s

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def is_reserved(self, parts):
        if not parts:
            return False
        if parts[0].startswith('\\\\'):
            return False  # UNC paths are never reserved
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in self._reserved

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, _quote_from_bytes(rest.encode('utf-8')))
        return 'file:' + _quote_from_bytes(path.as_posix().encode('utf-8'))


_windows_flavour = _WindowsFlavour()
_posix_flavour = _PosixFlavour()


class _PathParents(Sequence):
    """The ancestors of a path: p.parents[0] is p.parent."""

    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(object):
    """A path that is only text: no system calls. PurePath() makes a PurePosixPath here."""

    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '_pparts', '_cached_cparts')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        texts = []
        for a in args:
            if isinstance(a, PurePath):
                texts += a._parts
            else:
                a = os.fspath(a)
                if isinstance(a, str):
                    texts.append(str(a))
                else:
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % type(a))
        return cls._flavour.parse_parts(texts)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.sep.join(parts[1:])
        return cls._flavour.sep.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._flavour.join_parsed_parts(
            self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        f = self._flavour
        return str(self).replace(f.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts >= other._cparts

    drive = property(lambda self: self._drv, doc="The drive prefix (letter or UNC path), if any.")
    root = property(lambda self: self._root, doc="The root of the path, if any.")

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def name(self):
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind('.')
        if 0 < dot < len(name) - 1:
            return name[dot:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        dot = name.rfind('.')
        if 0 < dot < len(name) - 1:
            return name[:dot]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = self._flavour.parse_parts((name,))
        if (not name or name[-1] in [self._flavour.sep, self._flavour.altsep]
                or drv or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """This path relative to `other` (ValueError when it is not under it)."""
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv, root = self._drv, self._root
        mine = [drv, root] + parts[1:] if root else parts
        to_drv, to_root, to_parts = self._parse_args(other)
        theirs = [to_drv, to_root] + to_parts[1:] if to_root else to_parts
        n = len(theirs)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(mine[:n]) != cf(theirs):
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        drv, root, parts = self._drv, self._root, self._parts
        if len(parts) == 1 and (drv or root):
            return self
        if not parts:
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from the right
        (an anchored pattern must match the whole path)."""
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._flavour.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatchcase(part, pat):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    _flavour = _windows_flavour
    __slots__ = ()


# ---------------------------------------------------------------------------------------------
# Path.glob/rglob: a chain of selectors, one per pattern component (CPython 3.11's design):
# a precise name, a wildcard matched against a directory listing, '**' (this directory and
# every directory below it, not entering symbolic links), and the end of the chain. A
# selector followed by others only passes directories on. Hidden names match '*' here
# (unlike the glob module), as in CPython.

_IGNORED_ERRNOS = (2, 20, 9, 40)  # ENOENT, ENOTDIR, EBADF, ELOOP


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


def _is_wildcard_pattern(pat):
    return '*' in pat or '?' in pat or '[' in pat


def _make_selector(pattern_parts):
    pat = pattern_parts[0]
    child_parts = pattern_parts[1:]
    if not pat:
        return _TerminatingSelector()
    if pat == '**':
        cls = _RecursiveWildcardSelector
    elif '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif _is_wildcard_pattern(pat):
        cls = _WildcardSelector
    else:
        cls = _PreciseSelector
    return cls(pat, child_parts)


class _Selector:
    def __init__(self, child_parts):
        self.child_parts = child_parts
        if child_parts:
            self.successor = _make_selector(child_parts)
            self.dironly = True
        else:
            self.successor = _TerminatingSelector()
            self.dironly = False

    def select_from(self, parent_path):
        if not parent_path.is_dir():
            return iter([])
        return self._select_from(parent_path)


class _TerminatingSelector:
    def _select_from(self, parent_path):
        yield parent_path


class _PreciseSelector(_Selector):
    def __init__(self, name, child_parts):
        self.name = name
        _Selector.__init__(self, child_parts)

    def _select_from(self, parent_path):
        try:
            path = parent_path._make_child_relpath(self.name)
            if path.is_dir() if self.dironly else path.exists():
                for p in self.successor._select_from(path):
                    yield p
        except PermissionError:
            return


class _WildcardSelector(_Selector):
    def __init__(self, pat, child_parts):
        self.pat = pat
        _Selector.__init__(self, child_parts)

    def _select_from(self, parent_path):
        try:
            with os.scandir(parent_path) as scandir_it:
                entries = list(scandir_it)
            for entry in entries:
                if self.dironly:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError as e:
                        if not _ignore_error(e):
                            raise
                        continue
                name = entry.name
                if _fnmatchcase(name, self.pat):
                    path = parent_path._make_child_relpath(name)
                    for p in self.successor._select_from(path):
                        yield p
        except PermissionError:
            return


class _RecursiveWildcardSelector(_Selector):
    def __init__(self, pat, child_parts):
        _Selector.__init__(self, child_parts)

    def _iterate_directories(self, parent_path):
        yield parent_path
        try:
            with os.scandir(parent_path) as scandir_it:
                entries = list(scandir_it)
            for entry in entries:
                entry_is_dir = False
                try:
                    entry_is_dir = entry.is_dir()
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                if entry_is_dir and not entry.is_symlink():
                    path = parent_path._make_child_relpath(entry.name)
                    for p in self._iterate_directories(path):
                        yield p
        except PermissionError:
            return

    def _select_from(self, parent_path):
        try:
            yielded = set()
            try:
                successor_select = self.successor._select_from
                for starting_point in self._iterate_directories(parent_path):
                    for p in successor_select(starting_point):
                        if p not in yielded:
                            yield p
                            yielded.add(p)
            finally:
                yielded.clear()
        except PermissionError:
            return


def _unavailable(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError("Path.%s() is not available in Bastion's sandbox" % name)
    method.__name__ = name
    method.__qualname__ = 'Path.' + name
    return method


class Path(PurePath):
    """A path of the host's file system. Path() makes a PosixPath here; what it can do is
    what the sandbox allows (module docstring)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op", DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def exists(self):
        return os.path.exists(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def _is_type(self, bits):
        import _fileio
        _fileio.check('stat()')
        try:
            st = _fileio.stat(str(self), True)
        except (OSError, ValueError):
            return False
        return (st[0] & 0o170000) == bits

    def is_block_device(self):
        return self._is_type(0o060000)

    def is_char_device(self):
        return self._is_type(0o020000)

    def is_fifo(self):
        return self._is_type(0o010000)

    def is_socket(self):
        return self._is_type(0o140000)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        ino = self.stat().st_ino
        parent_ino = self.parent.stat().st_ino
        return ino == parent_ino

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if "b" not in mode:
            encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def expanduser(self):
        if (not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~'):
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _glob_parts(self, pattern):
        drv, root, pattern_parts = self._flavour.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == self._flavour.sep:
            pattern_parts.append('')
        return pattern_parts

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        selector = _make_selector(tuple(self._glob_parts(pattern)))
        for p in selector.select_from(self):
            yield p

    def rglob(self, pattern):
        selector = _make_selector(("**",) + tuple(self._glob_parts(pattern)))
        for p in selector.select_from(self):
            yield p

    def resolve(self, strict=False):
        def check_eloop(e):
            if getattr(e, 'errno', None) == 40:  # ELOOP
                raise RuntimeError("Symlink loop from %r" % e.filename)
        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            check_eloop(e)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

    def readlink(self):
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    owner = _unavailable('owner')
    group = _unavailable('group')
    hardlink_to = _unavailable('hardlink_to')
    link_to = _unavailable('link_to')


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")
