# os for Bastion: the part of CPython 3.11's os module that a sandboxed interpreter can offer.
# The constants (name, sep, linesep, curdir ...), os.path (posixpath: pure path computations),
# fspath/fsencode/fsdecode/PathLike, and os.environ/os.environb/getenv over an environment
# that starts EMPTY: the interpreter never reads the host process's environment (it could hold
# secrets), and changes a program makes stay in the program (there is no putenv). A host that
# wants to hand variables to a script sets them in os.environ before running it.
# The file-system calls (getcwd, listdir, scandir, stat/lstat, mkdir/makedirs, rmdir/removedirs,
# remove/unlink, rename/renames/replace, chmod, utime, readlink, symlink, access, walk, open/
# read/write/close on descriptors) and os.path's questions about files need the host's file
# access (Runtime::set_host_io; the CLI enables it) and raise PermissionError without it, as
# open() does. What would reach processes or the machine (system, spawn*, fork, exec*, kill,
# getpid, getuid, ...) is absent, so `hasattr(os, name)` tells a program what it can use
# (docs/differences.md).
# urandom(n) is offered without the host's file access: it reads the kernel's random source
# (getrandom(2)), which reveals nothing about the host and changes nothing there, exactly as
# CPython seeds `random` with it; its bytes count against the memory and step limits.
# Original code written for Bastion after CPython 3.11's documented behaviour.

import sys
import abc as _abc
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping
import _fileio
from _random import urandom
import posixpath as path

sys.modules['os.path'] = path

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name',
           'path', 'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fsencode', 'fsdecode',
           'get_exec_path', 'fdopen', 'getenv', 'environ', 'environb', 'supports_bytes_environ',
           'PathLike', 'fspath', 'getcwd', 'getcwdb', 'error', 'extsep', 'listdir', 'scandir',
           'DirEntry', 'stat', 'lstat', 'stat_result', 'mkdir', 'makedirs', 'rmdir',
           'removedirs', 'remove', 'unlink', 'rename', 'renames', 'replace', 'chmod', 'utime',
           'readlink', 'symlink', 'access', 'walk', 'open', 'close', 'read', 'write', 'lseek',
           'ftruncate', 'isatty', 'get_terminal_size', 'terminal_size', 'F_OK', 'R_OK', 'W_OK',
           'X_OK', 'O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND',
           'O_NOFOLLOW', 'O_DIRECTORY', 'O_CLOEXEC', 'O_NONBLOCK', 'O_SYNC', 'O_DSYNC',
           'O_NOCTTY', 'supports_follow_symlinks', 'supports_dir_fd', 'supports_fd',
           'supports_effective_ids', 'urandom']

name = 'posix'
linesep = '\n'
curdir = path.curdir
pardir = path.pardir
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
error = OSError
supports_bytes_environ = True


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'
                    .format(path_type.__name__, type(path_repr).__name__))


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def getcwd():
    return fsdecode(_fileio.getcwd())


def getcwdb():
    return _fileio.getcwd()


class _Environ(_MutableMapping):
    # environ: str keys and values in a dict private to this interpreter.
    def __init__(self, data):
        self._data = data

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[self._check(key)] = self._check(value)

    def __delitem__(self, key):
        try:
            del self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return 'environ({{{}}})'.format(', '.join(
            '{!r}: {!r}'.format(k, v) for k, v in self._data.items()))

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


class _Environb(_MutableMapping):
    # environb: the same variables as environ, seen as bytes (UTF-8, surrogateescape).
    def __init__(self, env):
        self._env = env

    @staticmethod
    def _check(value):
        if not isinstance(value, bytes):
            raise TypeError('bytes expected, not %s' % type(value).__name__)
        return fsdecode(value)

    def __getitem__(self, key):
        try:
            return fsencode(self._env._data[self._check(key)])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._env._data[self._check(key)] = self._check(value)

    def __delitem__(self, key):
        try:
            del self._env._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([fsencode(k) for k in self._env._data])

    def __len__(self):
        return len(self._env._data)

    def __repr__(self):
        return 'environ({{{}}})'.format(', '.join(
            '{!r}: {!r}'.format(fsencode(k), fsencode(v)) for k, v in self._env._data.items()))

    def copy(self):
        return dict(self)


environ = _Environ({})
environb = _Environb(environ)


def getenv(key, default=None):
    return environ.get(key, default)


def getenvb(key, default=None):
    return environb.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---------------------------------------------------------------------------------------------
# Files and directories: each call goes through a _fileio native that refuses with
# PermissionError unless the host enabled file access. Paths are str, bytes or os.PathLike;
# a bytes path gives bytes names back (listdir, scandir, readlink, walk).

