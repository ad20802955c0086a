# The builtins' inline argument check (check_builtin_args) and builtin_len /
# builtin_isinstance's inline paths: every wrong shape keeps CPython's message, in
# CPython's order (keywords first), and every odd object goes the generic way.


def show(thunk):
    try:
        print("ok", thunk())
    except Exception as e:
        print(type(e).__name__, e)


# Wrong counts and keywords, for each builtin behind the shared check.
for name in ["len", "repr", "ascii", "hash", "id", "callable", "abs", "chr", "ord", "hex", "oct", "bin",
             "any", "all"]:
    f = getattr(__builtins__, name) if hasattr(__builtins__, name) else __builtins__[name]
    show(lambda: f())
    show(lambda: f(1, 2))
    show(lambda: f(x=1))
    show(lambda: f([], x=1))  # keywords reported before the count is looked at
for name in ["isinstance", "issubclass", "hasattr", "delattr", "divmod"]:
    f = __builtins__.__dict__[name] if hasattr(__builtins__, "__dict__") else __builtins__[name]
    show(lambda: f())
    show(lambda: f(1))
    show(lambda: f(1, 2, 3))
    show(lambda: f(1, int, x=2))
show(lambda: setattr(1, 2))
show(lambda: setattr(1, "a", 2, 3))
show(lambda: iter())
show(lambda: iter(1, 2, 3))
show(lambda: next())
show(lambda: next(iter([]), 1, 2))
show(lambda: vars(1, 2))
show(lambda: dir(1, 2))
show(lambda: len(**{}))
show(lambda: len(*[[1, 2]], **{}))
show(lambda: isinstance(*[3, int], **{}))

# len: exact types, subclasses, overridden __len__, errors and huge results.
class L(list):
    def __len__(self):
        return 42


class Big:
    def __len__(self):
        return 2**62


class Neg:
    def __len__(self):
        return -1


class Bad:
    def __len__(self):
        return "x"


class Raises:
    def __len__(self):
        raise KeyError("inside")


for obj in [[], [1, 2], (1,), "héllo", b"ab", {1: 2}, {1}, range(10), L([1]), Big(), Neg(), Bad(), Raises(), 3,
            None, len]:
    show(lambda: len(obj))
show(lambda: len(range(2**64)))

# isinstance: exact class, subclasses, tuples, __instancecheck__, non-types.
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "yes"


class M(metaclass=Meta):
    pass


class I(int):
    pass


for args in [(3, int), (True, int), (3, bool), (I(3), int), (3, I), (3, (str, int)), (3, ()), ("yes", M), ("no", M),
             (M(), M), (3, 3), (3, (int, 3)), (int, type), (type, type), (None, type(None))]:
    show(lambda: isinstance(*args))


# Shadowed by a global, then a local, then restored.
def use():
    return len([1, 2, 3]), isinstance(1, int)


print(use())
len = lambda x: "global len"
isinstance = lambda a, b: "global isinstance"
print(use())
del len, isinstance
print(use())


def local_shadow():
    len = lambda x: "local"
    return len([1])


print(local_shadow())
import builtins

saved = builtins.len
builtins.len = lambda x: "patched builtins"
print(use())
builtins.len = saved
print(use())
