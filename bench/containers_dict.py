# Containers: dict insert / lookup / delete of 10^6 int keys and 10^6 str keys.
N = 1_000_000
d = {}
for i in range(N):
    d[i * 3] = i
hits = 0
for i in range(0, 3 * N, 2):
    if i in d:
        hits += 1
for i in range(0, 3 * N, 6):
    del d[i]
keys = [str(i) for i in range(N)]
e = {}
for k in keys:
    e[k] = len(k)
total = 0
for k in keys:
    total += e[k]
for k in keys[::2]:
    del e[k]
print(hits, len(d), total, len(e))
