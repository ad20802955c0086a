# bastion-differs: CPython 3.11 keeps stale results here (its type cache is not told about
# writes into object's dict reached through gc.get_referents(object.__dict__)); Bastion's
# records check every MRO level's dict version, object's included, so each write is seen.
# The expected output is what Python semantics give (hand-written). A cache that skips the
# check of a static type's dict level (as a speed-up) must fail this test.
import gc


class A:
    pass


a = A()


def probe(o):
    return getattr(o, "zz_attr", "absent")


def meth(o):
    return o.__sizeof__()


for _ in range(30):
    r = probe(a), meth(a) > 0
print(r)
od = [x for x in gc.get_referents(object.__dict__) if type(x) is dict][0]
od["zz_attr"] = "from object's dict"
print(probe(a))
saved = od["__sizeof__"]
od["__sizeof__"] = lambda self: -1
print(meth(a))
od["__sizeof__"] = saved
del od["zz_attr"]
print(probe(a), meth(a) > 0)
