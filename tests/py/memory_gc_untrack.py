# The collector untracks tuples that can never be part of a cycle (all items atomic or
# untracked), as CPython does, and still collects cycles through tuples; finalizers that
# resurrect, or change a class while a collection runs, behave as in CPython.
import gc, weakref

def fresh(*items):
    return tuple(list(items))

atomic = fresh(1, 2.5, "s", None, True, b"x", 10**30)
holds_list = fresh(1, [2])
nested = fresh(fresh(1, 2), fresh(fresh(3.0, "x"), None))
class C:
    pass
holds_instance = fresh(C(), 1)
print("before:", gc.is_tracked(atomic), gc.is_tracked(holds_list), gc.is_tracked(nested))
gc.collect()
# (How many collections a nest of atomic tuples takes to be untracked depends on list
# order: CPython needs one per level, Bastion usually one; only the innermost is printed.)
print("after:", gc.is_tracked(atomic), gc.is_tracked(holds_list), gc.is_tracked(nested[0]),
      gc.is_tracked(holds_instance))
print(gc.is_tracked(()), gc.is_tracked(fresh()))

# A cycle through a tuple is still found.
died = []
class Node:
    pass
n = Node()
n.t = fresh(n, 1)
weakref.ref(n, lambda r: died.append("node"))
w = weakref.ref(n, lambda r: died.append("node"))
del n
gc.collect()
print("cycle via tuple:", died, w())

# An untracked tuple inside a cycle is freed with it.
died.clear()
m = Node()
m.t = fresh(1, 2, 3)
m.me = m
gc.collect()
print("inner tuple tracked:", gc.is_tracked(m.t))
wm = weakref.ref(m, lambda r: died.append("m"))
del m
gc.collect()
print("cycle holding untracked tuple:", died, wm())

# Many short-lived trees of tuples (binary-trees shape) next to a long-lived one.
def make(d):
    return (None, None) if d == 0 else (make(d - 1), make(d - 1))
def check(t):
    l, r = t
    return 1 if l is None else 1 + check(l) + check(r)
keep = make(10)
total = sum(check(make(6)) for _ in range(200))
gc.collect()
print(total, check(keep), gc.is_tracked(keep[0][0][0][0][0][0][0][0][0][0]))

# Resurrection in __del__ keeps the object and what it refers to.
saved = []
class R:
    def __del__(self):
        saved.append(self)
r = R(); r.me = r; r.payload = fresh([1, 2], 3)
del r
gc.collect()
print("resurrected:", len(saved), saved[0].payload, saved[0].me is saved[0])
saved.clear()
gc.collect()

# A finalizer removes another class's __del__ while the collection runs.
class B:
    def __del__(self):
        print("B.__del__")
class A:
    def __del__(self):
        print("A.__del__ removes B.__del__")
        del B.__del__
a = A(); b = B(); a.b = b; b.a = a
del a, b
gc.collect()
b2 = B(); b2.me = b2
del b2
gc.collect()
print("instances of several classes, with and without __del__:")
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
class E:
    pass
objs = [D("d1"), E(), D("d2"), E(), E(), D("d3")]
for x, y in zip(objs, objs[1:] + objs[:1]):
    y.prev = x
del objs, x, y
gc.collect()
print("done")
