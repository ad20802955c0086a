# dict subclasses: __missing__, overridden methods and what builtins call
class Default(dict):
    def __missing__(self, key):
        print("__missing__", key)
        return key * 2

d = Default(a=1)
print(d["a"], d["bb"], "bb" in d, d.get("zz"), len(d))

class Auto(dict):
    def __missing__(self, key):
        self[key] = value = Auto()
        return value
tree = Auto()
tree["a"]["b"]["c"] = 1
print(tree)

class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}")
try:
    Raising()["x"]
except KeyError as e:
    print("KeyError:", e)

# __missing__ is looked up on the type
class NoMissing(dict):
    pass
nm = NoMissing()
nm.__missing__ = lambda k: "instance"
try:
    nm["k"]
except KeyError as e:
    print("KeyError:", e)

# overriding __getitem__ and __setitem__ in a dict subclass
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper()
u["a"] = 1
print(u, u["A"], u["a"], dict.get(u, "a"))
u.update(b=2)   # update does not call the override
print(u)

# __missing__ of a subclass of a dict subclass, and dict.__getitem__ called directly
class FM(Default):
    pass
print(FM(x=1)["yy"], dict.__getitem__(FM(), "q") if False else "direct call skipped")
