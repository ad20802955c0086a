# The fields a frame holds only sometimes (vm/frame.h FrameExtras: owned code, globals and
# builtins, the locals mapping, the owning generator, the frame object, the locals() cache),
# constructed on first need while an ordinary call stores none of them. Every user of each
# field: tracebacks through module/exec/class-body/generator/function frames, f_locals,
# f_globals, f_back, sys._getframe chains, locals() refreshed per call, exec/eval with custom
# namespaces, class bodies, gi_frame, __code__ reassigned while running, frames kept alive by
# a stored traceback, and the recursion limit.
import gc
import sys
import traceback


def names_of_tb(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


# --- tracebacks through every frame kind -------------------------------------------------
def fn_raises(x):
    y = x * 2
    raise ValueError("from function %d" % y)


def gen_raises():
    yield 1
    fn_raises(5)


class_tb = None
try:
    class Body:
        z = 3
        fn_raises(z)
except ValueError as e:
    class_tb = e.__traceback__
print("class body:", names_of_tb(class_tb))
print("class body frame locals z:", class_tb.tb_next.tb_frame.f_locals["z"])
print("function frame locals:", sorted(class_tb.tb_next.tb_next.tb_frame.f_locals.items()))

try:
    exec("a_local = 7\nfn_raises(a_local)", {"fn_raises": fn_raises}, {})
except ValueError as e:
    tb = e.__traceback__
    print("exec:", names_of_tb(tb))
    exec_frame = tb.tb_next.tb_frame
    print("exec frame locals:", exec_frame.f_locals)
    print("exec frame globals keys:", sorted(k for k in exec_frame.f_globals if k != "__builtins__"))

g = gen_raises()
next(g)
try:
    next(g)
except ValueError as e:
    tb = e.__traceback__
    print("generator:", names_of_tb(tb))
    print("generator frame f_back None after:", tb.tb_next.tb_frame.f_back is None or True)
print("gi_frame after exception:", g.gi_frame)

try:
    eval("fn_raises(q)", {"fn_raises": fn_raises, "q": 11})
except ValueError as e:
    print("eval:", names_of_tb(e.__traceback__), e)


# --- frames kept alive by a stored traceback after their call returned ---------------------
def keep_tb(n):
    local_list = [n, n + 1]
    try:
        fn_raises(n)
    except ValueError as e:
        return e.__traceback__


kept = [keep_tb(i) for i in range(5)]
gc.collect()
for tb in kept:
    f = tb.tb_frame
    print("kept:", f.f_code.co_name, f.f_locals["local_list"], f.f_lineno > 0,
          f.f_back.f_code.co_name if f.f_back else None,
          tb.tb_next.tb_frame.f_locals["y"])
del kept
gc.collect()


# --- sys._getframe chains from inside calls --------------------------------------------------
def chain_inner():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def chain_mid():
    return chain_inner()


def chain_outer():
    return chain_mid()


for _ in range(3):
    print("chain:", chain_outer())


def caller_locals():
    return sorted(sys._getframe(1).f_locals)


def has_locals(a, b):
    c = a + b
    return caller_locals()


for i in range(3):
    print("caller locals:", has_locals(i, 1))

saved_frames = []


def save_frame(k):
    saved_frames.append(sys._getframe())
    return k


for i in range(4):
    save_frame(i)
print("saved frames:", [f.f_locals["k"] for f in saved_frames], [f.f_code.co_name for f in saved_frames])
print("saved frame globals is module globals:", saved_frames[0].f_globals is globals())
del saved_frames


# --- locals() in functions called many times: the cache is refreshed per call --------------
def loc(a, flag):
    if flag:
        b = a * 2
    return locals()


results = [loc(i, i % 2) for i in range(6)]
print("locals per call:", [sorted(r.items()) for r in results])


def loc_twice(a):
    first = dict(locals())
    a += 1
    second = locals()
    return first, second


print("locals twice:", loc_twice(3))


def loc_del(a):
    b = 1
    l1 = locals().copy()
    del b
    return l1, locals()


print("locals after del:", loc_del(0))


def loc_closure(a):
    def inner():
        return a
    return sorted(locals())


print("locals with cell:", loc_closure(1))


# --- exec/eval with custom globals and locals -------------------------------------------------
class Mapping:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]


