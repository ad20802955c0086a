# Sets of small ints: add, discard, remove, membership, operators.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.discard(3)
s.remove(4)
print(s, sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, {1, 2} < a, a >= {1}, a == {4, 3, 2, 1}, a != b)
print(set(), set([1, 1, 2, 2, 3]), set(range(3)), len(set("aabbc")))
e = set()
e.add(7)
print(e, bool(set()), {0} == {False})
u = set()
for x in [5, 1, 5, 2, 1]:
    u.add(x)
print(sorted(u), u == {1, 2, 5})
print(sorted({x % 3 for x in range(10)}))
