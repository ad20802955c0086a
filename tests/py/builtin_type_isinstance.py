# type() and isinstance with builtin types and tuples of types.
values = [None, True, 1, 1.5, "s", [1], (1,), {"a": 1}, {1}, range(2), len, print]
for v in values:
    print(type(v).__name__)
print(type(1) is int, type(True) is bool, type(True) is int, type("") == str)
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance(1, (str, float, int)))
print(isinstance("x", str), isinstance([], (tuple, list)), isinstance({}, dict), isinstance(set(), set))
print(isinstance(None, type(None)), isinstance(int, type), type(int).__name__, type(type).__name__)
print(type(1)(5), type("")("abc"), type([])((1, 2)))
class A:
    pass
class B(A):
    pass
print(type(B()).__name__, type(B()) is A, isinstance(B(), A), type(A).__name__)
