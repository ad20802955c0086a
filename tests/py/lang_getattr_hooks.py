# __getattr__, __getattribute__, __setattr__, __delattr__
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("no_"):
            raise AttributeError(f"no attribute {name}")
        return f"computed {name}"

l = Lazy()
print(l.real, l.other)
try:
    l.no_thing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(l, "no_x", "default"), hasattr(l, "no_y"), hasattr(l, "yes"))

class Logged:
    def __getattribute__(self, name):
        if name != "__dict__":
            print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

g = Logged()
g.a = 1
print(g.a)
del g.a
try:
    g.a
except AttributeError as e:
    print("AttributeError:", e)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
print(Both().boom, Both().__class__.__name__)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
    def __delattr__(self, name):
        raise AttributeError("cannot delete")
f = Frozen(3)
print(f.v)
for action in (lambda: setattr(f, "v", 4), lambda: delattr(f, "v")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)

# default messages
class Plain:
    pass
try:
    Plain().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Plain().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)

# setattr/getattr with non-str names
try:
    getattr(Plain(), 1)
except TypeError as e:
    print("TypeError:", e)

# __getattr__ is not used for dunder lookups by operators
class Proxy:
    def __getattr__(self, name):
        return lambda *a: "proxied"
p = Proxy()
print(p.__len__())
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
