# sorted (any iterable, key=, reverse=) and reversed.
print(sorted([3, 1, 2]), sorted("cab"), sorted((5, -1)), sorted({"b": 1, "a": 2}))
print(sorted(range(5), reverse=True), sorted([-3, 2, -1], key=abs))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print("".join(reversed("stressed")))
data = [3, 1, 2]
s = sorted(data)
print(data, s, s is data)
records = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])
print([r["n"] for r in sorted(records, key=lambda r: r["v"], reverse=True)])
print(sorted([2.5, 1, 3, 0.5, True, False]))
