# __hash__ and __eq__: __hash__ = None when __eq__ is defined, unhashable errors, dict/set use
class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError:", e)

class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Both) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
d = {Both(1): "one"}
print(d[Both(1)], Both(1) in {Both(1)}, len({Both(1), Both(1), Both(2)}))

# inheriting __eq__ keeps the parent's __hash__ = None
class Child(OnlyEq):
    pass
try:
    hash(Child())
except TypeError as e:
    print("TypeError:", e)

# a child that defines only __hash__ is hashable again
class Child2(OnlyEq):
    def __hash__(self):
        return 7
print(hash(Child2()))

# explicit __hash__ = None
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)

# default identity hash is stable and consistent with ==
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())

# __hash__ must return an int
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)

class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

# hashes of builtins
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
for u in [[], {}, set(), bytearray()]:
    try:
        hash(u)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(([],))
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
