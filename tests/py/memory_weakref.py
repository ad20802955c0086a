# weakref: ref (callbacks, order, hash, ==), proxy, getweakrefcount/getweakrefs, the weak
# containers and finalize; which types can be weakly referenced.
import gc, weakref

class A:
    def __init__(self, v): self.v = v
    def __repr__(self): return "A(%r)" % self.v
    def meth(self): return self.v * 2

a = A(1)
order = []
refs = [weakref.ref(a, lambda r, i=i: order.append(i)) for i in range(4)]
basic = weakref.ref(a)
print(basic is weakref.ref(a), weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(weakref.getweakrefs(a)[0] is basic)
print(refs[0] == refs[1], refs[0] != basic, hash(basic) == hash(a), basic() is a)
print(basic.__callback__, refs[0].__callback__ is not None)
del a
print("callback order:", order, basic(), refs[0] == refs[1], refs[0] == refs[0])
try:
    hash(refs[2])
except TypeError as e:
    print("TypeError", e)

# A ref hashed while alive keeps its hash.
b = A(2); rb = weakref.ref(b); h = hash(rb); del b; print(hash(rb) == h)

# Callbacks that raise, or make new weakrefs, are safe.
c = A(3)
def bad_cb(r):
    raise ValueError("callback failed")
def new_ref_cb(r):
    print("new ref to self alive:", r() is None)
r1 = weakref.ref(c, bad_cb); r2 = weakref.ref(c, new_ref_cb)
del c
print("after raising callback")

# proxy
d = A(5)
p = weakref.proxy(d)
print(p.v, p.meth(), str(p), type(p).__name__, weakref.proxy(d) is p)
p.w = 7; print(d.w)
lst = [1, 2, 3]
class L(list): pass
lp = weakref.proxy(L([1, 2, 3]))
try:
    len(lp)
except ReferenceError as e:
    print("ReferenceError", e)
f = lambda x: x + 1
print(weakref.proxy(f)(1), type(weakref.proxy(f)).__name__)
del d
try:
    p.v
except ReferenceError as e:
    print("ReferenceError", e)
try:
    hash(weakref.proxy(A(0)))
except TypeError as e:
    print("TypeError", e)

# What can be weakly referenced.
def fn(): pass
class S(set): pass
class I(int): pass
class LL(list): pass
for o in [1, "s", (), [], {}, None, 1.5, b"x", object(), I(1), range(2)]:
    try:
        weakref.ref(o)
        print(type(o).__name__, "ok")
    except TypeError as e:
        print(e)
for o in [set(), frozenset(), fn, A, len, A(0).meth, S(), LL(), (x for x in ()), fn.__code__, gc]:
    print(type(o).__name__, weakref.ref(o) is not None)

# WeakValueDictionary / WeakKeyDictionary / WeakSet
objs = [A(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
wkd = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
for i, o in enumerate(objs):
    wvd[i] = o
    wkd[o] = i
    ws.add(o)
print(len(wvd), len(wkd), len(ws), wvd[2], wkd[objs[3]], objs[1] in ws, 2 in wvd)
del objs[1:3]
print(len(wvd), sorted(wvd.keys()), sorted(wkd.values()), sorted(o.v for o in ws))
for k, v in list(wvd.items()):
    print("item", k, v)
print(wvd.get(1), wvd.get(1, "gone"), wvd.pop(0), len(wvd))
try:
    wvd[1]
except KeyError as e:
    print("KeyError", e)
# Removal during iteration is deferred.
it = iter(ws)
first = next(it)
objs.clear()
del first
rest = list(it)
print("ws after iteration:", len(ws))

# finalize
class Res: pass
res = Res()
fin = weakref.finalize(res, print, "finalized", 42)
print(fin.alive, fin.peek()[1:] if fin.peek() else None)
del res
print(fin.alive)
res2 = Res()
fin2 = weakref.finalize(res2, lambda: "called")
print(fin2(), fin2(), fin2.alive, fin2.detach())
# Weakref to a cycle member: cleared by the collector; callback runs.
cyc = A("cyc"); cyc.me = cyc
wc = weakref.ref(cyc, lambda r: print("cycle callback, referent:", r()))
del cyc
gc.collect()
print("wc:", wc())
wm = weakref.WeakMethod(A(9).meth)
print("WeakMethod dead:", wm() is None)
keep = A(10)
wm2 = weakref.WeakMethod(keep.meth)
print("WeakMethod alive:", wm2()())
