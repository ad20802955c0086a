# property: getter/setter/deleter, decorator and call forms, docs, error messages
class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "degrees Celsius"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

t = Temperature()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius)
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)

class ReadOnly:
    @property
    def x(self):
        return 42

r = ReadOnly()
print(r.x)
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError:", e)

class CallForm:
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 2
    v = property(get_v, set_v, None, "the v")

cf = CallForm()
cf.v = 5
print(cf.v, CallForm.v.__doc__)
print(CallForm.v.fget.__name__, CallForm.v.fset.__name__, CallForm.v.fdel)

class NoGetter:
    x = property(None, lambda self, v: None)
try:
    NoGetter().x
except AttributeError as e:
    print("AttributeError:", e)

# property is a data descriptor: wins over the instance dict
class Shadow:
    @property
    def p(self):
        return "property"
s = Shadow()
s.__dict__["p"] = "instance"
print(s.p)

# getter raising AttributeError falls back to __getattr__
class Fallback:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Fallback().p)

# subclass overriding only the setter
class Base:
    @property
    def v(self):
        return "base"
class Sub(Base):
    @Base.v.setter
    def v(self, value):
        print("sub setter", value)
Sub().v = 3
print(Sub().v)
