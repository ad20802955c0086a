# Full collections count references as they walk (a referent may be met before its own
# turn in the list); young and frozen collections do not. Both must find the same garbage:
# cycles through objects made before and after their holders, atomic tuples met as
# referents before they are untracked, weakref callbacks, finalizers and resurrection,
# and the counters after each kind of collection.
import gc, weakref

events = []

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append("del " + self.name)

def report(label, found):
    print(label, "found some:", found > 0, "events:", sorted(events))
    events.clear()

gc.collect()
events.clear()

# A holder made first refers to objects made later (walked after it) and the other way.
def cycles_both_orders():
    holder = []
    late = [Node("late %d" % i) for i in range(3)]
    holder.extend(late)
    for n in late:
        n.back = holder
    early = Node("early")
    later = [early]
    early.later = later
    return holder, early
h, e = cycles_both_orders()
wr = weakref.ref(e, lambda r: events.append("cb early"))
del h, e
report("mixed order:", gc.collect())

# An atomic tuple made after a list that holds it: met as a referent first, then untracked.
keep = []
t = tuple([1, 2.5, "x"])
keep.append(t)
del t
gc.collect()
print("atomic tuple tracked:", gc.is_tracked(keep[0]), keep[0])
n = Node("with tuple")
n.t = tuple([n, 1])
n.u = tuple([1, 2])
del n
report("tuples:", gc.collect())

# Resurrection in a full collection: the object and all it refers to stay.
saved = []
class R:
    def __del__(self):
        saved.append(self)
r = R(); r.me = r; r.items = [Node("kept by resurrected")]
del r
report("resurrect:", gc.collect())
print("saved:", len(saved), saved[0].me is saved[0], saved[0].items[0].name)
saved.clear()
report("after release:", gc.collect())

# Weakref callbacks that allocate and collect while a collection runs.
def cb(ref):
    events.append("cb alloc")
    junk = [[i] for i in range(50)]
    gc.collect()
a = Node("a"); b = Node("b"); a.b = b; b.a = a
w = weakref.ref(a, cb)
del a, b
report("callback collects:", gc.collect())

# Frozen objects are not candidates: the young passes are used, with the same answers.
f = Node("frozen"); f.me = f
gc.freeze()
print("freeze count > 0:", gc.get_freeze_count() > 0)
del f
g1 = Node("g1"); g2 = Node("g2"); g1.o = g2; g2.o = g1
del g1, g2
report("frozen:", gc.collect())
gc.unfreeze()
report("unfrozen:", gc.collect())

# Young collections keep finding cycles between objects of several generations.
old = Node("old")
gc.collect()
young = Node("young"); young.old = old; old.young = young
del young, old
report("gen 0:", gc.collect(0))
report("gen 2:", gc.collect())

# Many survivors and some garbage in one full collection.
live = [[i] for i in range(20000)]
for i in range(0, 20000, 1000):
    c = Node("c%d" % i); c.me = c
del c
before = gc.get_count()
found = gc.collect()
print("found at least 20:", found >= 20, "count after:", gc.get_count(), "events:", len(events))
events.clear()
stats = gc.get_stats()
print([sorted(s) for s in stats] == [["collected", "collections", "uncollectable"]] * 3)
print(len(live), live[-1], all(gc.is_tracked(x) for x in live[:10]))
print("done")
