# Containers: list append / index / sort of 10^6 items.
N = 1_000_000
a = []
for i in range(N):
    a.append((i * 7919) % N)
s = 0
for i in range(0, N, 2):
    s += a[i]
b = sorted(a)
a.sort(reverse=True)
c = [x % 1000 for x in a]
c.sort()
print(s, b[0], b[-1], a[0], c[N // 2], a.index(0) if N < 0 else len(a))
