# pickle: Python object serialization (Python 3.11's `pickle` interface), written for Bastion
# from the protocol's documentation (pickletools, PEP 307, PEP 3154, PEP 574). The bytes a
# Pickler writes are those of CPython 3.11's C pickler (`_pickle`): the same opcode choices,
# memo numbering, batching (1000 items per APPENDS/SETITEMS/ADDITEMS) and 64 KiB framing from
# protocol 4 on. Reductions come from object.__reduce_ex__ (lib/copyreg.py holds the
# defaults), copyreg.dispatch_table, a Pickler's dispatch_table and reducer_override.
#
# The Unpickler is a parser of untrusted bytes: every length is checked against the input
# before it is read, every stack and memo access is checked, and malformed data raises
# UnpicklingError, EOFError or ValueError as CPython does. Like CPython, loading a pickle
# calls the callables it names (find_class resolves them); a restricted Unpickler overrides
# find_class.

import sys
import io
import codecs
import copyreg
from struct import pack as _pack, unpack_from as _unpack_from
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES",
           "BINBYTES8", "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID",
           "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL",
           "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2",
           "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL",
           "INST", "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK",
           "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ",
           "PERSID", "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM",
           "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL",
           "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object, such as a
    security violation."""


PickleError.__module__ = PicklingError.__module__ = UnpicklingError.__module__ = '_pickle'


# --- Opcodes (pickletools documents each) ---------------------------------------------------------
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_PLACEHOLDER = bytes(9)
_READ_CHUNK = 1 << 20


# --- PickleBuffer (PEP 574) -----------------------------------------------------------------------

class PickleBuffer:
    """Wrapper for potentially out-of-band buffers"""

    __slots__ = ('_view',)

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        """Return a memoryview of the raw memory underlying this buffer. Will raise
        BufferError is the buffer isn't contiguous."""
        view = self._view
        if view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        if not view.contiguous:
            raise BufferError("cannot extract raw buffer from non-contiguous buffer")
        return view.cast('B') if view.format != 'B' or view.ndim != 1 else view

    def release(self):
        """Release the underlying buffer exposed by the PickleBuffer object."""
        if self._view is not None:
            self._view.release()
            self._view = None

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


PickleBuffer.__module__ = 'pickle'


def _buffer_view(obj):
    if type(obj) is PickleBuffer:
        view = obj._view
        if view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return view
    return memoryview(obj)


# --- Python 2 name compatibility (fix_imports) ----------------------------------------------------

_MODULE_TO_PY2 = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue', 'socketserver': 'SocketServer',
    'configparser': 'ConfigParser', 'reprlib': 'repr', '_markupbase': 'markupbase', 'winreg': '_winreg',
    '_thread': 'thread', '_dummy_thread': 'dummy_thread', 'dbm.bsd': 'dbhash', 'dbm.dumb': 'dumbdbm',
    'dbm.ndbm': 'dbm', 'dbm.gnu': 'gdbm', 'xmlrpc.client': 'xmlrpclib', 'xmlrpc.server': 'SimpleXMLRPCServer',
    'http.client': 'httplib', 'html.entities': 'htmlentitydefs', 'html.parser': 'HTMLParser',
    'http.cookies': 'Cookie', 'http.cookiejar': 'cookielib', 'http.server': 'BaseHTTPServer',
    'test.support': 'test.test_support', 'subprocess': 'commands', 'urllib.parse': 'urlparse',
    'urllib.robotparser': 'robotparser', 'urllib.request': 'urllib2', 'dbm': 'anydbm',
    'collections.abc': '_abcoll', '_bz2': 'bz2', '_dbm': 'dbm', '_functools': 'functools', '_gdbm': 'gdbm',
    '_pickle': 'pickle', 'tkinter': 'Tkinter', 'tkinter.filedialog': 'tkFileDialog',
    'tkinter.simpledialog': 'tkSimpleDialog', 'tkinter.colorchooser': 'tkColorChooser',
    'tkinter.commondialog': 'tkCommonDialog', 'tkinter.dialog': 'Dialog', 'tkinter.dnd': 'Tkdnd',
    'tkinter.font': 'tkFont', 'tkinter.messagebox': 'tkMessageBox', 'tkinter.scrolledtext': 'ScrolledText',
    'tkinter.constants': 'Tkconstants', 'tkinter.tix': 'Tix', 'tkinter.ttk': 'ttk',
}
_NAME_TO_PY2 = {
    ('builtins', 'range'): ('__builtin__', 'xrange'), ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'), ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'), ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'), ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'), ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
}
for _name in ('ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BufferError',
              'BytesWarning', 'DeprecationWarning', 'EOFError', 'EnvironmentError', 'Exception',
              'FloatingPointError', 'FutureWarning', 'GeneratorExit', 'IOError', 'ImportError',
              'ImportWarning', 'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
              'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError', 'OverflowError',
              'PendingDeprecationWarning', 'ReferenceError', 'RuntimeError', 'RuntimeWarning',
              'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError',
              'TypeError', 'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError',
              'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning',
              'ZeroDivisionError'):
    _NAME_TO_PY2[('builtins', _name)] = ('exceptions', _name)
