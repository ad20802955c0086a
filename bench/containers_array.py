# Containers: array.array of doubles and ints — build, sum, index and slice.
from array import array

N = 1_000_000
a = array('d', [0.0]) * N
for i in range(0, N, 4):
    a[i] = i * 0.5
b = array('i', range(N))
s = 0.0
for x in a:
    s += x
t = sum(b)
c = b[::2]
print(s, t, len(c), c[-1], sum(a[:1000]))
