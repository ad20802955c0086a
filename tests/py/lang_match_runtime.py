# match: runtime behaviour — subjects of every shape, mapping duplicate keys at runtime,
# custom __eq__, sequence patterns on iterables that are not sequences
class Eq:
    def __eq__(self, other):
        print("__eq__ called with", other)
        return True

match Eq():
    case 5:
        print("Eq matched 5")

# a generator is not a sequence
def gen():
    yield 1

match gen():
    case [1]:
        print("wrong")
    case _:
        print("generator is not a sequence")

# str is not a sequence for patterns
match "abc":
    case [a, b, c]:
        print("wrong")
    case str(s):
        print("string", s)

# dict subclasses and dict views
class D(dict):
    pass

match D(a=1):
    case {"a": v}:
        print("dict subclass", v)

match {}.keys():
    case {}:
        print("wrong")
    case _:
        print("keys view is not a mapping")

# runtime duplicate key from attribute lookups
class K:
    A = "x"
    B = "x"

try:
    match {"x": 1, "y": 2}:
        case {K.A: 1, K.B: 1}:
            pass
except ValueError as e:
    print("ValueError:", e)

# tuple subclass and list subclass
class T(tuple):
    pass

match T((1, 2)):
    case (a, b):
        print("tuple subclass", a, b)

# matching inside a loop with break/continue
for item in [1, "two", 3.0, None, [4]]:
    match item:
        case int():
            continue
        case None:
            break
        case _:
            print("kept", item)
print("loop done")

# match in a function returning from a case
def first_even(xs):
    for x in xs:
        match x:
            case int() if x % 2 == 0:
                return x
    return None

print(first_even([1, 3, 6, 8]))

# match inside try/except
try:
    match [1]:
        case [x]:
            raise KeyError(x)
except KeyError as e:
    print("KeyError", e)

# class patterns with keyword attributes on builtins
match 3 + 4j:
    case complex(real=r, imag=i):
        print(r, i)

match range(0, 10, 2):
    case range(start=0, stop=s):
        print("range stop", s)
