# PEP 442: __del__ runs once, resurrection survives, exceptions in __del__ are reported
# and do not stop the collection; gc.collect() inside a finalizer or callback returns 0.
import gc, weakref

saved = []

class Phoenix:
    count = 0
    def __del__(self):
        Phoenix.count += 1
        saved.append(self)

p = Phoenix(); p.me = p
del p
gc.collect()
print("resurrected:", len(saved), "del calls:", Phoenix.count, gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print("after second death, del calls:", Phoenix.count)

# Plain refcount death runs __del__ once too, even when resurrected first.
class Once:
    calls = 0
    def __del__(self):
        Once.calls += 1
        keep.append(self)
keep = []
Once()
keep.clear()
print("Once calls:", Once.calls)

# A failing __del__ does not stop the others.
class Bad:
    def __del__(self):
        raise RuntimeError("boom")
class Good:
    def __del__(self):
        print("good finalizer ran")
b = Bad(); g = Good(); b.g = g; g.b = b
del b, g
gc.collect()

# Re-entrancy guard: collections inside finalizers and callbacks return 0.
class Reenter:
    def __del__(self):
        print("collect inside __del__:", gc.collect())
r = Reenter(); r.me = r
del r
gc.collect()

class Target: pass
t = Target(); t.me = t
wr = weakref.ref(t, lambda w: print("collect inside callback:", gc.collect()))
del t
gc.collect()

# gc.callbacks see start/stop.
phases = []
def watch(phase, info):
    phases.append((phase, info["generation"]))
gc.callbacks.append(watch)
gc.collect(1)
gc.callbacks.remove(watch)
print(phases)

# Weakrefs are cleared before finalizers of cyclic garbage run.
class Watcher:
    def __del__(self):
        print("peer weakref alive in __del__:", self.peer_ref() is not None)
w1 = Watcher(); w2 = Watcher()
w1.peer_ref = weakref.ref(w2); w2.peer_ref = weakref.ref(w1)
w1.w2 = w2; w2.w1 = w1
del w1, w2
gc.collect()
print("gc module:", gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable()
gc.set_threshold(500, 5, 5); print(gc.get_threshold()); gc.set_threshold(700, 10, 10)
for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.set_threshold(), lambda: gc.get_count(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked("s"))
x = [1]; y = [x]
print(gc.get_referents(y) == [x], y in gc.get_referrers(x))
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
