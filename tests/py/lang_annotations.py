# annotations: evaluated eagerly (3.11 without the __future__ import), __annotations__ everywhere
x: int = 5
y: "forward"
print(__annotations__)
print("y" in globals())

def f(a: int, b: "str" = "s", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]
print(f.__annotations__)
print(f(1))

class C:
    attr: int
    other: str = "v"
    def m(self) -> None:
        pass
print(C.__annotations__, C.other, hasattr(C, "attr"))
print(C.m.__annotations__)

def no_ann(a, b):
    pass
print(no_ann.__annotations__)

# annotations are evaluated at definition time
def make(t):
    def g(v: t) -> t:
        return v
    return g
print(make(int).__annotations__)

calls = []
def ann(v):
    calls.append(v)
    return v
def h(p: ann("param")) -> ann("return"):
    pass
print(calls)

# annotated assignment targets
class Obj:
    pass
o = Obj()
o.attr: int = 3
d = {}
d["k"]: str = "v"
print(o.attr, d)

# annotation-only statements inside functions do not create locals
def local_ann():
    z: int
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(local_ann())

# the __annotations__ of a function can be replaced
f.__annotations__ = {"new": 1}
print(f.__annotations__)
lam = lambda q: q
print(lam.__annotations__)

try:
    compile("(a, b): int = 1, 2", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("def f():\n global v\n v: int = 1", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
