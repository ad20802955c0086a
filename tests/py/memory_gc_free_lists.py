# The collector frees its garbage into the small-block free lists and new instances,
# their __dict__s and small tuples reuse those blocks: objects made after a collection
# must be fresh (no stale attribute, item or weak reference), finalizers run once,
# resurrected objects keep their state, and weakref callbacks see their referent gone.
import gc
import weakref

class Node:
    pass

def cycles(n, tag):
    for i in range(n):
        a = Node(); b = Node()
        a.other = b; b.other = a
        a.t = (tag, i); b.t = (i, tag, None)

gc.collect()
cycles(5000, "first")
gc.collect()
fresh = [Node() for _ in range(100)]
print(all(vars(n) == {} for n in fresh))
print(all(not hasattr(n, "other") for n in fresh))
ts = [(i, i + 1) for i in range(100)]
print(ts[:3], all(t == (i, i + 1) for i, t in enumerate(ts)))
print(all(weakref.getweakrefcount(n) == 0 for n in fresh))

# Weak references to garbage: cleared, callbacks run once, and blocks reused after.
seen = []
def cb(r):
    seen.append(r() is None)
keep = []
for i in range(300):
    a = Node(); b = Node(); a.o = b; b.o = a
    keep.append(weakref.ref(a, cb))
del a, b
gc.collect()
print(len(seen), all(seen), all(r() is None for r in keep))
cycles(2000, "second")
gc.collect()
print(all(r() is None for r in keep), len(seen))

# Finalizers run once; a resurrected object keeps its attributes across later collections.
saved = []
class Fin:
    def __del__(self):
        saved.append(self)
for i in range(50):
    f = Fin(); g = Fin(); f.peer = g; g.peer = f; f.n = i; g.n = -i
del f, g
gc.collect()
print(len(saved))
cycles(3000, "third")
gc.collect()
print(sorted(x.n for x in saved)[:5], all(x.peer.peer is x for x in saved))
saved.clear()
gc.collect()
print(len(saved))

# Tuples of every small size, made and dropped through collections.
for rnd in range(3):
    cycles(1000, rnd)
    tups = [tuple(range(k)) for k in range(1, 9) for _ in range(50)]
    print(rnd, all(t == tuple(range(len(t))) for t in tups), gc.collect() >= 0)
print(gc.get_threshold())
