# dict literal, indexing, assignment, membership, iteration order (insertion order).
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, 1 in d, "four" not in d)
d["one"] = 100
print(d)
del d["two"]
d["two"] = 22
print(d, list(d))
for k in d:
    print(k, d[k])
nums = {1: "a", 2: "b", 1.0: "c"}
print(nums)
mixed = {(1, 2): "tuple key", None: "none key", True: "bool key", 0: "zero"}
print(mixed[(1, 2)], mixed[None], mixed[1], mixed[False])
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}))
e = {}
print(e, not e, len(e), {} == {}, {"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex)
