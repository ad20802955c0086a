# Cycles through instances and their __dict__ in every state the collector distinguishes:
# an instance's own dict (never handed out: one unit with its instance, as CPython 3.11's
# inline values), a dict handed out by __dict__ / vars() and dropped or kept, a dict
# outliving its instance, a replaced __dict__, one dict shared by two instances; with
# __del__, weakref callbacks, resurrection, gc.collect()'s counts and gc's introspection.
import gc
import weakref

events = []


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append("del " + self.name)


def report(label, collected):
    print(label, collected, sorted(events))
    events.clear()


def on_dead(name):
    return lambda ref: events.append("callback " + name)


gc.collect()
gc.disable()  # only the collections below

# 1. The dicts were never touched from Python.
a = Node("a1"); b = Node("b1")
a.other = b; b.other = a
wa = weakref.ref(a, on_dead("a1"))
del a, b
report("never touched:", gc.collect())
print(wa() is None)

# 2. vars() took the dict, then dropped it.
a = Node("a2"); b = Node("b2")
a.other = b; b.other = a
d = vars(a)
print(gc.is_tracked(d), d["name"])
del d
del a, b
report("vars dropped:", gc.collect())

# 3. The dict is kept alive alone after its instance dies, in a cycle of its own.
a = Node("a3")
a.payload = Node("p3")
d = a.__dict__
del a
report("instance gone:", gc.collect())
d["me"] = d
del d
report("dict alone:", gc.collect())

# 4. __dict__ replaced by a dict in the cycle.
a = Node("a4"); b = Node("b4")
a.other = b
a.__dict__ = {"other": b, "name": "a4"}
b.other = a
del a, b
report("replaced:", gc.collect())

# 5. One dict shared by two instances through __dict__ assignment.
a = Node("a5"); b = Node("b5")
b.__dict__ = a.__dict__
a.me = a; a.partner = b
del a, b
report("shared:", gc.collect())

# 6. Resurrection in __del__: the instance and what its own dict holds survive intact.
saved = []


class Phoenix:
    def __del__(self):
        events.append("del phoenix")
        saved.append(self)


p = Phoenix(); q = Node("q6")
p.friend = q; q.friend = p
p.data = [1, 2, 3]
del p, q
report("resurrected:", gc.collect())
p = saved[0]
print(p.data, p.friend.name, p.friend.friend is p)
saved.clear()
del p
report("again:", gc.collect())  # __del__ does not run twice; q6's does

# 7. __dict__ taken by a finalizer during the collection.
stash = []


class Taker:
    def __del__(self):
        stash.append(self.__dict__)


t = Taker(); u = Node("u7")
t.u = u; u.t = t
del t, u
report("taken in __del__:", gc.collect())
print(sorted(stash[0]), stash[0]["u"].name)
stash.clear()
report("stash dropped:", gc.collect())

# 8. Many instance pairs: every __del__ and weakref callback exactly once.
refs = []
for i in range(2000):
    a = Node("n"); b = Node("m")
    a.other = b; b.other = a
    refs.append(weakref.ref(a, on_dead("w")))
del a, b
n = gc.collect()
print("many:", n, len(events), events.count("callback w"), all(r() is None for r in refs))
events.clear()

# 9. Introspection: an instance's own dict is reported as its values; a dict handed out
# is an object of its own.
class Plain:
    pass


x = Plain()
x.items = [1]
x.text = "s"
print([type(r).__name__ for r in gc.get_referents(x)])
held = [2]
x.held = held
print([type(r).__name__ for r in gc.get_referrers(held)])
dx = x.__dict__
print([type(r).__name__ for r in gc.get_referents(x)])
print([type(r).__name__ for r in gc.get_referrers(held)])
print(gc.is_tracked(x), gc.is_tracked(dx))
del dx

# 10. gc.get_count: instances whose __init__ stores attributes count once each (CPython
# 3.11 makes no dict for them).
class Fresh:
    def __init__(self, i):
        self.x = i
        self.me = self


c1 = gc.get_count()[0]
nodes = [Fresh(i) for i in range(50)]
c2 = gc.get_count()[0]
print("count:", c2 - c1)
del nodes
print("collected:", gc.collect())

gc.enable()
print("done")
