# classmethod and staticmethod: binding, access through class and instance, wrapping
class C:
    count = 0
    @classmethod
    def inc(cls, n=1):
        cls.count += n
        return cls.count
    @staticmethod
    def add(a, b):
        return a + b

print(C.inc(), C().inc(2))
print(C.add(1, 2), C().add(3, 4))

class D(C):
    count = 100
print(D.inc(), C.count)

print(type(C.__dict__["inc"]).__name__, type(C.__dict__["add"]).__name__)
print(C.__dict__["add"].__func__(5, 6))
bound = C.inc
print(bound.__self__ is C, bound.__func__ is C.__dict__["inc"].__func__)

# alternative constructors
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"
class Point2(Point):
    pass
print(Point.origin(), Point2.origin())

# staticmethod is callable in 3.10+
sm = staticmethod(lambda: "called")
print(sm())

# classmethod over a non-function callable
class E:
    m = classmethod(len.__call__) if False else None
print(E.m)

# wrapping preserves attributes
def documented(cls):
    "a doc"
    return cls
class F:
    m = classmethod(documented)
print(F.__dict__["m"].__doc__, F.__dict__["m"].__wrapped__ is documented)
