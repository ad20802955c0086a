# numbers: the ABC tower, the built-in registrations, abstract methods and mixin defaults.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

for cls in (Number, Complex, Real, Rational, Integral):
    print(cls.__name__, [b.__name__ for b in cls.__mro__], sorted(cls.__abstractmethods__))

for value in (True, 3, 2.5, 1j, "s", None, [1]):
    print(repr(value), [isinstance(value, c) for c in (Number, Complex, Real, Rational, Integral)])
for t in (bool, int, float, complex, str):
    print(t.__name__, [issubclass(t, c) for c in (Number, Complex, Real, Rational, Integral)])
print(Number.__hash__, numbers.__all__)

try:
    Real()
except TypeError as e:
    print("TypeError:", str(e).split(" with")[0])

class MyInt(Integral):
    """A minimal Integral: every abstract method defined."""
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return "MyInt(%d)" % self.v
    def __add__(self, o): return MyInt(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return MyInt(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, o, m=None): return MyInt(pow(self.v, int(o), m))
    def __rpow__(self, o): return MyInt(int(o) ** self.v)
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)

m = MyInt(7)
print(isinstance(m, Rational), isinstance(m, Number))
print(m.numerator, m.denominator, m.real, m.imag, m.conjugate())
print(float(m), m.__complex__(), bool(m), bool(MyInt(0)), [10, 20, 30, 40, 50, 60, 70, 80][MyInt(2)])
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m))

class Half(Real):
    """A Real whose only value is 0.5."""
    def __float__(self): return 0.5
    for _name in sorted(Real.__abstractmethods__):
        if _name != "__float__":
            locals()[_name] = lambda self, *a: NotImplemented
    del _name
    def __pos__(self): return 0.5
print(Half().__complex__(), Half().real, Half().imag, Half().conjugate())

class Late:
    pass
Number.register(Late)
print(isinstance(Late(), Number), isinstance(Late(), Complex))
