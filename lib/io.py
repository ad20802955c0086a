# io for Bastion: open() (binary BufferedReader/Writer/Random and TextIOWrapper with
# encodings, errors and newline translation), input(), StringIO and BytesIO, with CPython
# 3.11's modes, reprs and error messages. Files sit on the native _fileio module, which
# refuses unless the host enabled file and console access. Reads go through 64 KiB chunks,
# so a file is never held in memory beyond what the program asks for.
# Original code written for Bastion after CPython 3.11's documented behaviour.

import _fileio
import sys as _sys

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
_CHUNK = 65536


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class IOBase:
    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _check_readable(self):
        self._check_closed()
        if not self.readable():
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        self._check_closed()
        if not self.writable():
            raise UnsupportedOperation("not writable")

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def flush(self):
        self._check_closed()

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is not None:
        path = fspath(file)
        if isinstance(path, (str, bytes)):
            return path
        raise TypeError(f"expected {type(file).__name__}.__fspath__() to return str or bytes, "
                        f"not {type(path).__name__}")
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")


class _BufferedFile(IOBase):
    """A binary file over a descriptor: reads are buffered, writes go straight through."""

    def __init__(self, fd, name, mode, readable, writable, closefd=True):
        self._fd = fd
        self.name = name
        self.mode = mode
        self._readable = readable
        self._writable = writable
        self._closefd = closefd
        self._buf = b''

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        try:
            _fileio.lseek(self._fd, 0, 1)
        except OSError:
            return False
        return True

    def fileno(self):
        self._check_closed()
        return self._fd

    def isatty(self):
        self._check_closed()
        return _fileio.isatty(self._fd)

    def _fill(self):
        chunk = _fileio.read(self._fd, _CHUNK)
        self._buf += chunk
        return len(chunk)

    def readinto(self, b):
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            parts = [self._buf]
            self._buf = b''
            while True:
                chunk = _fileio.read(self._fd, _CHUNK)
                if not chunk:
                    break
                parts.append(chunk)
            return b''.join(parts)
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def read1(self, size=-1):
        self._check_readable()
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        start = 0
        while True:
            i = self._buf.find(b'\n', start)
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= len(self._buf):
                end = size
                break
            start = len(self._buf)
            if not self._fill():
                end = len(self._buf)
                break
        if 0 <= size < end:
            end = size
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    def _drop_read_buffer(self):
        if self._buf:
            _fileio.lseek(self._fd, -len(self._buf), 1)
            self._buf = b''

    def write(self, data):
        self._check_writable()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        self._drop_read_buffer()
        return _fileio.write(self._fd, data)

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        if whence == 1:
            pos -= len(self._buf)
        self._buf = b''
        return _fileio.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_closed()
        return _fileio.lseek(self._fd, 0, 1) - len(self._buf)

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self.tell()
        self._drop_read_buffer()
        _fileio.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self._closed:
            self._closed = True
            if self._closefd:
                _fileio.close(self._fd)

    def __repr__(self):
        return f"<_io.{type(self).__name__} name={self.name!r}>"


class BufferedReader(_BufferedFile):
    pass


class BufferedWriter(_BufferedFile):
    pass


class BufferedRandom(_BufferedFile):
    pass


for _cls in (BufferedReader, BufferedWriter, BufferedRandom):
    _cls.__module__ = '_io'
del _cls


def _utf8_cut(data):
    # Where a chunk may be cut without splitting a UTF-8 sequence.
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b < 0x80:
            return n
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            return n - back if need > back else n
    return n


