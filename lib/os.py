# os for Bastion: the part of CPython 3.11's os module that a sandboxed interpreter can offer.
# The constants (name, sep, linesep, curdir ...), os.path (posixpath: pure path computations),
# fspath/fsencode/fsdecode/PathLike, and os.environ/os.environb/getenv over an environment
# that starts EMPTY: the interpreter never reads the host process's environment (it could hold
# secrets), and changes a program makes stay in the program (there is no putenv). A host that
# wants to hand variables to a script sets them in os.environ before running it.
# getcwd/getcwdb, and os.path's questions about files, need the host's file access
# (Runtime::set_host_io; the CLI enables it) and raise PermissionError without it. Everything that would touch files, processes or the
# machine (listdir, remove, stat, system, getpid, kill, ...) is absent, so `hasattr(os, name)`
# tells a program what it can use (docs/differences.md).
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
           'PathLike', 'fspath', 'getcwd', 'getcwdb', 'error', 'extsep', 'urandom']

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


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


del sys
