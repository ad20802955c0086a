# Frames borrow their function's code, globals and builtins (vm/frame.h): __code__
# reassigned while the function runs, frames of finished calls seen through tracebacks and
# sys._getframe, exec with custom globals/builtins, closures, generators, gc.
import gc
import sys


def replaced_while_running(n):
    # Reassigning our own __code__ drops the function's reference to the code we run.
    replaced_while_running.__code__ = other.__code__
    gc.collect()
    total = 0
    for i in range(n):
        total += i
    return total, sys._getframe().f_code.co_name


def other(n):
    return "other", n


print(replaced_while_running(10))
print(replaced_while_running(10))


def recursive_swap(depth):
    # Every level runs the old code while the function's code changes under all of them.
    if depth == 0:
        recursive_swap.__code__ = leaf.__code__
        gc.collect()
        return ["bottom"]
    r = recursive_swap(depth - 1)
    r.append(sys._getframe().f_code.co_name + str(depth))
    return r


def leaf(depth):
    return ["leaf", depth]


print(recursive_swap(4))
print(recursive_swap(4))


# A frame's code replaced, then the frame's f_code read from a traceback after it finished.
def raiser():
    raiser.__code__ = quiet.__code__
    raise ValueError("from old code")


def quiet():
    return "quiet"


try:
    raiser()
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    fr = tb.tb_frame
    print(fr.f_code.co_name, fr.f_globals is globals(), fr.f_builtins is sys._getframe().f_builtins)
    print(fr.f_lineno, sorted(fr.f_locals))
print(raiser())


# f_globals / f_builtins of frames of finished calls after the function is gone.
def make_frame():
    def inner():
        return sys._getframe()
    return inner()


fr = make_frame()
gc.collect()
print(fr.f_code.co_name, fr.f_globals is globals(), type(fr.f_builtins).__name__)

# exec with custom globals: functions made there keep their globals and builtins.
g = {"__builtins__": {"len": lambda x: 42, "print": print}}
exec("def f(x):\n    return len(x), x\ndef fr():\n    import_ = None\n    return f", g)
f = g["fr"]()
del g
gc.collect()
print(f([1, 2, 3]))
print(sorted(f.__globals__), sorted(f.__builtins__))

g2 = {}
exec("import sys\ndef h():\n    return sys._getframe()\nfr2 = h()", g2)
fr2 = g2["fr2"]
del g2
gc.collect()
print(fr2.f_code.co_name, sorted(fr2.f_globals)[:3], fr2.f_builtins is fr2.f_globals["__builtins__"] or type(fr2.f_builtins).__name__)

# A module-level exec frame owns its dicts: drop every other reference while it runs.
code = compile("import gc\ngc.collect()\nresult = [k for k in sorted(globals()) if not k.startswith('__')]", "<x>", "exec")
ns = {"helper": 1}
exec(code, ns)
print(ns["result"])


# Closures and cells with the function's __code__ swapped mid-call.
def outer():
    x = 1

    def inner():
        nonlocal x
        x += 1
        return x

    def other_inner():
        return -x

    inner()
    inner.__code__ = other_inner.__code__
    return inner(), x


print(outer())


# A generator frame keeps its code when the function's __code__ is replaced.
def gen():
    yield 1
    yield 2
    yield 3


def gen2():
    yield "a"


it = gen()
print(next(it))
gen.__code__ = gen2.__code__
gc.collect()
print(it.gi_code.co_name, it.gi_frame.f_code.co_name, next(it), list(it), list(gen()))


# A generator cycle through its own frame is collected (globals reported by the function).
def cyc():
    me = yield
    yield me


import weakref
c = cyc()
next(c)
c.send(c)
w = weakref.ref(c)
del c
gc.collect()
print(w())


# Deleting the function while its frame runs: the frame keeps it alive.
def selfdelete():
    global selfdelete
    del selfdelete
    gc.collect()
    return sys._getframe().f_code.co_name


print(selfdelete())
print("selfdelete" in globals())


# Methods: the bound method's function is moved into the frame.
class A:
    def m(self, y):
        A.m = lambda self, y: "replaced"
        gc.collect()
        return ("orig", y)


a = A()
print(a.m(1), a.m(2))
print(sys.getrefcount(other) == sys.getrefcount(other))


# The code object referenced by nothing but its function (made by exec of a string, whose
# module code is gone): reassigning __code__ while it runs must not free the running code.
def make_victim():
    src = (
        "def victim(n, depth=0):\n"
        "    if depth < 3:\n"
        "        r = victim(n, depth + 1)\n"
        "    else:\n"
        "        victim.__code__ = repl.__code__\n"
        "        gc.collect()\n"
        "        r = []\n"
        "    junk = [str(i) for i in range(50)]\n"
        "    r.append((sum(range(n)), len(junk), depth))\n"
        "    return r\n"
    )
    ns = {"gc": gc, "repl": other}
    exec(src, ns)
    return ns["victim"]


v = make_victim()
gc.collect()
print(v(5))
print(v(5))
v2 = make_victim()
try:
    v2.__code__ = v2.__code__.replace(co_name="renamed")
    print(v2(3), v2.__code__.co_name)
except Exception as e:
    print(type(e).__name__, e)


# Python code running while a finished frame is cleared (its frame object outlives it, so
# its locals are snapshotted; a str-subclass key's __eq__ runs there) reassigns the
# function's __code__: the code the frame borrowed stays alive until the frame is gone.
class EvilKey(str):
    fired = []

    def __eq__(self, other):
        if not EvilKey.fired:
            EvilKey.fired.append(1)
            victim2.__code__ = other_code
            gc.collect()
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


def make_victim2():
    src = (
        "def victim2():\n"
        "    y = 1\n"
        "    z = 2\n"
        "    d = locals()\n"
        "    del d['y']\n"
        "    d[EvilKey('y')] = 2\n"
        "    del y\n"
        "    raise ValueError('v2')\n"
    )
    ns = {"EvilKey": EvilKey}
    exec(src, ns)
    return ns["victim2"]


other_code = other.__code__
victim2 = make_victim2()
try:
    victim2()
except ValueError as e:
    tb = e.__traceback__.tb_next
    print("fired", EvilKey.fired, tb.tb_frame.f_code.co_name, sorted(map(str, tb.tb_frame.f_locals)))
    del tb
print(victim2(1))


# __code__ reassigned twice (and back) while the same frames run.
def twice(depth):
    if depth:
        r = twice(depth - 1)
    else:
        twice.__code__ = other.__code__
        twice.__code__ = leaf.__code__
        gc.collect()
        twice.__code__ = saved_twice
        r = []
    r.append(sys._getframe().f_code.co_name)
    return r


saved_twice = twice.__code__
print(twice(3), twice(1))
