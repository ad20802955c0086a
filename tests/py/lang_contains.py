# membership: __contains__, fallback to __iter__ and __getitem__, results coerced to bool
class C:
    def __contains__(self, item):
        print("__contains__", item)
        return item == 3
print(3 in C(), 4 in C(), 4 not in C())

class Truthy:
    def __contains__(self, item):
        return "non-empty string"
print(1 in Truthy())

class It:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])
print(2 in It(), 5 in It())

class GI:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i
print(4 in GI(), 9 in GI())

class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    [] in {}
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)

print("b" in "abc", "" in "abc", b"a" in b"ab", 97 in b"ab", 2 in range(0, 10, 2), 3 in range(0, 10, 2))
print(1 in {1: "a"}, "a" in {1: "a"}, 1 in {1: "a"}.values(), "a" in {1: "a"}.values())

class Eq:
    def __eq__(self, other):
        return True
print(Eq() in [1], 5 in [Eq()])

nan = float("nan")
print(nan in [nan], nan in [float("nan")])

class ContainsNone:
    __contains__ = None
try:
    1 in ContainsNone()
except TypeError as e:
    print("TypeError:", e)
