# any, all, abs.
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any([x > 3 for x in [1, 5]]), all([x > 3 for x in [1, 5]]))
print(all([x % 2 == 0 for x in [2, 4, 6]]), any("abc"), all(""), any({0: "a"}))
print(abs(-7), abs(7), abs(-0), abs(-3.25), abs(True), abs(-2 ** 40))
vals = [-3, 4, -5]
print([abs(v) for v in vals], max(vals, key=abs), sum([abs(v) for v in vals]))