F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4
O_RDONLY = _fileio.O_RDONLY
O_WRONLY = _fileio.O_WRONLY
O_RDWR = _fileio.O_RDWR
O_CREAT = _fileio.O_CREAT
O_EXCL = _fileio.O_EXCL
O_TRUNC = _fileio.O_TRUNC
O_APPEND = _fileio.O_APPEND
O_NOFOLLOW = _fileio.O_NOFOLLOW
O_DIRECTORY = _fileio.O_DIRECTORY
O_CLOEXEC = _fileio.O_CLOEXEC
O_NONBLOCK = _fileio.O_NONBLOCK
O_SYNC = _fileio.O_SYNC
O_DSYNC = _fileio.O_DSYNC
O_NOCTTY = _fileio.O_NOCTTY


def _path(p):
    # A PathLike becomes its str/bytes; anything else goes on to the native, whose TypeError
    # names the function ("mkdir: path should be string, bytes or os.PathLike, not float").
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(type(p), '__fspath__'):
        return fspath(p)
    return p


def _no_dir_fd(dir_fd, fn):
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')


def _decoded(raw, like):
    if isinstance(like, bytes):
        return raw
    return raw.decode('utf-8', 'surrogateescape')


class stat_result(tuple):
    """What os.stat() returns: a 10-tuple (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid,
    st_size and the three times as ints) with the float times, the *_ns times, st_blksize,
    st_blocks and st_rdev as attributes only (CPython's structseq layout)."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _visible = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                'st_atime', 'st_mtime', 'st_ctime')
    _hidden = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
               'st_blksize', 'st_blocks', 'st_rdev')

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(seq)
        if n < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence (%d-sequence given)' % n)
        if n > 19:
            raise TypeError('os.stat_result() takes an at most 19-sequence (%d-sequence given)' % n)
        self = tuple.__new__(cls, seq[:10])
        extra = list(seq[10:]) + [None] * (19 - n)
        if dict is not None:
            for i, name in enumerate(cls._hidden):
                if i >= n - 10 and name in dict:
                    extra[i] = dict[name]
        for i in range(3):
            if extra[i] is None:
                extra[i] = seq[7 + i]
        self._extra = tuple(extra)
        return self

    def __init__(self, sequence, dict=None):
        pass

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])
    st_blksize = property(lambda self: self._extra[6])
    st_blocks = property(lambda self: self._extra[7])
    st_rdev = property(lambda self: self._extra[8])

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % nv for nv in zip(self._visible, tuple(self)))

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))


def _stat_result(raw):
    mode, ino, dev, nlink, uid, gid, size, a_s, a_ns, m_s, m_ns, c_s, c_ns, blksize, blocks, rdev = raw
    return stat_result((mode, ino, dev, nlink, uid, gid, size, a_s, m_s, c_s,
                        a_s + a_ns * 1e-9, m_s + m_ns * 1e-9, c_s + c_ns * 1e-9,
                        a_s * 1000000000 + a_ns, m_s * 1000000000 + m_ns,
                        c_s * 1000000000 + c_ns, blksize, blocks, rdev))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    _no_dir_fd(dir_fd, 'stat')
    return _stat_result(_fileio.stat(_path(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, 'lstat')
    return _stat_result(_fileio.stat(_path(path), False))


def listdir(path=None):
    if path is None:
        path = '.'
    path = _path(path)
    raw = _fileio.listdir(path)
    if isinstance(path, bytes):
        return raw
    return [n.decode('utf-8', 'surrogateescape') for n in raw]


class DirEntry:
    """One entry of os.scandir(): name and path, the entry's kind as the directory listing
    told it (is_dir/is_file/is_symlink need no stat unless the system did not say), inode(),
    and stat() fetched on demand and kept."""

    __slots__ = ('name', 'path', '_kind', '_ino', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, directory, name, kind, ino):
        self = object.__new__(cls)
        self.name = name
        self.path = path.join(directory, name)
        self._kind = kind
        self._ino = ino
        self._stat = None
        self._lstat = None
        return self

    def inode(self):
        return self._ino

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self.is_symlink():
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _test(self, bits, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & 0o170000) == bits

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 0 or (self._kind == 3 and follow_symlinks):
            return self._test(0o040000, follow_symlinks)
        return self._kind == 1

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 0 or (self._kind == 3 and follow_symlinks):
            return self._test(0o100000, follow_symlinks)
        return self._kind == 2

    def is_symlink(self):
        if self._kind == 0:
            return self._test(0o120000, False)
        return self._kind == 3

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _ScandirIterator:
    """What os.scandir() returns: an iterator of DirEntry that is also a context manager
    (close() ends it)."""

    def __init__(self, entries):
        self._entries = entries
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._i >= len(self._entries):
            self._entries = None
            raise StopIteration
        entry = self._entries[self._i]
        self._i += 1
        return entry

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    directory = '.' if path is None else _path(path)
    rows = _fileio.scandir(directory)
    as_bytes = isinstance(directory, bytes)
    entries = []
    for name, kind, ino in rows:
        if not as_bytes:
            name = name.decode('utf-8', 'surrogateescape')
        entries.append(DirEntry._make(directory, name, kind, ino))
    return _ScandirIterator(entries)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _no_dir_fd(dir_fd, 'mkdir')
    _fileio.mkdir(_path(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, 'rmdir')
    _fileio.rmdir(_path(path))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, 'remove')
    _fileio.remove(_path(path))


def unlink(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, 'unlink')
    _fileio.unlink(_path(path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _no_dir_fd(src_dir_fd, 'rename')
    _no_dir_fd(dst_dir_fd, 'rename')
    _fileio.rename(_path(src), _path(dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _no_dir_fd(src_dir_fd, 'replace')
    _no_dir_fd(dst_dir_fd, 'replace')
    _fileio.replace(_path(src), _path(dst))


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _no_dir_fd(dir_fd, 'chmod')
    if not follow_symlinks:
        raise NotImplementedError('chmod: follow_symlinks unavailable on this platform')
    _fileio.chmod(_path(path), mode)


def _split_seconds(t):
    # Seconds (int or float) as (seconds, nanoseconds), rounding down as CPython's utime does.
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        raise TypeError("an integer is required (got type %s)" % type(t).__name__)
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    if t in (float('inf'), float('-inf')):
        raise OverflowError('timestamp out of range for platform time_t')
    import math
    whole = math.floor(t)
    frac = math.floor((t - whole) * 1e9)
    if frac >= 1000000000:
        frac -= 1000000000
        whole += 1
    return int(whole), int(frac)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    _no_dir_fd(dir_fd, 'utime')
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        a_s, a_ns = _split_seconds(times[0])
        m_s, m_ns = _split_seconds(times[1])
        spec = (a_s, a_ns, m_s, m_ns)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: ns must be a tuple of two ints')
        for v in ns:
            if not isinstance(v, int):
                raise TypeError("an integer is required (got type %s)" % type(v).__name__)
        a_s, a_ns = divmod(ns[0], 1000000000)
        m_s, m_ns = divmod(ns[1], 1000000000)
        spec = (a_s, a_ns, m_s, m_ns)
    else:
        spec = None
    _fileio.utime(_path(path), spec, follow_symlinks)


def readlink(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, 'readlink')
    path = _path(path)
    return _decoded(_fileio.readlink(path), path)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _no_dir_fd(dir_fd, 'symlink')
    _fileio.symlink(_path(src), _path(dst))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    _no_dir_fd(dir_fd, 'access')
    if effective_ids:
        raise NotImplementedError('access: effective_ids unavailable on this platform')
    if not follow_symlinks:
        raise NotImplementedError('access: follow_symlinks unavailable on this platform')
    return _fileio.access(_path(path), mode)


def walk(top, topdown=True, onerror=None, followlinks=False):
    # In a sandbox the walk refuses (PermissionError) rather than pass the refusal to
    # onerror and yield nothing, which would read as an empty tree.
    _fileio.check('scandir()')
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        scandir_it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with scandir_it:
        for entry in scandir_it:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = True
                if walk_into:
                    walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# File descriptors (what tempfile.mkstemp hands out): os.open takes the O_* flags above.

def open(path, flags, mode=0o777, *, dir_fd=None):
    _no_dir_fd(dir_fd, 'open')
    return _fileio.openfd(_path(path), flags, mode)


def close(fd):
    _fileio.close(fd)


def read(fd, length):
    # At most 64 KiB come back per call (a short read, which callers of os.read must expect).
    length = length.__index__()
    if length > 0x7fffffffffffffff:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if length < 0:
        raise ValueError('negative count')
    return _fileio.read(fd, length)


def write(fd, data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _fileio.write(fd, bytes(memoryview(data)))


def lseek(fd, position, whence):
    return _fileio.lseek(fd, position, whence)


def ftruncate(fd, length):
    _fileio.ftruncate(fd, length)


def isatty(fd):
    return _fileio.isatty(fd)


class terminal_size(tuple):
    """os.get_terminal_size()'s (columns, lines)."""

    n_sequence_fields = n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if len(seq) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % tuple(self)


def get_terminal_size(fd=1):
    return terminal_size(_fileio.terminal_size(fd))


supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = {stat, utime}


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


del sys
