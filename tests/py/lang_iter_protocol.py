# iteration protocol: __iter__/__next__, __getitem__ fallback, iter(callable, sentinel), errors
class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)])
a, b, c = Count(3)
print(a, b, c)
print(*Count(2))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), list(enumerate(Seq())))
it = iter(Seq())
print(type(it).__name__, next(it), next(it))

class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError:", e)

calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))

for bad in [5, None, object()]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)

class NoNext:
    def __iter__(self):
        return self
try:
    next(NoNext())
except TypeError as e:
    print("TypeError:", e)

try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
print(next(iter([]), "default"))

# __iter__ = None blocks iteration even with __getitem__
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(Blocked())
except TypeError as e:
    print("TypeError:", e)

# an exhausted iterator stays exhausted
it = iter([1, 2])
print(list(it), list(it))

# iterators returned by builtins are their own iterators
for obj in [[1], (1,), "a", {1: 2}, {1}, range(1), b"a", {1: 2}.items()]:
    i = iter(obj)
    print(iter(i) is i, hasattr(i, "__next__"))

# reversed protocol
class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))
class SeqRev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "xyz"[i]
print(list(reversed(SeqRev())))
