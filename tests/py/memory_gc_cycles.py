# Cycles through lists, dicts, sets, instances, instance dicts, closures, bound methods,
# generators (their frames) and exceptions are collected: counted by finalizers and weakref callbacks.
import gc, weakref

events = []

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append("del " + self.name)

def check(label, make):
    events.clear()
    gc.collect()
    events.clear()
    gc.disable()
    probe = make()
    wr = weakref.ref(probe, lambda r: events.append("cb " + label))
    del probe
    before = list(events)
    n = gc.collect()
    gc.enable()
    print(label, "freed before collect:", before, "events:", sorted(events))

def list_cycle():
    n = Node("list"); l = [n]; l.append(l); n.l = l; return n
def dict_cycle():
    n = Node("dict"); d = {"n": n}; d["d"] = d; return n
def set_cycle():
    n = Node("set"); n.s = {n}; return n
def instance_cycle():
    a = Node("a"); b = Node("b"); a.b = b; b.a = a; return a
def instance_dict_cycle():
    n = Node("self"); n.__dict__["me"] = n; return n
def closure_cycle():
    n = Node("closure")
    def f():
        return n
    n.f = f
    return n
def bound_method_cycle():
    class C:
        def m(self): pass
    n = Node("method"); n.m = Node("holder").__init__; c = C(); c.m = c.m; n.c = c; c.n = n; return n
def generator_cycle():
    n = Node("gen")
    def g():
        me = n
        yield 1
        yield 2
    n.g = g(); next(n.g); return n
def exception_cycle():
    n = Node("exception")
    e = ValueError("x")
    n.e = e
    e.n = n
    e.__context__ = KeyError("k")
    e.__context__.n = n
    return n
def class_cycle():
    class K:
        pass
    K.me = K
    k = K()
    K.inst = k
    return K

for name, fn in [("list", list_cycle), ("dict", dict_cycle), ("set", set_cycle),
                 ("instance", instance_cycle), ("instance dict", instance_dict_cycle),
                 ("closure", closure_cycle), ("bound method", bound_method_cycle),
                 ("generator", generator_cycle), ("exception", exception_cycle), ("class", class_cycle)]:
    check(name, fn)

# Generators in cycles are closed (their finally blocks run).
def gen():
    try:
        yield 1
    finally:
        print("generator finally ran")
class Holder: pass
h = Holder(); h.g = gen(); h.me = h; next(h.g)
del h
gc.collect()
print("done")
