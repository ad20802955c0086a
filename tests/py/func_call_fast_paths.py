# Calls that take the interpreter loop's positional fast path (arguments moved into the
# new frame, defaults filled in) must bind, fail and release exactly as the general path.
import sys


def add(a, b):
    return a + b


def with_defaults(a, b=10, c=[]):
    c.append(a)
    return a, b, len(c)


def outer(x):
    def inner(y):
        return x + y  # a closure: free variables set up after the fast binding
    return inner


def captured(a, b):
    def get():
        return a * b  # arguments living in cells
    return get()


print(add(1, 2), add("a", "b"), add(b=1, a=2))
print(with_defaults(1), with_defaults(2, 3), with_defaults(3, 4, []))
print(outer(5)(6), captured(3, 4))

for call in (lambda: add(1), lambda: add(), lambda: add(1, 2, 3), lambda: with_defaults(),
             lambda: with_defaults(1, 2, 3, 4), lambda: add(1, a=2)):
    try:
        call()
    except TypeError as e:
        print(e)


def swap_defaults():
    return with_defaults(7)


with_defaults.__defaults__ = ("unused", 99, [])  # longer than the parameters: use its tail
print(swap_defaults())
with_defaults.__defaults__ = None
try:
    swap_defaults()
except TypeError as e:
    print(e)


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, scale=1):
        return self.v * scale


b = Box(3)
m = b.get
print(b.get(), b.get(2), m(), m(4), Box.get(b, 5))


# Arguments are moved, not copied: the caller keeps no extra reference.
class Tracked:
    pass


def keep(o):
    return sys.getrefcount(o)


t = Tracked()
before = sys.getrefcount(t)
print(keep(t) - before)


def depth(n):
    return n if n == 0 else depth(n - 1)


print(depth(500))
sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(depth(10))


def gen(a, b=2):
    yield a
    yield b


print(list(gen(1)), list(gen(1, 3)))
