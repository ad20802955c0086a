# complex(x): __complex__ first (its result must be a complex), then __float__/__index__ through
# float(); the second argument takes __float__/__index__ but not __complex__, as CPython 3.11.
class C:
    def __complex__(self): return 1+2j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class Bad:
    def __complex__(self): return 1.5
class Sub(complex): pass
class CS:
    def __complex__(self): return Sub(3, 4)
print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(C(), 1))
try: complex(1, C())
except TypeError as e: print(e)
print(type(complex(CS())), complex(CS()))
for bad in (Bad(), object()):
    try: complex(bad)
    except TypeError as e: print(e)
try: complex(1, object())
except TypeError as e: print(e)
class Both:
    def __complex__(self): return 5j
    def __float__(self): return 1.0
print(complex(Both()))
import fractions
print(complex(fractions.Fraction(1, 2)))