m = Mapping()
exec("x = 1\ny = x + 1\ndel x", {}, m)
print("custom mapping locals:", m.d)
gl = {"v": 10}
lc = {}
exec("w = v + 1\nimport sys\nfr = sys._getframe()\nsame = fr.f_locals is not fr.f_globals", gl, lc)
print("exec frame:", lc["w"], lc["same"], sorted(k for k in lc if k != "fr"), lc["fr"].f_locals is lc)
print("eval custom:", eval("v * 3 + k", gl, {"k": 2}), eval("len(locals())", {}, {"a": 1, "b": 2}))
ns = {}
for i in range(3):
    exec("t = %d\ndef f():\n    return t\n" % i, ns)
    print("exec in loop:", ns["f"](), ns["t"])


# --- class bodies ------------------------------------------------------------------------------
def make_class(k):
    class C:
        a = k
        b = a + 1
        names = sorted(locals())

        def m(self):
            return self.a
    return C


for k in range(3):
    C = make_class(k)
    print("class:", C.a, C.b, C.names, C().m())


class Annotated:
    x: int = 1
    y: str


print("annotations:", Annotated.__annotations__)


# --- generator frames (gi_frame) ----------------------------------------------------------------
def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total


g = gen(4)
print("gi_frame before start:", g.gi_frame.f_code.co_name, g.gi_frame.f_lineno)
print(next(g), g.gi_frame.f_locals["total"], g.gi_frame.f_back)
print(list(g), g.gi_frame)


def gen_self():
    f = sys._getframe()
    yield f.f_code.co_name
    yield f.f_back is not None


gs = gen_self()
print("gen getframe:", list(gs))
gens = [gen(3) for _ in range(4)]
gc.collect()
print("many gens:", [sum(x) for x in gens])


# --- __code__ reassigned while the function runs -------------------------------------------------
def replaced(n):
    replaced.__code__ = other.__code__
    return n + 1000


def other(n):
    return n - 1000


def restore_and_run():
    out = []
    for i in range(3):
        replaced.__code__ = original_code
        out.append(replaced(i))
        out.append(replaced(i))
    return out


original_code = replaced.__code__
print("reassigned:", restore_and_run())


def recursive_replace(n):
    if n == 0:
        recursive_replace.__code__ = plain.__code__
        return sys._getframe().f_code.co_name
    return recursive_replace(n - 1) + "/" + sys._getframe().f_code.co_name


def plain(n):
    return "plain"


rr_code = recursive_replace.__code__
print("recursive reassigned:", recursive_replace(3), recursive_replace(3))
recursive_replace.__code__ = rr_code


def tb_after_replace():
    tb_after_replace.__code__ = plain.__code__
    raise KeyError("k")


try:
    tb_after_replace()
except KeyError as e:
    print("traceback after replace:", names_of_tb(e.__traceback__))


# --- deep recursion to the limit and RecursionError ----------------------------------------------
def deep(n):
    return deep(n + 1)


def deep_locals(n):
    if n % 50 == 0:
        locals()
    return deep_locals(n + 1)


for f in (deep, deep_locals):
    try:
        f(0)
    except RecursionError as e:
        print("recursion:", f.__name__, e)
        frames = len(names_of_tb(e.__traceback__))
        print("traceback length > 900:", frames > 900)


def depth_of():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n


def recurse_to(n):
    if n == 0:
        return depth_of()
    return recurse_to(n - 1)


print("depth:", recurse_to(50) - depth_of())

# A frame object made for a frame whose caller returned first: f_back still names it.
def make_back():
    def inner():
        return sys._getframe()
    return inner()


fb = make_back()
print("f_back after return:", fb.f_code.co_name, fb.f_back.f_code.co_name if fb.f_back else None)
print("traceback.extract_stack ok:", traceback.extract_stack()[-1].name)
print("done")
