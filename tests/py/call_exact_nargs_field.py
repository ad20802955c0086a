# CALL's inline frame push tests one field of the function (exact_call_nargs1), kept in
# step with __code__: every reassignment must switch the call to the right binding path.
# Also BUILD_TUPLE moving its items off the stack (sizes, finalizer order, errors).


def two(a, b):
    return ("two", a, b)


def one(a):
    return ("one", a)


def with_default(a, b=5):
    return ("default", a, b)


def star(*args):
    return ("star", args)


def kwonly(a, *, k=3):
    return ("kwonly", a, k)


def gen(a):
    yield a
    yield a + 1


def cell(a):
    def inner():
        return a
    return ("cell", inner())


def hot(fn, *args):
    out = None
    for _ in range(30):
        out = fn(*args) if len(args) != 1 else fn(args[0])
    return out


def call2(fn):
    r = None
    for _ in range(30):
        r = fn(1, 2)
    return r


def call1(fn):
    r = None
    for _ in range(30):
        r = fn(1)
    return r


def attempt(thunk):
    try:
        return thunk()
    except TypeError as e:
        return "TypeError: %s" % e


f = lambda x, y: None
f.__code__ = two.__code__
print(call2(f))
print(attempt(lambda: call1(f)))
f.__code__ = one.__code__
print(call1(f))
print(attempt(lambda: call2(f)))
f.__code__ = with_default.__code__
print(attempt(lambda: call1(f)))  # no defaults on f: missing argument
f.__defaults__ = (7,)
print(call1(f), call2(f))
f.__code__ = star.__code__
print(call1(f), call2(f))
f.__code__ = kwonly.__code__
f.__kwdefaults__ = {"k": 9}
print(call1(f))
print(attempt(lambda: call2(f)))
f.__code__ = gen.__code__
print(list(call1(f)))
f.__code__ = cell.__code__
print(call1(f))
f.__code__ = two.__code__
print(call2(f))


# Reassigned while a frame of the function is running, then called again from inside.
def reentrant(a, b):
    if a == 0:
        reentrant.__code__ = one_arg_body.__code__
        return ("first", reentrant(b))
    return ("never", a, b)


def one_arg_body(a):
    return ("swapped", a)


print(reentrant(0, 8))
print(reentrant(4))


# Recursion through the inline push still stops at the limit with the same error.
import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


# BUILD_TUPLE: every size, items from calls and names, nested.
def items(k):
    return tuple(range(k))


a, b, c, d, e, g, h, i, j = range(9)
print((), (a,), (a, b), (a, b, c), (a, b, c, d), (a, b, c, d, e), (a, b, c, d, e, g),
      (a, b, c, d, e, g, h), (a, b, c, d, e, g, h, i), (a, b, c, d, e, g, h, i, j))
print(((a, b), (c, (d, e))), (items(2), items(3)))


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


print(check(make(8)))


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def build_and_drop():
    t = (Loud("x"), Loud("y"), Loud("z"))
    print("built", len(t))
    del t
    print("dropped")


build_and_drop()


def boom():
    raise ValueError("mid-tuple")


try:
    t = (Loud("first"), boom(), Loud("never"))
except ValueError as e:
    print("ValueError:", e)
print("after")
