# AttributeError.name and .obj on every AttributeError leaving an attribute lookup: class
# and module attributes, a user __getattr__ that raises, getattr(), and an error whose name
# was set by the code that raised it.
import math
class C:
    pass
class G:
    def __getattr__(self, name):
        raise AttributeError("custom " + name)
def show(f):
    try:
        f()
    except AttributeError as e:
        print(repr(e.name), type(e.obj).__name__, e)
show(lambda: int.missing)
show(lambda: C.missing)
show(lambda: C().missing)
show(lambda: math.missing)
show(lambda: G().thing)
show(lambda: getattr(C, 'viaget'))
show(lambda: C.missing_method())
show(lambda: (1).missing)
e = AttributeError("x")
e.name = "kept"
class K:
    def __getattr__(self, n):
        raise e
show(lambda: K().other)
