# user-defined descriptors: __get__/__set__/__delete__, data vs non-data precedence, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)
print(type(Person.name).__name__)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class Holder:
    attr = NonData()

h = Holder()
print(h.attr)
h.attr = "from instance"
print(h.attr)
del h.attr
print(h.attr)
print(Holder.attr)

class Counter:
    def __init__(self):
        self.calls = []
    def __get__(self, obj, objtype):
        self.calls.append((obj is None, objtype.__name__))
        return len(self.calls)

class Use:
    c = Counter()
print(Use.c, Use().c, Use.__dict__["c"].calls)

# __set_name__ called for attributes added by type()
T = type("T", (), {"d": Typed(int)})
t = T()
t.d = 4
print(t.d)

# __set_name__ is not called for later assignment
Person.extra = Typed(float)
try:
    Person("B", 1).extra = 1.0
except AttributeError as e:
    print("AttributeError:", type(e).__name__)

# methods are non-data descriptors
class M:
    def f(self):
        return "method"
m = M()
print(M.__dict__["f"].__get__(m, M)())
m.f = lambda: "instance attr"
print(m.f())

# descriptor on the metaclass level
class Meta(type):
    @property
    def answer(cls):
        return 42
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.answer)
print(hasattr(WithMeta(), "answer"))
