# The OSError family: errno-based subclass selection, attributes, str(), aliases.
import errno

for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR,
             errno.EINTR, errno.ECHILD, errno.ESRCH, errno.EAGAIN, errno.EPIPE, errno.ECONNREFUSED,
             errno.ECONNRESET, errno.ECONNABORTED, errno.ETIMEDOUT, errno.EINVAL, 9999):
    e = OSError(code, 'message')
    print(code, type(e).__name__, e.errno, e.strerror, e.filename, str(e))

e = OSError(errno.ENOENT, 'No such file or directory', 'x.txt')
print(type(e).__name__, repr(e), str(e), e.filename, e.args)
e = OSError(errno.EXDEV, 'Cross-device link', 'a', None, 'b')
print(str(e), e.filename2)
print(str(OSError()), str(OSError('just text')), OSError('a', 'b', 'c', 'd', 'e', 'f').args)
print(IOError is OSError, EnvironmentError is OSError)
for cls in (FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError,
            NotADirectoryError, InterruptedError, ChildProcessError, ProcessLookupError,
            BlockingIOError, BrokenPipeError, ConnectionError, ConnectionRefusedError,
            ConnectionResetError, ConnectionAbortedError, TimeoutError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:-2]])
f = FileNotFoundError(2, 'gone', 'p')
print(isinstance(f, OSError), f.errno, f.strerror, f.filename)
try:
    raise FileNotFoundError(errno.ENOENT, 'No such file or directory', 'missing.txt')
except OSError as ex:
    print(type(ex).__name__, ex)
b = BlockingIOError(errno.EAGAIN, 'would block', 7)
print(b.characters_written)
e = OSError(1, 2)
e.errno = 5
e.strerror = 'changed'
print(e.errno, e.strerror, e)
