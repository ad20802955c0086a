# zip refills its last tuple in place when nothing else holds it (CPython's zip does the
# same); every tuple a program can still see must stay as it was.
import gc

# Tuples kept by the consumer are never changed.
z = zip(range(4), "abcd")
kept = [next(z), next(z)]
print(kept, list(z))
print(list(zip([1, 2, 3], [4, 5, 6])))

# A tuple dropped and the next one hashed: no stale hash.
z = zip(range(5), range(5, 10))
hashes = []
for t in z:
    hashes.append(hash(t) == hash(tuple(t)))
print(hashes)
d = {}
for t in zip("abc", [1, 2, 3]):
    d[t] = t[1]
print(d)

# Unpacking in a loop (the tuple is dropped at once), then a reference kept.
z = zip(range(3), range(3))
total = 0
for a, b in z:
    total += a * b
print(total)
z = zip("xyz", "XYZ")
first = next(z)
second = next(z)
print(first, second, next(z), next(z, "done"))

# An iterator that calls next() on the zip itself while it is being filled.
class Reenter:
    def __init__(self):
        self.z = None
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 6:
            raise StopIteration
        if self.n == 3:
            inner = next(self.z, None)
            print("inner", inner)
        return self.n

r = Reenter()
z = zip(range(100), r)
r.z = z
for t in z:
    print("outer", t)

# An iterator that raises part-way: the error propagates, zip continues afterwards.
class Flaky:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise KeyError("flaky")
        if self.n > 4:
            raise StopIteration
        return self.n

z = zip(range(10), Flaky())
print(next(z))
try:
    next(z)
except KeyError as e:
    print("KeyError", e)
print(list(z))

# A tuple of atomic items the collector untracked, refilled with a container: tracked again,
# so a cycle through it is collected.
z = zip([1, [], []])
t = next(z)
del t
gc.collect()
t = next(z)
print(type(t[0]).__name__, gc.is_tracked(t))
del t
t = next(z)
t[0].append(t)
del t
del z
print(gc.collect() >= 2)

# strict= with reuse.
print(list(zip(range(3), "abc", strict=True)))
for bad in ([range(3), "ab"], [range(2), "abc"], [range(3), "abc", [1]]):
    try:
        for a in zip(*bad, strict=True):
            pass
    except ValueError as e:
        print("ValueError", e)

# Generators on both sides, one of them raising.
def gen(n, fail=None):
    for i in range(n):
        if i == fail:
            raise RuntimeError("gen failed at %d" % i)
        yield i

print(sum(a * b for a, b in zip(gen(10), gen(20))))
try:
    print(list(zip(gen(10), gen(10, fail=4))))
except RuntimeError as e:
    print("RuntimeError", e)

# A subclass of zip keeps the behaviour.
class Z(zip):
    pass
print([t for t in Z("ab", "cd")])
print(list(zip()))
print([t for t in zip(range(3))])
