# __slots__: member descriptors, no __dict__, AttributeError messages, inheritance
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(type(P.x).__name__)
p.y = 2
print(p.x, p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(P.__slots__)

class Q(P):
    __slots__ = ("z",)
q = Q(5)
q.z = 6
print(q.x, q.z, hasattr(q, "__dict__"))

# subclass without __slots__ gets a __dict__
class R(P):
    pass
r = R(1)
r.anything = 2
print(r.anything, r.x, 'anything' in r.__dict__)

# __dict__ in __slots__
class S:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
s.b = 2
print(s.a, s.b, 'b' in s.__dict__)

# a single string
class One:
    __slots__ = "only"
o = One()
o.only = 1
print(o.only, One.__slots__)

# slot conflicts with a class attribute
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)

# empty slots
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)

# slot descriptors work through the class
class T:
    __slots__ = ("v",)
t = T()
T.v.__set__(t, 10)
print(T.v.__get__(t, T), T.v.__name__)

# __weakref__ not present unless listed
print("__weakref__" in dir(T))

# invalid slot names
try:
    class Bad2:
        __slots__ = ("1x",)
except TypeError as e:
    print("TypeError:", e)

# private names are mangled
class Priv:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 7
    def get(self):
        return self.__secret
print(Priv().get(), Priv.__slots__)
