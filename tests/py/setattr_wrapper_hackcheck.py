# object.__setattr__/__delattr__ applied to an object whose own C-level setattr overrides
# object's (CPython's hackcheck), and sort's reverse flag read as a C int.
class C:
    pass
class WithSetattr:
    def __setattr__(self, name, value):
        print("custom", name)
        object.__setattr__(self, name, value)
def run(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
run(lambda: object.__setattr__(object, 'x', 1))
run(lambda: object.__delattr__(int, 'x'))
run(lambda: object.__setattr__(C, 'x', 1))
class Meta(type): pass
class M(metaclass=Meta): pass
run(lambda: object.__setattr__(M, 'y', 1))
run(lambda: type.__setattr__(C, 'z', 5) or C.z)
c = C()
run(lambda: object.__setattr__(c, 'a', 1) or c.a)
run(lambda: object.__delattr__(c, 'a') or vars(c))
w = WithSetattr(); w.q = 3
run(lambda: w.q)
import types
run(lambda: object.__setattr__(types.ModuleType('m'), 'v', 1))
class L(list): pass
run(lambda: object.__setattr__(L(), 'attr', 2))
run(lambda: sorted([1, 3, 2], reverse=2**100))
run(lambda: [2, 1].sort(reverse=-2**40))
run(lambda: sorted([1, 3, 2], reverse=2**31 - 1))
run(lambda: sorted([1, 3, 2], reverse=True))
run(lambda: sorted([1], reverse=1.5))
