# Tuples: creation, indexing, slicing, packing/unpacking, immutability, methods.
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2)
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
a, b, c = t
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
print(t.count(2), (1, 1, 2).count(1), t.index(3))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, 4))
for m, n in nested:
    print(m * n)
print(2 in t, 7 in t, (1, 2) < (1, 3), (1, 2) == (1, 2), () < (0,))
single = 5,
print(single, type(single).__name__)
def pair():
    return 7, 8
print(pair(), pair()[1])
