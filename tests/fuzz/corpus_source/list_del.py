# del on names, list items, slices and dict keys.
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
v = 10
del v
try:
    print(v)
except NameError as e:
    print("NameError:", e)
class Box:
    pass
b = Box()
b.item = 5
print(hasattr(b, "item"))
del b.item
print(hasattr(b, "item"))
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
p, q = 1, 2
del p, q
print("deleted both")
