# hasattr, getattr (with default), setattr on instances and classes.
class Obj:
    cls_attr = "on class"
    def __init__(self):
        self.a = 1
    def method(self):
        return "called " + str(self.a)
o = Obj()
print(hasattr(o, "a"), hasattr(o, "b"), hasattr(o, "cls_attr"), hasattr(o, "method"))
print(getattr(o, "a"), getattr(o, "b", "default"), getattr(o, "method")())
setattr(o, "b", 2)
print(o.b, getattr(o, "b"))
for name in ["x", "y", "z"]:
    setattr(o, name, name.upper())
print(o.x + o.y + o.z)
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr("str", "upper"), hasattr(5, "nothing"), getattr([1, 2], "count")(1))
setattr(Obj, "added", 99)
print(o.added, Obj().added)
fields = {"name": "widget", "size": 3}
item = Obj()
for k, v in fields.items():
    setattr(item, k, v)
print([getattr(item, k) for k in fields])
