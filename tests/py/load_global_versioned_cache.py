# LOAD_GLOBAL's per-site value cache (vm_state.h GlobalCacheEntry): every hot site must see
# each rebinding, deletion and shadowing of its name at once, whichever dict changed and
# however it changed (STORE_GLOBAL, globals() writes, the builtins module, exec namespaces).
import builtins
import sys

g = 1


def read_g():
    return g


def hot(fn, n=50):
    out = None
    for _ in range(n):
        out = fn()
    return out


# Rebound by STORE_GLOBAL, by globals()[...] and by a replaced value of equal text.
print(hot(read_g))
g = 2
print(hot(read_g))
globals()["g"] = "two"
print(hot(read_g))
globals().update(g=3.5)
print(hot(read_g))


# A global rebound every iteration of the loop that reads it (the site must not thrash
# into a wrong answer, and the sum shows every read saw the latest value).
counter = 0


def bump_loop(n):
    global counter
    total = 0
    for i in range(n):
        counter = counter + i
        total += counter + len("ab")
    return total, counter


print(bump_loop(1000))


# A builtin shadowed by a global later, the global deleted again.
def use_len():
    return len([1, 2, 3])


print(hot(use_len))
len = lambda x: "shadowed"
print(hot(use_len))
del len
print(hot(use_len))
globals()["len"] = lambda x: "shadowed via globals()"
print(hot(use_len))
del globals()["len"]
print(hot(use_len))


# The builtins module's dict modified: a new builtin, a replaced one, a removed one.
def use_new_builtin():
    return frames8_new_builtin


try:
    use_new_builtin()
except NameError as e:
    print("NameError:", e)
builtins.frames8_new_builtin = "added"
print(hot(use_new_builtin))
builtins.frames8_new_builtin = "replaced"
print(hot(use_new_builtin))
frames8_new_builtin = "global wins"
print(hot(use_new_builtin))
del frames8_new_builtin
print(hot(use_new_builtin))
del builtins.frames8_new_builtin
for _ in range(3):
    try:
        use_new_builtin()
    except NameError as e:
        print("NameError:", e)

saved_abs = builtins.abs


def use_abs():
    return abs(-4)


print(hot(use_abs))
builtins.abs = lambda x: "patched abs"
print(hot(use_abs))
builtins.abs = saved_abs
print(hot(use_abs))


# A global deleted while a site is hot: NameError with CPython's text, then back.
h = "h1"


def read_h():
    return h


print(hot(read_h))
del h
for _ in range(2):
    try:
        read_h()
    except NameError as e:
        print("NameError:", e)
h = "h2"
print(hot(read_h))


# Many keys added (the dict resizes, entries move) between hot reads.
for i in range(200):
    globals()["filler_%d" % i] = i
print(hot(read_h), hot(read_g))
for i in range(200):
    del globals()["filler_%d" % i]
print(hot(read_h), hot(read_g))


# One code object run with different globals dicts: exec with custom globals.
src = """
def f():
    return x, len('abc')
"""
ns1 = {"x": "ns1"}
ns2 = {"x": "ns2", "len": lambda s: "ns2 len"}
exec(src, ns1)
exec(src, ns2)
for _ in range(3):
    print(ns1["f"](), ns2["f"]())
ns1["x"] = "ns1 again"
print(ns1["f"](), ns2["f"]())
code = compile("y = x * 2", "<frames8>", "exec")
for k in range(3):
    d = {"x": k}
    exec(code, d)
    print(d["y"])

# A function whose __globals__ is another module's dict.
import types

mod = types.ModuleType("frames8_other")
exec("v = 'other module'\ndef get():\n    return v\n", mod.__dict__)
print(hot(mod.get), mod.get.__globals__ is mod.__dict__)
mod.v = "other module, rebound"
print(hot(mod.get))
def same_code():
    return None


same_code.__code__ = mod.get.__code__  # the other module's code, run with this module's globals
v = "this module's v"
print(hot(same_code), hot(mod.get))

# exec with a custom builtins mapping through __builtins__.
ns3 = {"__builtins__": {"len": lambda s: "custom builtins len"}}
exec("def f():\n    return len('x')\n", ns3)
print(hot(ns3["f"]))
ns3["__builtins__"]["len"] = lambda s: "custom builtins len, rebound"
print(hot(ns3["f"]))


# A dict subclass as globals takes the mapping path (its __getitem__ is not consulted for
# LOAD_GLOBAL in CPython 3.11 either, but the answer must follow the dict's contents).
class D(dict):
    pass


ns4 = D(x=1)
exec("def f():\n    return x\n", ns4)
print(hot(ns4["f"]))
ns4["x"] = 2
print(hot(ns4["f"]))


# A value whose only reference is the dict: rebinding frees the old one, the site must
# not hand it out again.
class Token:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del token", self.n)


tok = Token(1)


def read_tok():
    return tok.n


print(hot(read_tok))
tok = Token(2)
print(hot(read_tok))
del tok
try:
    read_tok()
except NameError as e:
    print("NameError:", e)
print(sys.getrecursionlimit() > 0)
