# Containers: set build, membership and the binary set operations.
N = 300_000
a = set(range(0, 2 * N, 2))
b = set(range(0, 3 * N, 3))
hits = 0
for i in range(2 * N):
    if i in a:
        hits += 1
u = i_ = d_ = x_ = 0
for _ in range(5):
    u += len(a | b)
    i_ += len(a & b)
    d_ += len(a - b)
    x_ += len(a ^ b)
c = set()
for i in range(N):
    c.add(i % 1000)
    c.discard((i + 500) % 1000)
print(hits, u, i_, d_, x_, len(c))