for _name in ('BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionError',
              'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError', 'FileNotFoundError',
              'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
              'ProcessLookupError', 'TimeoutError'):
    _NAME_TO_PY2[('builtins', _name)] = ('exceptions', 'OSError')
_NAME_TO_PY2[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')

_MODULE_FROM_PY2 = {v: k for k, v in _MODULE_TO_PY2.items()}
_MODULE_FROM_PY2.update({'exceptions': 'builtins', 'cPickle': 'pickle', 'StringIO': 'io',
                         'cStringIO': 'io', 'UserDict': 'collections', 'UserList': 'collections',
                         'UserString': 'collections', 'whichdb': 'dbm', 'anydbm': 'dbm',
                         'dbm': 'dbm.ndbm', 'functools': 'functools', 'bz2': 'bz2', 'gdbm': 'dbm.gnu',
                         'pickle': 'pickle'})
_NAME_FROM_PY2 = {}
for _k, _v in _NAME_TO_PY2.items():
    if _v[0] != 'exceptions' or _v[1] == _k[1]:
        _NAME_FROM_PY2.setdefault(_v, _k)
_NAME_FROM_PY2[('__builtin__', 'reduce')] = ('functools', 'reduce')
_NAME_FROM_PY2[('exceptions', 'StandardError')] = ('builtins', 'Exception')
_NAME_FROM_PY2[('UserDict', 'UserDict')] = ('collections', 'UserDict')
_NAME_FROM_PY2[('socket', '_socketobject')] = ('socket', 'SocketType')
_NAME_FROM_PY2[('__builtin__', 'basestring')] = ('builtins', 'str')
del _k, _v, _name

# The module-level bytes reduction of protocols 0-2 names _codecs.encode (as CPython's does).
try:
    import _codecs
    if not hasattr(_codecs, 'encode'):
        _codecs.encode = codecs.encode
except ImportError:
    pass


def _getattribute(obj, name):
    """(obj.<dotted name>, the object it was found on), CPython's errors naming obj."""
    parts = name.split('.')
    if '<locals>' in parts:
        raise AttributeError("Can't pickle local attribute {!r} on {!r}".format(name, obj))
    top = obj
    parent = None
    for subpath in parts:
        parent = obj
        try:
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, top)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belong to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _import_module(name):
    __import__(name, level=0)
    return sys.modules[name]


def encode_long(x):
    r"""Encode a long to a two's complement little-endian binary string.
    Note that 0 is a special case, returning an empty string, to save a byte in the LONG1
    pickling context."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    r"""Decode a long from a two's complement little-endian binary string."""
    return int.from_bytes(data, byteorder='little', signed=True)


def _escape_unicode(text):
    # raw-unicode-escape, with the characters that would end or confuse a text line escaped too.
    out = []
    for ch in text:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 256 or ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


_FunctionType = type(_getattribute)


def _is_type(obj):
    return isinstance(obj, type)


# --- Pickler --------------------------------------------------------------------------------------

