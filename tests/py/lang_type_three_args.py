# type(name, bases, namespace) builds classes dynamically; type(x) gives the class.
def init(self, v):
    self.v = v


Point = type('Point', (object,), {'__init__': init, 'double': lambda self: self.v * 2, 'k': 3})
p = Point(4)
print(type(p).__name__, Point.__name__, Point.__qualname__, Point.__module__, p.double(), p.k)
print(Point.__bases__, Point.__mro__)

Sub = type('Sub', (Point,), {})
print(Sub(5).double(), issubclass(Sub, Point), Sub.__base__ is Point)

Empty = type('Empty', (), {})
print(Empty.__bases__, Empty().__class__.__name__)

print(type(1), type('s'), type(type), type(None))

for args in [('A',), ('A', ()), ('A', (), {}, 1), (1, (), {}), ('A', [], {}), ('A', (), [])]:
    try:
        print(type(*args))
    except TypeError as e:
        print('TypeError:', e)

try:
    type('A', (1,), {})
except TypeError as e:
    print('TypeError:', e)

try:
    type('A', (bool,), {})
except TypeError as e:
    print('TypeError:', e)

WithDoc = type('WithDoc', (), {'__doc__': 'hello', '__qualname__': 'Outer.WithDoc'})
print(WithDoc.__doc__, WithDoc.__qualname__)
