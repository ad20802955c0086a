# subclassing exceptions: custom __init__, __str__, args, attributes, hierarchy
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class WithCode(AppError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

for exc in [NotFound("file"), WithCode("bad", 42), AppError(), AppError("a", "b")]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args)

try:
    raise NotFound("x")
except NotFound as e:
    print(e.name, isinstance(e, Exception), NotFound.__mro__[1].__name__)

# an exception without calling super().__init__ keeps the constructor args
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuper(1, 2)
print(e.args, str(e), repr(e))

# custom __new__ args
class KE(KeyError):
    pass
print(str(KE("k")), repr(KE("k")))

# subclasses of builtin exceptions with extra attributes
class MyOSError(OSError):
    pass
o = MyOSError(2, "No such file")
print(o.errno, o.strerror, str(o), type(o).__name__)

class MyStop(StopIteration):
    pass
print(MyStop(5).value)

# BaseException subclass is not caught by except Exception
class Fatal(BaseException):
    pass
try:
    try:
        raise Fatal("stop")
    except Exception:
        print("wrong")
except BaseException as e:
    print("caught", repr(e))

# exception instances with __dict__
e = ValueError("v")
e.extra = 1
print(e.extra, vars(e))
