# iter and next, including default and StopIteration.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(10, 13))
print(list(r), list(r))
it = iter([5, 6, 7])
first = next(it)
rest = list(it)
print(first, rest)
e = iter(enumerate("ab"))
print(next(e), next(e))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
pairs = iter([(1, 2), (3, 4)])
for a, b in pairs:
    print(a + b)
it = iter([1, 2, 3, 4])
for x in it:
    if x == 2:
        break
print(list(it))
print(iter(it) is it)
