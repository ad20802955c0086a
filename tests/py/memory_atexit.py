# atexit at interpreter exit: handlers run newest first (with args and kwargs), errors are
# reported and the next handler runs; weakref.finalize objects with atexit=True run then
# (newest first), those with atexit=False and those already called do not.
import atexit, weakref, gc

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name

def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))

def boom():
    raise ValueError("boom in atexit")

atexit.register(say, "first registered, runs last")
a = Obj("a"); b = Obj("b"); c = Obj("c"); d = Obj("d")
fa = weakref.finalize(a, say, "finalize a", k=1)
fb = weakref.finalize(b, say, "finalize b")
fc = weakref.finalize(c, say, "finalize c (atexit off)")
fc.atexit = False
fd = weakref.finalize(d, say, "finalize d (called early)")
print(fd(), fd.alive, fd())
del d
tmp = Obj("tmp")
ft = weakref.finalize(tmp, say, "finalize tmp (dies now)")
del tmp
gc.collect()
print("alive:", fa.alive, fb.alive, fc.alive, ft.alive)
atexit.register(boom)
@atexit.register
def last():
    print("registered last, runs first")
    weakref.finalize(Obj("late"), say, "late finalizer")
atexit.register(say, "unregistered")
atexit.unregister(say)
print(atexit._ncallbacks())
print("end of script")
