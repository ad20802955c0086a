# min, max (iterables, several args, key=, default=) and sum (start).
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max(3, 1, 2), min("hello"), max("hello"))
print(min([1.5, 1, 2]), max([-1, -1.5]), max("apple", "banana", "cherry", key=len))
print(min(["bb", "a", "ccc"], key=len), max([], default="empty"), min((), default=None))
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.5, 0.25]), sum(range(10)))
print(sum([[1], [2, 3]], []), sum([True, True, True]))
print(max({"a": 3, "b": 1}), min({3: "x", 1: "y"}))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
print(max([(1, "b"), (1, "c"), (0, "z")]), max([1, 3, 2, 3], key=lambda v: v % 3))
