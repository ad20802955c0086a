# exception objects: args, str/repr of builtin exceptions, OSError family, hierarchy names
for e in [ValueError(), ValueError("a"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(3),
          StopIteration(1), SystemExit(2), OSError(2, "msg"), OSError(2, "msg", "file.txt"), UnicodeError("u")]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)

names = ["BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError",
         "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "FileExistsError",
         "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
         "PermissionError", "ProcessLookupError", "TimeoutError"]
for n in names:
    cls = eval(n)
    print(n, [c.__name__ for c in cls.__mro__[1:-2]])

print(OSError(2, "x").__class__.__name__, OSError(17, "x").__class__.__name__, OSError(13, "x").__class__.__name__)
print(type(OSError(1)).__name__, OSError(1).errno)
print(FileNotFoundError(2, "No such file or directory", "a.txt"))

for cls in [ArithmeticError, LookupError, RecursionError, NotImplementedError, ModuleNotFoundError,
            UnboundLocalError, IndentationError, TabError, UnicodeDecodeError, EncodingWarning,
            ResourceWarning, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, FloatingPointError,
            BufferError, EOFError, MemoryError, ReferenceError, SystemError, AssertionError]:
    print(cls.__name__, cls.__bases__[0].__name__)

# exception attributes set by the interpreter
try:
    undefined_name
except NameError as e:
    print(e.name, e.args)
try:
    object().nope
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    import definitely_not_a_module
except ImportError as e:
    print(type(e).__name__, e.name)

# exceptions compare by identity and are hashable
a = ValueError(1)
print(a == ValueError(1), a == a, hash(a) == hash(a))
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
