# zero-argument super(): methods, classmethods, __init__ chains, explicit two-argument form
class A:
    def __init__(self):
        self.log = ["A"]
    def greet(self):
        return "A.greet"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
    @staticmethod
    def static():
        return "A.static"

class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def greet(self):
        return "B>" + super().greet()
    @classmethod
    def make(cls):
        return "B>" + super().make()

class C(B):
    def __init__(self):
        super().__init__()
        self.log.append("C")
    def greet(self):
        return "C>" + super(B, self).greet()

c = C()
print(c.log)
print(c.greet())
print(C.make())
print(B().greet())
print(super(C, c).static())

# super inside a nested function uses the enclosing method's __class__
class D(A):
    def greet(self):
        def inner():
            return super(D, self).greet()
        return "D>" + inner()
print(D().greet())

# __class__ cell
class E:
    def cls(self):
        return __class__
print(E().cls() is E)

# super() outside a method
def f():
    super()
try:
    f()
except RuntimeError as e:
    print("RuntimeError:", e)

class F:
    def m():
        return super()
try:
    F.m()
except RuntimeError as e:
    print("RuntimeError:", e)

# super() with attributes and properties
class G:
    @property
    def value(self):
        return 1
class H(G):
    @property
    def value(self):
        return super().value + 10
print(H().value)

# super object repr-ish information
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)

try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)

# cooperative multiple inheritance with kwargs
class Root:
    def __init__(self, **kw):
        self.seen = []
class X(Root):
    def __init__(self, x=0, **kw):
        super().__init__(**kw)
        self.seen.append(("X", x))
class Y(Root):
    def __init__(self, y=0, **kw):
        super().__init__(**kw)
        self.seen.append(("Y", y))
class XY(X, Y):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.seen.append("XY")
print(XY(x=1, y=2).seen)
