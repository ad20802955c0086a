# type_lookup's cache (keyed by class address and name, validated by each MRO class
# dict's version): classes made and collected in a loop (their addresses are reused),
# lookups through bases that outlive their subclasses, and class changes in the middle
# of a hot loop. (class_dict_direct_write.py:
# class dicts changed behind type.__setattr__'s back.)
import gc


def make(i):
    class Base:
        v = i

        def get(self):
            return ("base", self.v)

    class Mid(Base):
        pass

    class Leaf(Mid):
        if i % 2:
            def get(self):
                return ("leaf", self.v)

    return Leaf


seen = []
for i in range(60):
    cls = make(i)
    obj = cls()
    seen.append(obj.get())
    if i % 7 == 0:
        obj.v = -i
        seen.append(obj.get())
    del cls, obj
    if i % 10 == 0:
        gc.collect()
print(seen[:6], seen[-2:], len(seen))


# A subclass dropped while the base lives on; a new subclass at the same address.
class Keep:
    x = "keep"


for i in range(30):
    Sub = type("Sub", (Keep,), {"y": i} if i % 3 else {"x": "sub%d" % i})
    s = Sub()
    r = (s.x, getattr(s, "y", None))
    del Sub, s
    gc.collect()
    if i % 6 == 0:
        print(i, r)
Keep.x = "changed"
print(type("T", (Keep,), {})().x)


# Attribute loads, stores and method calls in a hot loop while a base changes midway.
class Counter:
    step = 1

    def bump(self):
        self.n = self.n + self.step
        return self.n


class Sub2(Counter):
    pass


c = Sub2()
c.n = 0
out = []
for i in range(200):
    if i == 100:
        Counter.step = 5
    if i == 150:
        Sub2.bump = lambda self: -1
    out.append(c.bump())
print(out[98:103], out[148:152], c.n)
