# bastion-differs: CPython 3.11 crashes (SIGSEGV) here: its type cache keeps results a
# class dict written through gc.get_referents no longer holds. Bastion's cache checks
# every MRO class dict's version (objects/type_cache.h), so each write is seen at once;
# the expected output is what Python semantics give (hand-written).
import gc


# A class dict changed directly: the cache must notice (the dict's version changes).
class D:
    a = 1

    def m(self):
        return "m1"


class E(D):
    pass


e = E()
print(e.a, e.m(), E.a)
for d in gc.get_referents(D):
    if isinstance(d, dict) and "m" in d:
        d["a"] = 2
        d["m"] = lambda self: "m2"
print(e.a, e.m(), E.a)
for d in gc.get_referents(E):
    if isinstance(d, dict) and "__module__" in d and "m" not in d:
        d["a"] = 3
print(e.a, D.a, e.m())
for d in gc.get_referents(D):
    if isinstance(d, dict) and "m" in d:
        del d["m"]
try:
    e.m()
except AttributeError as exc:
    print("AttributeError:", exc)