class TextIOWrapper(IOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None:
            encoding = 'UTF-8'
        ''.encode(encoding)  # LookupError: unknown encoding
        self.buffer = buffer
        self.encoding = encoding
        self.errors = 'strict' if errors is None else errors
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._newline = newline
        self._text = ''          # decoded, not yet translated or consumed
        self._raw = b''          # undecoded tail of the last chunk
        self._eof = False
        self._seen = 0           # newline kinds seen: 1 '\r', 2 '\n', 4 '\r\n'
        low = encoding.lower().replace('_', '-')
        self._unit = 4 if low.startswith('utf-32') else 2 if low.startswith('utf-16') else 1
        self._utf8 = low in ('utf-8', 'utf8')

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def _check_closed(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def newlines(self):
        kinds = [s for s, bit in (('\r', 1), ('\n', 2), ('\r\n', 4)) if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            self.buffer.close()

    def detach(self):
        buffer = self.buffer
        self.buffer = None
        return buffer

    def __repr__(self):
        mode = getattr(self, 'mode', None)
        mode_part = '' if mode is None else f" mode={mode!r}"
        return f"<_io.TextIOWrapper name={self.name!r}{mode_part} encoding={self.encoding!r}>"

    # --- reading ---
    def _fill(self):
        if self._eof:
            return False
        chunk = self.buffer.read(_CHUNK)
        data = self._raw + chunk
        if len(chunk) < _CHUNK:  # a short read is the end of the file: decode the rest whole
            self._eof = True
            self._raw = b''
            if data:
                self._text += data.decode(self.encoding, self.errors)
            return bool(data)
        if self._utf8:
            cut = _utf8_cut(data)
        else:
            cut = len(data) - len(data) % self._unit
        self._raw = data[cut:]
        self._text += data[:cut].decode(self.encoding, self.errors)
        return True

    def _note(self, text):
        if '\r\n' in text:
            self._seen |= 4
            text = text.replace('\r\n', '')
        if '\r' in text:
            self._seen |= 1
        if '\n' in text:
            self._seen |= 2

    def _take(self, n):
        # Consume n characters of self._text (untranslated) and return them translated.
        piece, self._text = self._text[:n], self._text[n:]
        if self._newline is None:
            self._note(piece)
            return piece.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline == '':
            self._note(piece)
        return piece

    def read(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        if size is None or size < 0:
            while self._fill():
                pass
            return self._take(len(self._text))
        out = []
        want = size
        while want > 0:
            if not self._text or (self._newline is None and self._text.endswith('\r') and not self._eof):
                if not self._fill() and not self._text:
                    break
                if self._newline is None and self._text.endswith('\r') and not self._eof:
                    continue
            n = min(want, len(self._text))
            if self._newline is None:
                # count '\r\n' as one character
                i = 0
                produced = 0
                text = self._text
                while i < len(text) and produced < want:
                    if text[i] == '\r' and i + 1 < len(text) and text[i + 1] == '\n':
                        i += 2
                    else:
                        i += 1
                    produced += 1
                n = i
                piece = self._take(n)
                want -= len(piece)
            else:
                piece = self._take(n)
                want -= n
            out.append(piece)
        return ''.join(out)

    def _line_end(self, size):
        # Index just past the first line ending in self._text, or -1 when more text is needed.
        text = self._text
        nl = self._newline
        if nl is None or nl == '':
            i = 0
            while True:
                cr = text.find('\r', i)
                lf = text.find('\n', i)
                if cr < 0 and lf < 0:
                    return -1
                if lf >= 0 and (cr < 0 or lf < cr):
                    return lf + 1
                if cr + 1 < len(text):
                    return cr + 2 if text[cr + 1] == '\n' else cr + 1
                return cr + 1 if self._eof else -1
        i = text.find(nl)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        if size is None:
            size = -1
        while True:
            end = self._line_end(size)
            if end >= 0:
                break
            if 0 <= size <= len(self._text):
                end = size
                break
            if not self._fill():
                end = len(self._text)
                break
        if 0 <= size < end:
            end = size
        return self._take(end)

    # --- writing and positioning ---
    def _sync_for_write(self):
        if self._text or self._raw:
            pos = self.tell()
            self._text = ''
            self._raw = b''
            self.buffer.seek(pos)
        self._eof = False

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        self._sync_for_write()
        text = s
        if self._newline not in (None, '', '\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def tell(self):
        self._check_closed()
        pos = self.buffer.tell() - len(self._raw)
        if self._text:
            pos -= len(self._text.encode(self.encoding, self.errors))
        return pos

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        elif cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        self._text = ''
        self._raw = b''
        self._eof = False
        return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self.tell()
        self._sync_for_write()
        return self.buffer.truncate(pos)


TextIOWrapper.__module__ = '_io'


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    _fileio.check('open()')
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if errors is not None and not isinstance(errors, str):
        raise TypeError(f"open() argument 'errors' must be str or None, not {type(errors).__name__}")
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"open() argument 'newline' must be str or None, not {type(newline).__name__}")
    for i, c in enumerate(mode):
        if c not in 'rwxabt+' or c in mode[i + 1:]:
            raise ValueError(f"invalid mode: {mode!r}")
    creating, reading, writing, appending = 'x' in mode, 'r' in mode, 'w' in mode, 'a' in mode
    updating, text, binary = '+' in mode, 't' in mode, 'b' in mode
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    kinds = creating + reading + writing + appending
    if kinds > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if kinds == 0:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError(f"illegal newline value: {newline}")
    if encoding is not None:
        ''.encode(encoding)
    kind = 'x' if creating else 'r' if reading else 'w' if writing else 'a'
    if isinstance(file, int):
        if not closefd and file < 0:
            raise ValueError("negative file descriptor")
        fd = file
    else:
        if not closefd:
            raise ValueError("Cannot use closefd=False with file name")
        if opener is not None:
            fd = opener(file, 0)
        else:
            fd = _fileio.open(file, kind, updating)
    if creating:
        raw_mode = 'xb+' if updating else 'xb'
    elif appending:
        raw_mode = 'ab+' if updating else 'ab'
    elif updating or reading and writing:
        raw_mode = 'rb+'
    elif reading:
        raw_mode = 'rb'
    else:
        raw_mode = 'wb'
    readable = reading or updating
    writable = not reading or updating
    if updating:
        cls = BufferedRandom
    elif readable:
        cls = BufferedReader
    else:
        cls = BufferedWriter
    buffer = cls(fd, file, raw_mode, readable, writable, closefd)
    if appending:
        try:
            _fileio.lseek(fd, 0, 2)
        except OSError:
            pass
    if binary:
        return buffer
    try:
        wrapper = TextIOWrapper(buffer, encoding, errors, newline, buffering == 1)
    except BaseException:
        buffer.close()
        raise
    wrapper.mode = mode
    return wrapper


def _input(prompt=None):
    _fileio.check('input()')
    stdout = _sys.stdout
    if prompt is not None:
        stdout.write(str(prompt))
    try:
        stdout.flush()
    except AttributeError:
        pass
    line = _sys.stdin.readline()
    if not line:
        raise EOFError("EOF when reading a line")
    if line.endswith('\n'):
        line = line[:-1]
    return line


class StringIO(IOBase):
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._newline = newline
        self._value = self._translate_in(initial_value)
        # Writes at the end wait here and are joined when the text is next needed, so a
        # run of small writes is linear (rebuilding the str per write was quadratic).
        self._pending = []
        self._len = len(self._value)
        self._pos = 0

    def _text(self):
        if self._pending:
            self._value += ''.join(self._pending)
            self._pending = []
        return self._value

    def _translate_in(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline not in ('', '\n'):
            return s.replace('\n', self._newline)
        return s

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def getvalue(self):
        self._check_closed()
        return self._text()

    def read(self, size=-1):
        self._check_closed()
        value = self._text()
        if size is None or size < 0:
            size = len(value)
        data = value[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check_closed()
        value, pos = self._text(), self._pos
        nl = '\n' if self._newline in (None, '') else self._newline
        if self._newline == '':
            end = len(value)
            for i in range(pos, len(value)):
                c = value[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if value[i + 1:i + 2] == '\n' else i + 1
                    break
        else:
            i = value.find(nl, pos)
            end = len(value) if i < 0 else i + len(nl)
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return value[pos:end]

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate_in(s)
        if self._pos == self._len:
            self._pending.append(s)
        else:
            value = self._text()
            if self._pos > len(value):
                value += '\0' * (self._pos - len(value))
            self._value = value[:self._pos] + s + value[self._pos + len(s):]
        self._pos += len(s)
        self._len = max(self._len, self._pos)
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._len
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._value = self._text()[:size]
        self._len = len(self._value)
        return size

    def close(self):
        self._closed = True

    def __del__(self):
        pass


StringIO.__module__ = '_io'


class BytesIO(IOBase):
    def __init__(self, initial_bytes=b''):
        self._value = bytearray(initial_bytes if initial_bytes is not None else b'')
        self._pos = 0

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return bytes(self._value)

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            size = len(self._value)
        data = bytes(self._value[self._pos:self._pos + size])
        self._pos += len(data)
        return data

    read1 = read

    def readinto(self, b):
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_closed()
        i = self._value.find(b'\n', self._pos)
        end = len(self._value) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = bytes(self._value[self._pos:end])
        self._pos = end
        return data

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        if self._pos > len(self._value):
            self._value += b'\0' * (self._pos - len(self._value))
        self._value[self._pos:self._pos + len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._value) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        del self._value[size:]
        return size

    def close(self):
        self._closed = True

    def __del__(self):
        pass


BytesIO.__module__ = '_io'
