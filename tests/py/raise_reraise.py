# raise with classes and instances, bare raise, raising in handlers, custom exceptions.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key
def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]
try:
    lookup({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.key, isinstance(e, Exception), e.args)
def rethrow():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
try:
    rethrow()
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), repr(str(e)))
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
except IndexError as e:
    print("got", type(e).__name__, e)
try:
    raise Exception("a", 1, None)
except Exception as e:
    print(e, e.args, len(e.args))
try:
    raise TypeError()
except TypeError as e:
    print(repr(str(e)), e.args)
err = ValueError("stored")
try:
    raise err
except ValueError as e:
    print(e is err)
