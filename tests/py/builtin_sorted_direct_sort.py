# sorted(): list.sort called directly on the new list, with the same keywords, messages,
# key calls, mutation and recursion behaviour as the looked-up bound method.
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f"K({self.v})"
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("bca", key=None))
print(sorted([K(1), K(3), K(2)]), sorted(["bb", "a", "ccc"], key=len, reverse=1))
print(sorted((x for x in [2, 1])), sorted({3: 1, 1: 2}))
class L(list):
    def sort(self, *a, **k): raise RuntimeError("not used")
print(sorted(L([2, 1])))
for bad in [lambda: sorted([1], foo=2), lambda: sorted([1], 2), lambda: sorted(), lambda: sorted([1, "a"]),
            lambda: sorted([1], key=1), lambda: sorted([1], reverse="x"), lambda: sorted([1, 2], key=lambda x: 1 / 0),
            lambda: sorted(3), lambda: sorted(iterable=[1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
def mutate(x):
    lst.append(x)
    return x
lst = [3, 2, 1]
print(sorted(lst, key=mutate), lst)
import sys
def deep(n):
    return sorted([n], key=lambda x: deep(x - 1) if x > 0 else 0)
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError")
