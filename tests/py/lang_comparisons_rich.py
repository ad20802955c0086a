# rich comparisons: reflection, defaults, NotImplemented, error messages, chained forms
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"{self.v}.__lt__({other.v})")
        return self.v < other.v
    def __eq__(self, other):
        print(f"{self.v}.__eq__")
        return isinstance(other, N) and self.v == other.v

a, b = N(1), N(2)
print(a < b)
print(b > a)       # reflected to a.__lt__(b)
print(a == N(1), a != N(1))   # __ne__ derived from __eq__
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain())
for expr in ["Plain() < Plain()", "1 < 'a'", "[] > {}", "None >= 0", "(1,) < [1]"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)

# subclass reflected comparison takes priority
class Base:
    def __eq__(self, other):
        return "Base.__eq__"
class Sub(Base):
    def __eq__(self, other):
        return "Sub.__eq__"
print(Base() == Sub(), Sub() == Base())

# __eq__ returning NotImplemented falls back to identity
class NI:
    def __eq__(self, other):
        return NotImplemented
x = NI()
print(x == x, x == NI(), x != NI())

# comparisons that return non-bools
class Weird:
    def __lt__(self, other):
        return "yes"
print(Weird() < 1, 1 > Weird())

# chained comparisons evaluate each operand once
def val(v):
    print("val", v)
    return v
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
none = None
print(1 < 2 > 0 != 5 == 5, none is not none in [False])

# containers compare element-wise with identity shortcut
nan = float("nan")
print([nan] == [nan], nan == nan, (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
print({1: 2} == {1: 2}, {1, 2} <= {1, 2, 3}, "abc" < "abd")