class Pickler:
    """This takes a binary file for writing a pickle data stream."""

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = protocol.__index__() if not isinstance(protocol, int) else protocol
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.memo = {}
        self._module_names = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self._buf = bytearray()
        self._frame_start = -1
        self._framing = False

    # The output buffer with CPython's frame placement: a frame opens (9 bytes reserved for
    # its header) at the first write after the previous one closed, and closes between
    # opcodes once it holds 64 KiB; one of fewer than 4 bytes loses its header.
    def _write(self, data):
        buf = self._buf
        if self._frame_start < 0 and self._framing:
            self._frame_start = len(buf)
            buf += _FRAME_PLACEHOLDER
        buf += data

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        self._frame_start = -1
        buf = self._buf
        n = len(buf) - start - 9
        if n >= _FRAME_SIZE_MIN:
            buf[start:start + 9] = FRAME + _pack('<Q', n)
        else:
            del buf[start:start + 9]

    def _write_large(self, header, payload):
        # Data of a frame's size or more goes out unframed, after the frame so far.
        if len(payload) >= _FRAME_SIZE_TARGET and self._framing:
            self._commit_frame()
            self._framing = False
            self._write(header)
            self._write(payload)
            self._framing = True
        else:
            self._write(header)
            self._write(payload)

    def _flush_out(self):
        if self._buf and self._frame_start < 0:
            data = bytes(self._buf)
            self._buf = bytearray()
            self._file_write(data)

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()
        self._module_names.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        self._framing = False
        self._frame_start = -1
        self._buf = bytearray()
        if self.proto >= 2:
            self._write(PROTO + _pack("<B", self.proto))
        if self.proto >= 4:
            self._framing = True
        self._pers_func = getattr(self, 'persistent_id', None)
        self._reducer_override = getattr(self, 'reducer_override', None)
        table = getattr(self, 'dispatch_table', None)
        self._table = dispatch_table if table is None else table
        try:
            self.save(obj)
        except RecursionError:
            raise RecursionError("maximum recursion depth exceeded while pickling an object") from None
        self._write(STOP)
        self._commit_frame()
        self._framing = False
        self._flush_out()

    # --- memo --------------------------------------------------------------------------------------
    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        memo = self.memo
        idx = len(memo)
        self._write(MEMOIZE if self.proto >= 4 else self.put(idx))
        memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + _pack("<B", idx)
            return LONG_BINPUT + _pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + _pack("<B", i)
            return LONG_BINGET + _pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    # --- save --------------------------------------------------------------------------------------
    def save(self, obj, save_persistent_id=True):
        self._save(obj, save_persistent_id)
        # An opcode boundary: a frame holding 64 KiB closes here.
        start = self._frame_start
        if start >= 0 and len(self._buf) - start - 9 >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._flush_out()

    def _save(self, obj, save_persistent_id):
        if save_persistent_id and self._pers_func is not None:
            pid = self._pers_func(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        atom = _ATOMS.get(t)
        if atom is not None:  # None, bools, ints and floats: never memoized
            atom(self, obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._write(self.get(x[0]))
            return
        if t is bytes:
            self.save_bytes(obj)
            return
        if t is str:
            self.save_str(obj)
            return
        rv = NotImplemented
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
        if rv is NotImplemented:
            f = self._FAST.get(t)
            if f is not None:
                f(self, obj)
                return
            if t is type:
                self.save_type(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            reduce = self._table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is None:
                        raise PicklingError("can't pickle '%s' object: %r" % (t.__name__, obj))
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce_tuple(rv, obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            text = str(pid)
            if not text.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._write(PERSID + text.encode("ascii") + b'\n')

    def save_reduce_tuple(self, rv, obj):
        size = len(rv)
        if size < 2 or size > 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        rv = rv + (None,) * (6 - size)
        func, args, state, listitems, dictitems, state_setter = rv
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                "function, not %s" % type(state_setter).__name__)
        self.save_reduce(func, args, state, listitems, dictitems, state_setter, obj=obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        write = self._write
        name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d"
                                    % len(args))
            cls, cargs, kwargs = args
            if not _is_type(cls):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, not %s"
                                    % type(cls).__name__)
            if not isinstance(cargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not %s"
                                    % type(cargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, not %s"
                                    % type(kwargs).__name__)
            if self.proto >= 4:
                self.save(cls)
                self.save(cargs)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *cargs, **kwargs))
                self.save(())
                write(REDUCE)
        elif name == "__newobj__":
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not _is_type(cls):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # --- atoms ---------------------------------------------------------------------------------------
    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._write(BININT1 + _pack("<B", obj))
                elif 0 <= obj <= 0xffff:
                    self._write(BININT2 + _pack("<H", obj))
                else:
                    self._write(BININT + _pack("<i", obj))
            else:
                self._write(INT + repr(obj).encode("ascii") + b'\n')
            return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self._write(LONG1 + _pack("<B", n) + data)
            else:
                if n > 0x7fffffff:
                    raise OverflowError("int too large to pickle")
                self._write(LONG4 + _pack("<i", n) + data)
            return
        self._write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_none(self, obj):
        self._write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self._write(NEWTRUE if obj else NEWFALSE)
        else:
            self._write(TRUE if obj else FALSE)

    def save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + _pack('>d', obj))
        else:
            self._write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def _save_bytes_data(self, obj):
        n = len(obj)
        if n <= 0xff:
            self._write(SHORT_BINBYTES + _pack("<B", n) + bytes(obj))
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + _pack("<Q", n), bytes(obj))
        elif n > 0xffffffff:
            raise OverflowError("cannot serialize a bytes object larger than 4 GiB")
        else:
            self._write_large(BINBYTES + _pack("<I", n), bytes(obj))

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self._save_codecs_encode()
                self.save((str(obj, 'latin1'), 'latin1'))
                self._write(REDUCE)
                x = self.memo.get(id(obj))
                if x is not None:
                    self._write(POP + self.get(x[0]))
                else:
                    self.memoize(obj)
            return
        self._save_bytes_data(obj)
        self.memoize(obj)

    def _save_codecs_encode(self):
        import _codecs
        x = self.memo.get(id(_codecs.encode))
        if x is not None:
            self._write(self.get(x[0]))
        else:
            self.save_global(_codecs.encode, '_codecs.encode', module_name='_codecs', global_name='encode')

    def _save_bytearray_data(self, obj):
        n = len(obj)
        self._write_large(BYTEARRAY8 + _pack("<Q", n), bytes(obj))

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._save_bytearray_data(obj)
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        m = _buffer_view(obj)
        if not m.contiguous:
            raise PicklingError("PickleBuffer can not be pickled when pointing to a non-contiguous buffer")
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if m.readonly:
                self._save_bytes_data(m.tobytes())
            else:
                self._save_bytearray_data(m.tobytes())
            self.memoize(obj)
        else:
            self._write(NEXT_BUFFER)
            if m.readonly:
                self._write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self._write(SHORT_BINUNICODE + _pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + _pack("<Q", n), encoded)
            elif n > 0xffffffff:
                raise OverflowError("cannot serialize a string larger than 4GiB")
            else:
                self._write_large(BINUNICODE + _pack("<I", n), encoded)
        else:
            self._write(UNICODE + _escape_unicode(obj) + b'\n')
        self.memoize(obj)

    # --- containers ----------------------------------------------------------------------------------
    def save_tuple(self, obj):
        write = self._write
        n = len(obj)
        if not n:
            if self.bin:
                write(EMPTY_TUPLE)
            else:
                write(MARK + TUPLE)
            return
        proto = self.proto
        if n <= 3 and proto >= 2:
            for element in obj:
                self.save(element)
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP * n + self.get(x[0]))
            else:
                write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write(MARK)
        for element in obj:
            self.save(element)
        x = self.memo.get(id(obj))
        if x is not None:
            # The tuple is recursive: it was pickled (and memoized) while its items were.
            if self.bin:
                write(POP_MARK + self.get(x[0]))
            else:
                write(POP * (n + 1) + self.get(x[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self._write(EMPTY_LIST)
        else:
            self._write(MARK + LIST)
        self.memoize(obj)
        self._batch_list(obj)

    def _batch_list(self, obj):
        # An exact list, batched by index as CPython's batch_list_exact (its length read afresh,
        # as saving an item may change it): one item alone is an APPEND, else MARK .. APPENDS
        # per 1000 items.
        write = self._write
        if not self.bin:
            i = 0
            while i < len(obj):
                self.save(obj[i])
                write(APPEND)
                i += 1
            return
        if not obj:
            return
        if len(obj) == 1:
            self.save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            this_batch = 0
            while total < len(obj):
                self.save(obj[total])
                total += 1
                this_batch += 1
                if this_batch == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                return

    def _batch_appends(self, items):
        # Not a list: items is an iterator; CPython looks one item ahead to use APPEND alone.
        write = self._write
        save = self.save
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            try:
                first = next(it)
            except StopIteration:
                return
            try:
                second = next(it)
            except StopIteration:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            save(second)
            n = 2
            done = False
            while n < _BATCHSIZE:
                try:
                    x = next(it)
                except StopIteration:
                    done = True
                    break
                save(x)
                n += 1
            write(APPENDS)
            if done:
                return

    def save_dict(self, obj):
        if self.bin:
            self._write(EMPTY_DICT)
        else:
            self._write(MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        # An exact dict (CPython's batch_dict_exact): one pair alone is a SETITEM, else MARK ..
        # SETITEMS per 1000 pairs, with a last empty batch when the size is a multiple of 1000.
        size = len(obj)
        items = iter(obj.items())
        if size == 1:
            for k, v in items:
                self.save(k)
                self.save(v)
            self._write(SETITEM)
            return
        while True:
            self._write(MARK)
            i = 0
            for k, v in items:
                self.save(k)
                self.save(v)
                i += 1
                if i == _BATCHSIZE:
                    break
            self._write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if i != _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        write = self._write
        save = self.save
        if not self.bin:
            for kv in items:
                if not isinstance(kv, tuple) or len(kv) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(kv[0])
                save(kv[1])
                write(SETITEM)
            return
        it = iter(items)
        while True:
            try:
                first = next(it)
            except StopIteration:
                return
            if not isinstance(first, tuple) or len(first) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            try:
                second = next(it)
            except StopIteration:
                save(first[0])
                save(first[1])
                write(SETITEM)
                return
            write(MARK)
            save(first[0])
            save(first[1])
            if not isinstance(second, tuple) or len(second) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            save(second[0])
            save(second[1])
            n = 2
            done = False
            while n < _BATCHSIZE:
                try:
                    kv = next(it)
                except StopIteration:
                    done = True
                    break
                if not isinstance(kv, tuple) or len(kv) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(kv[0])
                save(kv[1])
                n += 1
            write(SETITEMS)
            if done:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self._write
        write(EMPTY_SET)
        self.memoize(obj)
        size = len(obj)
        if not size:
            return
        # MARK .. ADDITEMS per 1000 items, a last empty batch when the size is a multiple of 1000.
        items = iter(obj)
        while True:
            write(MARK)
            i = 0
            for item in items:
                self.save(item)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if i != _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self._write
        write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    # --- globals -------------------------------------------------------------------------------------
    def save_global(self, obj, name=None, module_name=None, global_name=None):
        write = self._write
        if global_name is None:
            if name is None:
                name = getattr(obj, '__qualname__', None)
                if name is None:
                    name = obj.__name__
            global_name = name
            dotted = name.split('.')
            if '<locals>' in dotted:
                raise AttributeError("Can't pickle local object %r" % (name,))
            # One string object per module name, as CPython's interned names are: a module
            # named twice is a memo hit.
            module_name = whichmodule(obj, name)
            module_name = self._module_names.setdefault(module_name, module_name)
            try:
                module = _import_module(module_name)
            except Exception:
                raise PicklingError("Can't pickle %r: import of module %r failed"
                                    % (obj, module_name)) from None
            try:
                found, parent = _getattribute(module, name)
            except AttributeError:
                raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                    % (obj, name, module_name)) from None
            if found is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                    % (obj, module_name, name))
            lastname = dotted[-1]
        else:
            parent = module = None
            lastname = global_name
        if self.proto >= 2:
            code = _extension_registry.get((module_name, global_name))
            if code:
                if code <= 0 or code > 0x7fffffff:
                    raise PicklingError("Can't pickle %r: extension code %d is out of range" % (obj, code))
                if code <= 0xff:
                    write(EXT1 + _pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + _pack("<H", code))
                else:
                    write(EXT4 + _pack("<i", code))
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(global_name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n' + global_name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                key = (module_name, global_name)
                if key in _NAME_TO_PY2:
                    module_name, global_name = _NAME_TO_PY2[key]
                elif module_name in _MODULE_TO_PY2:
                    module_name = _MODULE_TO_PY2[module_name]
            try:
                mod_bytes = module_name.encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier '%s' using pickle protocol %d"
                                    % (module_name, self.proto)) from None
            try:
                name_bytes = global_name.encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s' using pickle protocol %d"
                                    % (global_name, self.proto)) from None
            write(GLOBAL + mod_bytes + b'\n' + name_bytes + b'\n')
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _FAST = {}


_ATOMS = {type(None): Pickler.save_none, bool: Pickler.save_bool, int: Pickler.save_long,
          float: Pickler.save_float}
Pickler._FAST.update({
    dict: Pickler.save_dict,
    list: Pickler.save_list,
    tuple: Pickler.save_tuple,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    bytearray: Pickler.save_bytearray,
    PickleBuffer: Pickler.save_picklebuffer,
})


# --- Unpickler ------------------------------------------------------------------------------------

class Unpickler:
    """This takes a binary file for reading a pickle data stream."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._file_readinto = getattr(file, 'readinto', None)
        self._file = file
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._data = None
        self._whole = None  # loads(): the whole input, read as one frame

    # --- input -----------------------------------------------------------------------------------
    # A frame is read whole into _data; reads inside it are checked against its end. Without a
    # frame, reads go to the file.
    def _read(self, n):
        data = self._data
        if data is not None:
            pos = self._pos
            end = pos + n
            if end <= len(data):
                self._pos = end
                return data[pos:end]
            self._data = None
            if pos < len(data):
                # A read across the frame's end: a frame only says how much may be read at
                # once (as CPython's C unpickler, which does not hold reads to its bounds).
                head = data[pos:]
                return head + self._read_file(n - len(head))
        return self._read_file(n)

    def _read_file(self, n):
        # A length from the data is not trusted with one allocation: past 1 MiB the file is
        # read a MiB at a time, so a short file ends the read before much is held.
        if n <= _READ_CHUNK:
            chunk = self._file_read(n)
            if len(chunk) < n:
                raise UnpicklingError("pickle data was truncated")
            return chunk
        parts = []
        left = n
        while left:
            chunk = self._file_read(min(left, _READ_CHUNK))
            if not chunk:
                raise UnpicklingError("pickle data was truncated")
            parts.append(chunk)
            left -= len(chunk)
        return b''.join(parts)

    def _readline(self):
        data = self._data
        if data is not None:
            pos = self._pos
            nl = data.find(b'\n', pos)
            if nl >= 0:
                self._pos = nl + 1
                return data[pos:nl + 1]
            self._data = None
            if pos < len(data):
                line = data[pos:] + self._file_readline()
                if not line.endswith(b'\n'):
                    raise UnpicklingError("pickle data was truncated")
                return line
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _read_opcode(self):
        data = self._data
        if data is not None:
            pos = self._pos
            if pos < len(data):
                self._pos = pos + 1
                return data[pos]
            self._data = None
        b = self._file_read(1)
        if not b:
            raise EOFError("Ran out of input")
        return b[0]

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self._data = self._whole
        self._whole = None
        self._pos = 0
        self.metastack = []
        self.stack = []
        self.proto = 0
        self._persistent_load = getattr(self, 'persistent_load', None)
        dispatch = self._DISPATCH
        try:
            while True:
                data = self._data
                pos = self._pos
                if data is not None and pos < len(data):
                    self._pos = pos + 1
                    code = data[pos]
                else:
                    code = self._read_opcode()
                handler = dispatch[code]
                if handler is None:
                    if code == 0x2e:  # STOP
                        return self._pop_value()
                    raise UnpicklingError("invalid load key, '%s'." % _key_repr(code))
                handler(self)
        finally:
            self._data = None
            self.stack = self.metastack = None

    def _pop_value(self):
        return self._pop()

    def _underflow(self):
        if self.metastack:
            return UnpicklingError("unexpected MARK found")
        return UnpicklingError("unpickling stack underflow")

    # --- the stack ---------------------------------------------------------------------------------
    def _top(self):
        if not self.stack:
            raise self._underflow()
        return self.stack[-1]

    def _pop(self):
        if not self.stack:
            raise self._underflow()
        return self.stack.pop()

    def _pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _need(self, n):
        if len(self.stack) < n:
            raise self._underflow()

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            key = (module, name)
            if key in _NAME_FROM_PY2:
                module, name = _NAME_FROM_PY2[key]
            elif module in _MODULE_FROM_PY2:
                module = _MODULE_FROM_PY2[module]
        if module == '_codecs' and name == 'encode':
            import _codecs
            if not hasattr(_codecs, 'encode'):
                _codecs.encode = codecs.encode
        try:
            __import__(module, level=0)
        except ImportError:
            # CPython's accelerator modules that Bastion writes as their public modules.
            alias = _ACCELERATOR_ALIASES.get(module)
            if alias is None:
                raise
            __import__(alias, level=0)
            module = alias
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        mod = sys.modules[module]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # --- opcode handlers ---------------------------------------------------------------------------
    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        frame_size, = _unpack_from('<Q', self._read(8))
        if frame_size > sys.maxsize:
            raise OverflowError("FRAME length exceeds system's maximum of %d bytes" % sys.maxsize)
        data = self._data
        if data is not None and self._pos + frame_size <= len(data):
            return  # already in hand: a frame only promises that much input
        frame = self._read(frame_size)
        self._data = frame
        self._pos = 0

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.stack.append(self._call_persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.stack.append(self._call_persistent_load(pid))

    def _call_persistent_load(self, pid):
        if self._persistent_load is None:
            raise UnpicklingError("A load persistent id instruction was encountered,\n"
                                  "but no persistent_load function was specified.")
        return self._persistent_load(pid)

    def load_none(self):
        self.stack.append(None)

    def load_false(self):
        self.stack.append(False)

    def load_true(self):
        self.stack.append(True)

    def load_int(self):
        self.stack.append(_int_line(self._readline()))

    def load_binint(self):
        self.stack.append(_unpack_from('<i', self._read(4))[0])

    def load_binint1(self):
        self.stack.append(self._read(1)[0])

    def load_binint2(self):
        self.stack.append(_unpack_from('<H', self._read(2))[0])

    def load_long(self):
        self.stack.append(_long_line(self._readline()))

    def load_long1(self):
        n = self._read(1)[0]
        self.stack.append(decode_long(self._read(n)))

    def load_long4(self):
        n, = _unpack_from('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(decode_long(self._read(n)))

    def load_float(self):
        self.stack.append(_float_line(self._readline()))

    def load_binfloat(self):
        self.stack.append(_unpack_from('>d', self._read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.stack.append(self._decode_string(codecs.escape_decode(data)[0]))

    def load_binstring(self):
        n, = _unpack_from('<I', self._read(4))
        self.stack.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.stack.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n, = _unpack_from('<I', self._read(4))
        self.stack.append(bytes(self._read(n)))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.stack.append(bytes(self._read(n)))

    def load_binbytes8(self):
        n, = _unpack_from('<Q', self._read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.stack.append(bytes(self._read(n)))

    def load_bytearray8(self):
        n, = _unpack_from('<Q', self._read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.stack.append(bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                                  "argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.stack.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        m = _buffer_view(buf)
        if not m.readonly:
            self.stack[-1] = m.toreadonly()

    def load_unicode(self):
        self.stack.append(str(self._readline()[:-1], 'raw-unicode-escape'))

    def load_binunicode(self):
        n, = _unpack_from('<I', self._read(4))
        self.stack.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = _unpack_from('<Q', self._read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.stack.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.stack.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self._pop_mark()
        self.stack.append(tuple(items))

    def load_empty_tuple(self):
        self.stack.append(())

    def load_tuple1(self):
        self._need(1)
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        self._need(2)
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        self._need(3)
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.stack.append([])

    def load_empty_dictionary(self):
        self.stack.append({})

    def load_empty_set(self):
        self.stack.append(set())

    def load_frozenset(self):
        items = self._pop_mark()
        self.stack.append(frozenset(items))

    def load_list(self):
        items = self._pop_mark()
        self.stack.append(items)

    def load_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.stack.append(d)

    def _instantiate(self, klass, args):
        if not args and isinstance(klass, type) and not hasattr(klass, "__getinitargs__"):
            self.stack.append(klass.__new__(klass))
        else:
            self.stack.append(klass(*args))

    def load_inst(self):
        args = self._pop_mark()
        module = self._text_line().decode("ascii")
        name = self._text_line().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, args)

    def _text_line(self):
        # A line holding an argument: empty ones are a truncation, as in CPython's C unpickler.
        line = self._readline()
        if len(line) < 2:
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def load_obj(self):
        args = self._pop_mark()
        if not args:
            raise self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s" % type(args).__name__)
        self.stack.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s" % type(kwargs).__name__)
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._text_line().decode("utf-8")
        name = self._text_line().decode("utf-8")
        self.stack.append(self.find_class(module, name))

    def load_stack_global(self):
        try:
            name = self._pop()
            module = self._pop()
        except UnpicklingError:
            name = module = None
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._read(1)[0])

    def load_ext2(self):
        self._get_extension(_unpack_from('<H', self._read(2))[0])

    def load_ext4(self):
        self._get_extension(_unpack_from('<i', self._read(4))[0])

    def _get_extension(self, code):
        obj = _extension_cache.get(code, _MISSING)
        if obj is not _MISSING:
            self.stack.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        if type(key) is not tuple or len(key) != 2:
            raise ValueError("_inverted_registry[%d] isn't a 2-tuple of strings" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.stack.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.stack.append(func(*args))

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self.stack = self.metastack.pop()
        else:
            raise self._underflow()

    def load_pop_mark(self):
        self._pop_mark()

    def load_dup(self):
        self.stack.append(self._top())

    def _memo_get(self, idx):
        try:
            self.stack.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def load_get(self):
        self._memo_get(int(_c_text(self._text_line() + b'\n')))

    def load_binget(self):
        self._memo_get(self._read(1)[0])

    def load_long_binget(self):
        self._memo_get(_unpack_from('<I', self._read(4))[0])

    def load_put(self):
        top = self._top()
        idx = int(_c_text(self._text_line() + b'\n'))
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = top

    def load_binput(self):
        top = self._top()
        self.memo[self._read(1)[0]] = top

    def load_long_binput(self):
        top = self._top()
        idx, = _unpack_from('<I', self._read(4))
        self.memo[idx] = top

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        lst = self._top()
        if type(lst) is list:
            lst.append(value)
        else:
            lst.append(value)

    def load_appends(self):
        items = self._pop_mark()
        lst = self._top()
        if type(lst) is list:
            lst.extend(items)
            return
        extend = getattr(lst, 'extend', None)
        if extend is not None:
            extend(items)
            return
        append = lst.append
        for item in items:
            append(item)

    def load_setitem(self):
        self._need(3)
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def load_setitems(self):
        items = self._pop_mark()
        d = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self._pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[k] = v
                else:
                    inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []


_MISSING = object()
_ACCELERATOR_ALIASES = {'_operator': 'operator', '_functools': 'functools', '_datetime': 'datetime',
                        '_collections_abc': 'collections.abc', '_pickle': 'pickle', '_heapq': 'heapq',
                        '_bisect': 'bisect', '_random': 'random', '_struct': 'struct', '_json': 'json'}


def _key_repr(code):
    if 0x20 <= code <= 0x7e and code not in (0x27, 0x5c):
        return chr(code)
    return '\\x%02x' % code


# --- Protocol 0's numbers, parsed as CPython's C unpickler parses them (C strtol, then
# PyLong_FromString / PyOS_string_to_double), so the same text gives the same value or error.

_SPACE = b' \t\n\v\f\r'


def _digit(c, base):
    if 48 <= c <= 57:
        d = c - 48
    elif 97 <= c <= 122:
        d = c - 87
    elif 65 <= c <= 90:
        d = c - 55
    else:
        return -1
    return d if d < base else -1


def _strtol(s):
    """C strtol(s, &end, 0) on bytes: (value, end), end 0 when nothing was converted."""
    i, n = 0, len(s)
    while i < n and s[i] in _SPACE:
        i += 1
    negative = False
    if i < n and s[i] in b'+-':
        negative = s[i] == 45
        i += 1
    base = 10
    if i + 2 < n + 0 and s[i] == 48 and s[i + 1] in b'xX' and _digit(s[i + 2], 16) >= 0:
        base = 16
        i += 2
    elif i < n and s[i] == 48:
        base = 8
    start = i
    value = 0
    while i < n:
        d = _digit(s[i], base)
        if d < 0:
            break
        value = value * base + d
        i += 1
    if i == start:
        return 0, 0
    return (-value if negative else value), i


def _c_text(line):
    # The C string the C unpickler parses: the line up to a NUL, as UTF-8.
    nul = line.find(b'\0')
    if nul >= 0:
        line = line[:nul]
    return line.decode('utf-8')


def _int_line(line):
    if len(line) < 2:
        raise UnpicklingError("pickle data was truncated")
    value, end = _strtol(line)
    if line[end] in b'\n\0' and -2**63 <= value < 2**63:
        if len(line) == 3 and value in (0, 1):
            return bool(value)
        return value
    try:
        return int(_c_text(line), 0)
    except ValueError:
        raise ValueError("could not convert string to int") from None


def _literal_base(text):
    body = text.lstrip(' \t\n\v\f\r').lstrip('+-')
    if body[:1] != '0':
        return 10
    return {'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}.get(body[1:2], 0)


def _long_line(line):
    if len(line) < 2:
        raise UnpicklingError("pickle data was truncated")
    if line[-2] == 76:  # a trailing 'L' (Python 2's long suffix) is dropped
        line = line[:-2]
    text = _c_text(line)
    try:
        return int(text, 0)
    except ValueError:
        raise ValueError("invalid literal for int() with base %d: %r"
                         % (_literal_base(text), text[:200])) from None


def _float_prefix(s):
    """The length of the float literal at the start of s (0: none), as C strtod reads one."""
    i, n = 0, len(s)
    if i < n and s[i] in '+-':
        i += 1
    word = s[i:i + 8].lower()
    if word == 'infinity':
        return i + 8
    if word[:3] in ('inf', 'nan'):
        return i + 3
    digits = 0
    while i < n and '0' <= s[i] <= '9':
        i += 1
        digits += 1
    if i < n and s[i] == '.':
        i += 1
        while i < n and '0' <= s[i] <= '9':
            i += 1
            digits += 1
    if not digits:
        return 0
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j < n and '0' <= s[j] <= '9':
            while j < n and '0' <= s[j] <= '9':
                j += 1
            i = j
    return i


def _float_line(line):
    if len(line) < 2:
        raise UnpicklingError("pickle data was truncated")
    nul = line.find(b'\0')
    text = (line if nul < 0 else line[:nul]).decode('utf-8', 'replace')
    end = _float_prefix(text)
    if end == 0:
        raise ValueError("could not convert string to float: '%s'" % (text[:200],))
    value = float(text[:end])
    if value in (float('inf'), float('-inf')) and text[:end].lstrip('+-')[:1].lower() != 'i':
        raise OverflowError("value too large to convert to float: '%s'" % (text[:200],))
    if text[end:end + 1] not in ('\n', ''):
        raise ValueError("could not convert string to float")
    return value


def _build_dispatch():
    table = [None] * 256
    U = Unpickler
    pairs = [
        (PROTO, U.load_proto), (FRAME, U.load_frame), (PERSID, U.load_persid),
        (BINPERSID, U.load_binpersid), (NONE, U.load_none), (NEWFALSE, U.load_false),
        (NEWTRUE, U.load_true), (INT, U.load_int), (BININT, U.load_binint), (BININT1, U.load_binint1),
        (BININT2, U.load_binint2), (LONG, U.load_long), (LONG1, U.load_long1), (LONG4, U.load_long4),
        (FLOAT, U.load_float), (BINFLOAT, U.load_binfloat), (STRING, U.load_string),
        (BINSTRING, U.load_binstring), (SHORT_BINSTRING, U.load_short_binstring),
        (BINBYTES, U.load_binbytes), (SHORT_BINBYTES, U.load_short_binbytes),
        (BINBYTES8, U.load_binbytes8), (BYTEARRAY8, U.load_bytearray8),
        (NEXT_BUFFER, U.load_next_buffer), (READONLY_BUFFER, U.load_readonly_buffer),
        (UNICODE, U.load_unicode), (BINUNICODE, U.load_binunicode), (BINUNICODE8, U.load_binunicode8),
        (SHORT_BINUNICODE, U.load_short_binunicode), (TUPLE, U.load_tuple),
        (EMPTY_TUPLE, U.load_empty_tuple), (TUPLE1, U.load_tuple1), (TUPLE2, U.load_tuple2),
        (TUPLE3, U.load_tuple3), (EMPTY_LIST, U.load_empty_list), (EMPTY_DICT, U.load_empty_dictionary),
        (EMPTY_SET, U.load_empty_set), (FROZENSET, U.load_frozenset), (LIST, U.load_list),
        (DICT, U.load_dict), (INST, U.load_inst), (OBJ, U.load_obj), (NEWOBJ, U.load_newobj),
        (NEWOBJ_EX, U.load_newobj_ex), (GLOBAL, U.load_global), (STACK_GLOBAL, U.load_stack_global),
        (EXT1, U.load_ext1), (EXT2, U.load_ext2), (EXT4, U.load_ext4), (REDUCE, U.load_reduce),
        (POP, U.load_pop), (POP_MARK, U.load_pop_mark), (DUP, U.load_dup), (GET, U.load_get),
        (BINGET, U.load_binget), (LONG_BINGET, U.load_long_binget), (PUT, U.load_put),
        (BINPUT, U.load_binput), (LONG_BINPUT, U.load_long_binput), (MEMOIZE, U.load_memoize),
        (APPEND, U.load_append), (APPENDS, U.load_appends), (SETITEM, U.load_setitem),
        (SETITEMS, U.load_setitems), (ADDITEMS, U.load_additems), (BUILD, U.load_build),
        (MARK, U.load_mark),
    ]
    for op, fn in pairs:
        table[op[0]] = fn
    return tuple(table)


Unpickler._DISPATCH = _build_dispatch()


# --- Shorthands -----------------------------------------------------------------------------------

class _BytesSink:
    __slots__ = ('parts',)

    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(sink.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    unpickler = Unpickler(io.BytesIO(b''), fix_imports=fix_imports, buffers=buffers,
                          encoding=encoding, errors=errors)
    unpickler._whole = bytes(memoryview(data))
    return unpickler.load()


_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
