# in-place operators: __iadd__ & co., fallback to the binary method, and targets
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        return "sub fallback"
    def __imul__(self, other):
        return "replaced"

a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a -= 1
print(a)
c = Acc()
c *= 3
print(c)

for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "|=", "@="]:
    name = {"+=": "iadd", "-=": "isub", "*=": "imul", "/=": "itruediv", "//=": "ifloordiv", "%=": "imod",
            "**=": "ipow", "<<=": "ilshift", ">>=": "irshift", "&=": "iand", "^=": "ixor", "|=": "ior",
            "@=": "imatmul"}[op]
    cls = type("C", (), {f"__{name}__": lambda self, other, name=name: f"{name}:{other}"})
    x = cls()
    ns = {"x": x}
    exec(f"x {op} 7", ns)
    print(op, ns["x"])

# lists extend in place, tuples rebind
l = [1]
alias = l
l += [2]
print(alias)
t = (1,)
alias_t = t
t += (2,)
print(alias_t, t)

# augmented assignment to attributes and subscripts evaluates the target once
class Obj:
    def __init__(self):
        self.v = 1
def get_obj(o=Obj()):
    print("get_obj")
    return o
get_obj().v += 10
print(get_obj().v)

d = {"k": 1}
def key():
    print("key()")
    return "k"
d[key()] += 5
print(d)

lst = [[0, 1], [2, 3]]
lst[1][0] *= 10
print(lst)

# in-place on immutable tuple element raises but the list was extended
t2 = ([1],)
try:
    t2[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t2)

# TypeError messages for augmented assignment
try:
    x = None
    x += 1
except TypeError as e:
    print("TypeError:", e)
try:
    s = "a"
    s -= "b"
except TypeError as e:
    print("TypeError:", e)
