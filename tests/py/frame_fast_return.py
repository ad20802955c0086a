# Python calls and returns through CALL's positional frame push and RETURN_VALUE's inline
# pop (vm/frame_fast.h): every frame kind that must take the general pop (frame objects,
# locals() caches, reassigned __code__), calls that need the general binding path, the
# recursion limit, and objects released when a frame returns.
import sys
import traceback


def ident(x):
    return x


def add(a, b):
    return a + b


def with_default(a, b=10, *, c=100):
    return a + b + c


def star(*args, **kwargs):
    return args, sorted(kwargs.items())


def outer(n):
    def inner(k):
        return n + k  # a free variable
    return inner


def cell_arg(x):
    def get():
        return x  # the argument lives in a cell
    x += 1
    return get()


print(ident(5), add(2, 3), with_default(1), with_default(1, 2), with_default(1, 2, c=3))
print(star(), star(1, 2), star(a=1), star(1, b=2))
print(outer(3)(4), cell_arg(41))
print(add(*[1, 2]), add(**{"a": 3, "b": 4}), add(1, b=2))

# Missing and extra arguments still get CPython's messages.
for call in (lambda: add(1), lambda: add(1, 2, 3), lambda: ident(), lambda: with_default()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


# Recursion to the limit, RecursionError's text, and the interpreter usable afterwards.
def depth(n):
    return depth(n + 1) if n < 100000 else n


old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
reached = [0]


def probe(n):
    reached[0] = n
    return probe(n + 1)


try:
    probe(1)
except RecursionError as e:
    print("RecursionError:", e)
first = reached[0]
try:
    probe(1)
except RecursionError:
    pass
print("same depth twice:", reached[0] == first, first > 100)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))


# Frame objects made while the call ran: the frame must take the general pop.
def keeps_frame():
    local_value = [1, 2, 3]
    return sys._getframe()


fr = keeps_frame()
print(fr.f_code.co_name, fr.f_locals["local_value"])


def caller_of_getframe():
    return callee_getframe()


def callee_getframe():
    return sys._getframe(1)


fb = caller_of_getframe()
print(fb.f_code.co_name, fb.f_lineno > 0)


# Tracebacks keep the frames of returned calls.
def fails(x):
    y = x * 2
    raise ValueError(y)


def calls_fails():
    z = "zz"
    return fails(21)


try:
    calls_fails()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        if tb.tb_frame.f_code.co_name != "<module>":
            names.append((tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals)))
        tb = tb.tb_next
    print(names)
    print(traceback.format_exception_only(type(e), e))


# locals() inside a function (its cache), then a return.
def uses_locals(a):
    b = a + 1
    d = locals()
    return sorted(d.items())


print(uses_locals(1), uses_locals(5))


# __code__ reassigned while the function runs, and between calls.
def swap_me(n):
    if n == 0:
        swap_me.__code__ = other.__code__
        return "swapped"
    return swap_me(n - 1) + "!"


def other(n):
    return "other %d" % n


print(swap_me(3))
print(swap_me(3))


# Objects released when the frame returns: finalizers run at the return, in order.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make_and_drop(k):
    a = Noisy("a%d" % k)
    b = Noisy("b%d" % k)
    return k


print("returned", make_and_drop(1))


def return_arg(x):
    return 7


print("returned", return_arg(Noisy("arg")))


def return_local():
    n = Noisy("kept")
    return n


kept = return_local()
print("holding", kept.name)
kept = None


# A finalizer that calls functions while a frame is being released.
class Calls:
    def __del__(self):
        print("finalizer calls", add(1, 2), fib(5), sys._getframe().f_code.co_name)


def drop_calls():
    c = Calls()
    return 1


print(drop_calls())


# Returns through try/finally and with.
class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit")
        return False


def ret_finally():
    try:
        return "try"
    finally:
        print("finally")


def ret_with():
    with Ctx():
        return "with"


print(ret_finally(), ret_with())


# Methods, bound methods, generators calling plain functions, class __init__.
class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return ident(self.x)


def gen(n):
    for i in range(n):
        yield add(i, ident(i))


print(P(4).get(), list(gen(4)), sum(ident(i) for i in range(10)))
m = P(9).get
print(m(), [m() for _ in range(3)])


# Frames cleared while a finalizer collects: a generator closed (its frame cleared) while
# still reachable, each local's finalizer running a collection that traverses it.
import gc


class Collects:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        gc.collect()
        print("collected in del", self.name)


def gen_locals():
    first = Collects("first")
    middle = [1, 2, 3]
    last = Collects("last")
    yield len(middle)


g = gen_locals()
print(next(g))
g.close()
print("closed", g.gi_frame is None)


def thread_locals():
    first = Collects("t-first")
    middle = {"k": [1]}
    last = Collects("t-last")
    return len(middle)


print(thread_locals())
