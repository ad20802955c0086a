# match: class patterns with positional and keyword sub-patterns and __match_args__
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat 3d {x} {y}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0), Point3(0, 0, 1), "x"]:
    print(where(p))

# builtin types match themselves with one positional pattern
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() as s:
            return f"str {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case _:
            return "other"

for v in [True, 3, 2.5, "s", [7, 8], {"k": 1}, (1, 2), (1, 2, 3), None]:
    print(kind(v))

class NoArgs:
    def __init__(self):
        self.a = 1

match NoArgs():
    case NoArgs(a=1):
        print("keyword only works without __match_args__")

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)

class BadArgs:
    __match_args__ = ["a"]

try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case len(1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)

# missing attribute: no match, no error
match Point(1, 2):
    case Point(z=1):
        print("wrong")
    case _:
        print("missing attribute does not match")

# __match_args__ with getattr through properties
class Temp:
    __match_args__ = ("celsius",)
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c

match Temp(21):
    case Temp(21):
        print("property positional")
