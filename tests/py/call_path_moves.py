# The Python-to-Python call path (CALL's exact-function case whole in op_CALL, the frame
# stack's pop): argument counts 0-8 with and without defaults, keyword-only parameters,
# *args/**kwargs, bound and unbound methods, builtin methods left unbound by LOAD_METHOD,
# the recursion limit at its boundary, exceptions raised at every stage of a callee
# (tracebacks, frame locals), generators and closures, __code__ reassigned while running,
# finalizers run while a frame returns, sys._getframe in a callee.
import sys
import traceback


# --- argument counts, exact and with defaults ---------------------------------------------
def f0():
    return ()
def f1(a):
    return (a,)
def f2(a, b):
    return (a, b)
def f3(a, b, c):
    return (a, b, c)
def f4(a, b, c, d):
    return (a, b, c, d)
def f5(a, b, c, d, e):
    return (a, b, c, d, e)
def f6(a, b, c, d, e, f):
    return (a, b, c, d, e, f)
def f7(a, b, c, d, e, f, g):
    return (a, b, c, d, e, f, g)
def f8(a, b, c, d, e, f, g, h):
    x = [a, b, c, d, e, f, g, h]
    return tuple(x)

fns = [f0, f1, f2, f3, f4, f5, f6, f7, f8]
for n, fn in enumerate(fns):
    args = [str(i) * (i + 1) for i in range(n)]
    print(n, fn(*args), fn(*args) == tuple(args))
f8(1, 2, 3, 4, 5, 6, 7, 8)
print(f2(f1(1), f0()), f3(f2(1, 2), f1(3), f0()))

def d3(a, b=10, c=20):
    return a + b + c
print(d3(1), d3(1, 2), d3(1, 2, 3))
for wrong in [(), (1, 2, 3, 4)]:
    try:
        d3(*wrong)
    except TypeError as e:
        print("TypeError:", e)
for n, fn in enumerate(fns):
    try:
        fn(*range(n + 1))
    except TypeError as e:
        print("TypeError:", e)
    if n:
        try:
            fn(*range(n - 1))
        except TypeError as e:
            print("TypeError:", e)

def kwonly(a, *, k=5):
    return a * k
print(kwonly(2), kwonly(2, k=3))

def star(*args, **kwargs):
    return args, sorted(kwargs.items())
print(star(), star(1, 2), star(1, x=2))

def mixed(a, b, *rest, c=1, **kw):
    return a, b, rest, c, sorted(kw)
print(mixed(1, 2), mixed(1, 2, 3, 4, c=5, z=6))


# --- methods: bound, unbound through LOAD_METHOD, builtin ----------------------------------
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, a, b=0):
        return self.v + a + b
    @staticmethod
    def s(a):
        return a * 2
    @classmethod
    def k(cls, a):
        return cls.__name__, a

c = C(7)
m = c.get
print(c.get(), m(), c.add(1), c.add(1, 2), C.add(c, 3), c.s(4), C.s(5), c.k(6))
lst = []
lst.append(1)
lst.append(c.get())
append = lst.append
append(3)
print(lst, "ab".upper(), str.upper("cd"), [3, 1, 2].index(2))
try:
    lst.append()
except TypeError as e:
    print("TypeError:", e)
try:
    list.append(1, 2)
except TypeError as e:
    print("TypeError:", e)


# --- generators and closures take the general path ----------------------------------------
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(4)), sum(gen(5)))

def outer(x):
    def inner(y):
        return x + y
    return inner
print(outer(1)(2), [outer(i)(i) for i in range(4)])

def cell_arg(a):
    def g():
        return a
    a += 1
    return g()
print(cell_arg(10))


# --- the recursion limit at its boundary ---------------------------------------------------
def depth_of(n):
    if n == 0:
        return 0
    return 1 + depth_of(n - 1)

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
deepest = None
for n in range(150, 210):
    try:
        depth_of(n)
        deepest = n
    except RecursionError as e:
        first_fail = n
        msg = str(e)
        break
print("limit", deepest is not None, first_fail - deepest, msg)
# After the error the depth is back: the same calls succeed again.
print(depth_of(deepest) == deepest)
sys.setrecursionlimit(old)

def rec_with_default(n, d=1):
    return 0 if n == 0 else d + rec_with_default(n - 1)
print(rec_with_default(100))


# --- exceptions in the callee at every stage -----------------------------------------------
def raise_first():
    raise ValueError("first")
def raise_after_locals(a, b):
    total = a + b
    name = "x" * total
    raise KeyError(name)
def raise_nested(n):
    if n == 0:
        return 1 // n
    return raise_nested(n - 1)
def raise_in_arg_eval():
    return f2(1, raise_first())

for fn, args in [(raise_first, ()), (raise_after_locals, (1, 2)), (raise_nested, (3,)),
                 (raise_in_arg_eval, ())]:
    try:
        fn(*args)
    except Exception as e:
        tb = e.__traceback__
        frames = []
        while tb is not None:
            frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno,
                           sorted(k for k in tb.tb_frame.f_locals if k not in ("fn", "args", "e", "tb", "frames"))))
            tb = tb.tb_next
        print(type(e).__name__, e, frames[1:])

def catch_in_caller():
    x = 5
    try:
        raise_after_locals(x, 1)
    except KeyError as e:
        return "caught", str(e), x
print(catch_in_caller())

try:
    raise_nested(2)
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print(len(lines), lines[-1], [l.strip() for l in lines if l.strip().startswith("return")])


# --- __code__ reassigned while the function runs --------------------------------------------
def swapped(n):
    if n == 0:
        swapped.__code__ = replacement.__code__
        return "switched"
    r = swapped(n - 1)
    return ("orig", n, r)

def replacement(n):
    return ("replacement", n)

print(swapped(2))
print(swapped(2))
def two_args(a, b):
    return a - b
def one_arg(a):
    return -a
target = two_args
print(target(5, 3))
target.__code__ = one_arg.__code__
print(target(5))
try:
    target(5, 3)
except TypeError as e:
    print("TypeError:", e)


# --- finalizers running while a frame returns ----------------------------------------------
class Reader:
    def __init__(self, frame, tag):
        self.frame = frame
        self.tag = tag
    def __del__(self):
        loc = self.frame.f_locals
        print("del", self.tag, sorted(k for k in loc if not k.startswith("_")), loc.get("marker"))

def returns_with_finalizer(frame):
    r = Reader(frame, "local")
    return 42

def caller_with_locals():
    marker = "caller-value"
    here = sys._getframe()
    v = returns_with_finalizer(here)
    print("returned", v)
    return v + 1
print(caller_with_locals())

def returns_temp(frame):
    return Reader(frame, "result").tag

def caller2():
    marker = 99
    return returns_temp(sys._getframe())
print(caller2())

class Boom:
    def __del__(self):
        print("del runs before the caller continues")
def returns_boom():
    b = Boom()
    return "after boom"
print(returns_boom())


# --- sys._getframe in the callee -----------------------------------------------------------
def callee_frames():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_locals.get("caller_local")

def frame_caller():
    caller_local = "seen"
    return callee_frames()
print(frame_caller())

def keep_frame(a, b):
    return sys._getframe()
fr = keep_frame(1, 2)
print(sorted(fr.f_locals.items()), fr.f_code.co_name, fr.f_back.f_code.co_name)
del fr


# --- many calls in a loop: the frame stack is reused ------------------------------------------
def leaf(a, b):
    return a + b
total = 0
for i in range(20000):
    total = leaf(total, i) % 1000003
print(total)

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
print(check(make(10)))
