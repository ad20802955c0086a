# List append/index/iteration and dict insert/lookup with int and str keys.
def lists(n):
    a = []
    for i in range(n):
        a.append(i * 3)
    total = 0
    for i in range(0, n, 3):
        total += a[i] - a[n - 1 - i]
    for v in a:
        total += v & 15
    return total + len(a)

def dicts(n):
    d = {}
    for i in range(n):
        d[i] = i + 1
    names = {}
    keys = ["k" + str(i % 1000) for i in range(n)]
    for k in keys:
        names[k] = names.get(k, 0) + 1
    hits = 0
    for i in range(0, 2 * n, 2):
        if i in d:
            hits += d[i]
    return hits + len(names) + names["k7"]

print(lists(900_000), dicts(450_000))
