# class decorators, type(name, bases, ns), class namespaces and special attributes
def register(cls):
    cls.registered = True
    return cls

def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({self.__dict__})"
    cls.__repr__ = __repr__
    return cls

@register
@add_repr
class Thing:
    "A thing."
    def __init__(self):
        self.a = 1

print(Thing.registered, Thing(), Thing.__doc__)

def replace(cls):
    return "replaced"
@replace
class Gone:
    pass
print(Gone)

# decorator with arguments
def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@tagged("x")
class T:
    pass
print(T.tag)

# type() with three arguments
def method(self):
    return "method of " + type(self).__name__
Dyn = type("Dyn", (object,), {"m": method, "attr": 5})
print(Dyn.__name__, Dyn().m(), Dyn.attr, Dyn.__bases__, Dyn.__module__)
Sub = type("Sub", (Dyn,), {})
print(Sub().m(), Sub.__mro__[1].__name__)
print(type(5) is int, type("s").__name__)

for args in [("X",), ("X", 1, {}), ("X", (), []), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)

# class body namespace
class Outer:
    class Inner:
        def f(self):
            pass
    x = [i for i in range(3)]
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__, Outer.x)
print(Outer.__module__, Outer.__name__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))

# class body executes top to bottom with its own scope
y = "global"
class Scope:
    y = "class"
    z = y
    def f(self):
        return y
print(Scope.z, Scope().f())
