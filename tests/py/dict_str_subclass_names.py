# A str-subclass key equal to a name is found by name lookups (its comparison is str's);
# a subclass with its own __eq__ is compared through it (here: never equal).
class S(str):
    pass
class E(str):
    def __eq__(self, other): return False
    __hash__ = str.__hash__
globals()[S("zz")] = 5
print(zz)
g = {'__builtins__': __builtins__}
g[S("yy")] = 7
exec("print(yy)", g)
globals()[E("ww")] = 1
try:
    print(ww)
except NameError as e:
    print("NameError", e)
d = {S("k"): 1}
print(d["k"], "k" in d, d.get("k"))
class A:
    pass
a = A()
a.__dict__[S("attr")] = 3
print(a.attr, getattr(a, "attr"))
zz = 6
print(zz, [k for k in globals() if k == "zz"], type([k for k in globals() if k == "zz"][0]).__name__)
