# list.sort and sorted: key, reverse, stability, mixed int/float.
a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "elderberry"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(sorted([3, 1.5, 2, -0.5]), sorted("hello"), sorted((3, 2, 1)))
nums = [3, 1, 2]
result = nums.sort()
print(result, nums)
print(sorted([]), sorted([1]), sorted({3: "a", 1: "b"}))
people = [("Ann", 31), ("Bob", 25), ("Cid", 31), ("Dee", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: -p[1]))
