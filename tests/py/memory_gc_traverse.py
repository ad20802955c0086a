# Cycles through iterators, views, descriptors, slices, memoryviews, cells and bound
# methods are collected: each type reports what it refers to (its traverse), so a cycle
# through it is found. Counted by finalizers and weakref callbacks.
import gc, weakref

events = []

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append("del " + self.name)

class Seq:
    def __init__(self, item):
        self.item = item
    def __getitem__(self, i):
        if i == 0:
            return self.item
        raise IndexError(i)
    def __len__(self):
        return 1

class S(str):
    pass

class B(bytes):
    pass

def check(label, make):
    events.clear()
    gc.collect()
    events.clear()
    gc.disable()
    probe = make()
    wr = weakref.ref(probe, lambda r: events.append("cb"))
    del probe
    before = list(events)
    found = gc.collect()
    gc.enable()
    print(f"{label:22} freed early: {before} after collect: {sorted(events)} found some: {found > 0}")

def cycle_through(label, link):
    def make():
        n = Node(label)
        n.link = link(n)
        return n
    check(label, make)

def str_iter(n):
    s = S("ab"); s.n = n; return iter(s)
def bytes_iter(n):
    b = B(b"ab"); b.n = n; return iter(b)
def bytearray_iter(n):
    class BA(bytearray):
        pass
    b = BA(b"ab"); b.n = n; return iter(b)
def memoryview_of(n):
    b = B(b"ab"); b.n = n; return memoryview(b)
def memoryview_iter(n):
    b = B(b"ab"); b.n = n; return iter(memoryview(b))
def cell_of(n):
    def inner():
        return n
    return inner.__closure__[0]
def super_of(n):
    return super(Node, n)
def mappingproxy_of(n):
    return type(int.__dict__)({"n": n})
def classmethod_of(n):
    return classmethod(n)
def callable_iter(n):
    return iter(lambda: n, None)
def frame_locals_of(n):
    # A finished frame keeps its locals (f_locals): the frame object reports that dict.
    import sys
    def f():
        x = n
        return sys._getframe()
    return f()

cases = [
    ("list_iterator", lambda n: iter([n])),
    ("list_reverseiterator", lambda n: reversed([n])),
    ("tuple_iterator", lambda n: iter((n,))),
    ("set_iterator", lambda n: iter({n})),
    ("dict_keyiterator", lambda n: iter({n: 1})),
    ("dict_valueiterator", lambda n: iter({1: n}.values())),
    ("dict_itemiterator", lambda n: iter({1: n}.items())),
    ("dict_keys", lambda n: {n: 1}.keys()),
    ("dict_values", lambda n: {1: n}.values()),
    ("dict_items", lambda n: {1: n}.items()),
    ("str_iterator", str_iter),
    ("bytes_iterator", bytes_iter),
    ("bytearray_iterator", bytearray_iter),
    ("memoryview", memoryview_of),
    ("memory_iterator", memoryview_iter),
    ("enumerate", lambda n: enumerate([n])),
    ("zip", lambda n: zip([n], [n])),
    ("map", lambda n: map(id, [n])),
    ("filter", lambda n: filter(None, [n])),
    ("reversed", lambda n: reversed(Seq(n))),
    ("iterator", lambda n: iter(Seq(n))),
    ("callable_iterator", callable_iter),
    ("property", lambda n: property(doc=n)),
    ("staticmethod", lambda n: staticmethod(n)),
    ("classmethod", classmethod_of),
    ("super", super_of),
    ("mappingproxy", mappingproxy_of),
    ("slice", lambda n: slice(n)),
    ("cell", cell_of),
    ("bound method", lambda n: n.__init__),
    ("builtin method", lambda n: [n].append),
    ("weakref callback", lambda n: weakref.ref(Node, lambda r, n=n: None)),
    ("frame locals", frame_locals_of),
]
for label, link in cases:
    cycle_through(label, link)

# The iterators and views are tracked from birth, as in CPython.
tracked = [iter([]), iter(()), iter(set()), iter({}), {}.keys(), iter(""), enumerate([]), zip(), map(id, []),
           filter(None, []), property(), staticmethod(len), slice(1), memoryview(b"")]
print([gc.is_tracked(x) for x in tracked])

# gc.get_referents sees through the new traverse functions.
lst = [1, 2]
print(gc.get_referents(iter(lst)) == [lst])
p = property(len, None, None, "doc")
print(len(gc.get_referents(p)) >= 2)
print("done")
