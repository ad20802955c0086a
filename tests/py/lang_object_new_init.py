# object construction: __new__/__init__ interplay and their error messages
class A:
    pass
for call in ["A(1)", "A(x=1)", "object(1)"]:
    try:
        eval(call)
    except TypeError as e:
        print("TypeError:", e)

class InitOnly:
    def __init__(self, v):
        self.v = v
print(InitOnly(3).v)

class NewOnly:
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)
print(type(NewOnly(1, 2)).__name__)

class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())

class ReturnsSub:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print("__init__ called on", type(self).__name__)
class Sub(ReturnsSub):
    pass
ReturnsSub()

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

class NewArgs:
    def __init__(self, a):
        pass
try:
    object.__new__(NewArgs, 1)
except TypeError as e:
    print("TypeError:", e)
print(type(object.__new__(NewArgs)).__name__)

try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)

# __init__ called again explicitly
class Again:
    def __init__(self, n=0):
        self.n = n
a = Again()
a.__init__(7)
print(a.n)

# __class__ assignment between compatible classes
class X:
    def who(self):
        return "X"
class Y:
    def who(self):
        return "Y"
obj = X()
obj.__class__ = Y
print(obj.who(), type(obj).__name__)
try:
    obj.__class__ = int
except TypeError as e:
    print("TypeError:", e)

# class attributes
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, type(A.__dict__).__name__)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__)
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
