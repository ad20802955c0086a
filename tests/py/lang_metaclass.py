# metaclasses: subclassing type, __new__, __init__, __call__, __prepare__, keyword arguments
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

class A(metaclass=Meta, tag="alpha"):
    x = 1
    def __init__(self, v):
        self.v = v

a = A(5)
print(a.v, A.tag, type(A).__name__, isinstance(A, Meta))

class B(A):
    y = 2
print(B.tag, type(B).__name__)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name)
        return {"injected": "yes"}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))

class C(metaclass=Ordered):
    def m(self):
        return type(self).injected
print(C.injected, C().m())

class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]

class S(metaclass=Singleton):
    def __init__(self):
        print("S created")
print(S() is S())

# metaclass conflicts
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)

# most derived metaclass wins
class M3(M1): pass
class W(metaclass=M3): pass
class V(X, W): pass
print(type(V).__name__)

# a function as metaclass
def fmeta(name, bases, ns):
    ns["made_by"] = "fmeta"
    return type(name, bases, ns)
class F(metaclass=fmeta):
    pass
print(F.made_by, type(F).__name__)

# metaclass methods and __repr__
class Named(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Named>"
class N(metaclass=Named): pass
print(repr(N), N)
print(type(type), type(object), isinstance(type, type))
