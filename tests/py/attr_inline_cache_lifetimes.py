# The per-instruction attribute cache (objects/attr_cache.h) across object lifetimes:
# classes made and freed in a loop (a new class can be made at a freed one's address, and
# the same instructions see it), deep MROs (not recorded), a class whose bases' dicts
# change, and __del__ methods that use cached sites while the interpreter shuts down.
import gc


def site(o):
    # LOAD_ATTR, STORE_ATTR and LOAD_METHOD at fixed instructions.
    o.n = o.n + 1
    return o.get(), o.n, o.k


for i in range(80):
    ns = {"k": i, "get": (lambda self: "get%d" % self.n)}
    if i % 3 == 0:
        ns["k"] = property(lambda self: "prop")
    if i % 5 == 0:
        ns["get"] = staticmethod(lambda: "static")
    Cls = type("Cls%d" % i, (), ns)
    obj = Cls()
    obj.n = i
    r = [site(obj) for _ in range(3)]
    if i % 8 == 0:
        print(i, r[-1])
    del Cls, obj, ns, r
    gc.collect()


# Deep MROs (longer than a record holds) and a change in the deepest base.
class L0:
    k = "L0"

    def get(self):
        return "L0.get"


prev = L0
chain = [L0]
for i in range(1, 9):
    prev = type("L%d" % i, (prev,), {})
    chain.append(prev)
deep = chain[-1]()
deep.n = 0
print([site(deep) for _ in range(3)][-1])
L0.k = "L0 changed"
L0.get = lambda self: "new get"
print([site(deep) for _ in range(3)][-1], len(type(deep).__mro__))
mid = chain[3]()
mid.n = 0
print([site(mid) for _ in range(3)][-1])
edge = chain[2]()  # an MRO of 4: the longest a per-instruction record holds
edge.n = 0
print([site(edge) for _ in range(3)][-1])
chain[2].k = "L2"
print([site(mid) for _ in range(3)][-1], [site(deep) for _ in range(2)][-1], [site(edge) for _ in range(2)][-1])
chain[1].get = lambda self: "L1 get"
del chain[2].k
print([site(mid) for _ in range(3)][-1], [site(deep) for _ in range(2)][-1], [site(edge) for _ in range(2)][-1])


# __del__ at shutdown: cached sites run while module globals are being cleared.
class Noisy:
    count = 0

    def __init__(self, name, other=None):
        self.name = name
        self.other = other

    def describe(self):
        return self.name + ("+" + self.other.name if self.other is not None else "")

    def __del__(self):
        Noisy.count += 1
        self.seen = True
        print("del", self.describe(), self.seen)


a = Noisy("a")
b = Noisy("b", a)
for _ in range(5):
    b.describe()
c = Noisy("c")
c.other = c  # a cycle
del c
gc.collect()
print("end of module")
