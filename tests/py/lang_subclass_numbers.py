# subclassing int, float, complex and bool-like behaviour
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def double(self):
        return MyInt(self * 2)

m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, isinstance(m, int), m == 21, hash(m) == hash(21))
print(MyInt("ff", 16), MyInt(), MyInt(3.9), -m, abs(MyInt(-3)), type(-m).__name__)
print([1, 2, 3][MyInt(1)], range(MyInt(3)), str(m), f"{m:05d}", int(m).__class__.__name__)

class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5))
try:
    Pos(-1)
except ValueError as e:
    print("ValueError:", e)

class Units(int):
    def __add__(self, other):
        return Units(int(self) + int(other))
    __radd__ = __add__
    def __str__(self):
        return f"{int(self)}u"
print(Units(2) + 3, 3 + Units(2), sum([Units(1), Units(2)], Units(0)))

class MyFloat(float):
    def __new__(cls, v, unit="m"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
    def __str__(self):
        return f"{float(self)}{self.unit}"
f = MyFloat(2.5, "km")
print(f, f * 2, type(f * 2).__name__, f.unit, f.is_integer(), round(f), MyFloat("1e3"))

class MyComplex(complex):
    pass
c = MyComplex(1, 2)
print(c, c.real, type(c).__name__, c + 1, type(c.conjugate()).__name__)

# instance attributes on int subclasses
m.note = "hello"
print(m.note, vars(m))

try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
