# enumerate (with start) and zip (shortest wins, any iterables).
for i, ch in enumerate("abc"):
    print(i, ch)
print(list(enumerate(["x", "y"], 1)), list(enumerate([], 5)))
print(list(enumerate("ab", start=10)))
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], [3, 4, 5], (6, 7, 8, 9))))
print(list(zip()), list(zip([1, 2])), list(zip("ab", [])))
names = ["ann", "bob"]
ages = [30, 40]
for n, a in zip(names, ages):
    print(f"{n}:{a}")
print(dict(zip(names, ages)))
pairs = [(1, "one"), (2, "two")]
nums, words = [], []
for n, w in pairs:
    nums.append(n)
    words.append(w)
print(nums, words)
transposed = [list(t) for t in zip(*[[1, 2, 3], [4, 5, 6]])]
print(transposed)
for i, (a, b) in enumerate(zip("xy", "XY")):
    print(i, a + b)
