# __instancecheck__ / __subclasscheck__ on metaclasses, isinstance/issubclass with tuples
class Meta(type):
    def __instancecheck__(cls, obj):
        print("__instancecheck__", type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", sub.__name__)
        return hasattr(sub, "quack")

class Duck(metaclass=Meta):
    pass

class Mallard:
    quack = True
class Dog:
    pass

print(isinstance(Mallard(), Duck), isinstance(Dog(), Duck))
print(issubclass(Mallard, Duck), issubclass(Dog, Duck))
print(isinstance(Mallard(), (int, Duck)))

# exact type match shortcut does not call __instancecheck__
print(isinstance(Duck(), Duck))

class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)))
print(issubclass(bool, int), isinstance(True, int), issubclass(int, object), isinstance(int, type))
print(isinstance(3, (str, (list, int))))

for args in [(1, int, 2), ()]:
    pass
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, (int, 5))
except TypeError as e:
    print("TypeError:", e)

# __class__ override affects isinstance
class Fake:
    @property
    def __class__(self):
        return int
print(isinstance(Fake(), int), type(Fake()).__name__)

# instance check for union types
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str))
