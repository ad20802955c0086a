# numeric conversion and unary dunders: __int__, __float__, __complex__, __round__, __trunc__,
# __floor__, __ceil__, __neg__, __pos__, __abs__, __invert__
import_free = None
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v)
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return "abs"
    def __invert__(self):
        return "invert"
    def __repr__(self):
        return f"Num({self.v})"

n = Num(2.5)
print(int(n), float(n), round(n), round(n, 1))
print(-n, +n, abs(n), ~n)

class Bad:
    def __int__(self):
        return "x"
    def __float__(self):
        return 1
for fn in (int, float):
    try:
        fn(Bad())
    except TypeError as e:
        print("TypeError:", e)

class Nothing:
    pass
for expr in ["-Nothing()", "+Nothing()", "~Nothing()", "abs(Nothing())", "int(Nothing())", "float(Nothing())",
             "round(Nothing())", "~1.5", "-'s'"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)


# __index__ used by int() when __int__ is missing; float() uses __index__ too
class Idx:
    def __index__(self):
        return 4
print(int(Idx()), float(Idx()))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(12345, -2), type(round(2.0)).__name__)
