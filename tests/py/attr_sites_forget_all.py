# bastion-differs: CPython 3.11's type cache is not told about writes into object's dict
# reached through gc.get_referents(object.__dict__) and keeps stale results; Bastion drops
# every record then. The expected output is what Python semantics give (hand-written).
# Here the code objects' attribute entries (objects/type_cache.h AttrSiteTable) are warm
# in many code objects — some of them dead by the time of the write (their tables must
# have left the interpreter's list) — and every site, fused `o.x` pairs included, must see
# each write to a built-in type's dict at once.
import gc


class A:
    def __init__(self):
        self.own = 1


SRC = """
def probe(o):
    t = 0
    for _ in range(20):
        t += o.own
        t += o.__sizeof__() > 0
    return t, getattr(o, "zz_attr", "absent")


def read_zz(o):
    return o.zz_attr


def call_sz(o):
    return o.__sizeof__()
"""


def make(n):
    ns = {}
    exec(compile(SRC, "<gen%d>" % n, "exec"), ns)
    return ns


a = A()
alive = []
for n in range(40):
    ns = make(n)
    ns["probe"](a)
    try:
        ns["read_zz"](a)
    except AttributeError:
        pass
    ns["call_sz"](a)
    if n % 3 == 0:
        alive.append(ns)
    # the other code objects die here (their functions and namespace go)
del ns
gc.collect()
print(len(alive), alive[0]["probe"](a), alive[-1]["probe"](a))

od = [x for x in gc.get_referents(object.__dict__) if type(x) is dict][0]
od["zz_attr"] = "from object's dict"
print([ns["read_zz"](a) for ns in alive][:3], len({ns["read_zz"](a) for ns in alive}))
saved = od["__sizeof__"]
od["__sizeof__"] = lambda self: -1
print([ns["call_sz"](a) for ns in alive][:3], len({ns["call_sz"](a) for ns in alive}))
print(alive[1]["probe"](a))

# More code objects made and dropped after the write, then the writes undone.
for n in range(40, 60):
    ns = make(n)
    print(ns["call_sz"](a), ns["read_zz"](a)) if n == 40 else ns["probe"](a)
del ns
gc.collect()
od["__sizeof__"] = saved
del od["zz_attr"]
print([ns["call_sz"](a) > 0 for ns in alive][:3], len({ns["call_sz"](a) > 0 for ns in alive}))
print(alive[2]["probe"](a))
try:
    alive[3]["read_zz"](a)
except AttributeError as e:
    print("AttributeError", e)
