# del of every target form: names, attributes, subscripts, slices, tuples/lists of targets
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)

class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print("AttributeError:", e)

l = list(range(10))
del l[0]
del l[-1]
del l[1:3]
del l[::2]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)

p, q, r = 1, 2, 3
del (p, q), [r]
print("p" in dir(), "q" in dir(), "r" in dir())

nested = {"k": [1, 2, {"z": 0}]}
del nested["k"][2]["z"]
del nested["k"][0]
print(nested)

def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())

def del_unbound():
    try:
        del w
    except UnboundLocalError as e:
        return str(e)
    w = 1
print(del_unbound())

g = 1
def del_global():
    global g
    del g
del_global()
print("g" in globals())

def closure():
    c = 1
    def inner():
        nonlocal c
        del c
    inner()
    try:
        return c
    except NameError as e:
        return str(e)
print(closure())

class WithDel:
    def __delitem__(self, key):
        print("__delitem__", key)
    def __delattr__(self, name):
        print("__delattr__", name)
w = WithDel()
del w[1:2, 3], w.attr
try:
    del (1).real
except AttributeError as e:
    print("AttributeError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)

for src in ["del f()", "del 1", "del (a, 1)", "del a + b"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
