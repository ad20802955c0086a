# with statements: __enter__/__exit__, suppression, several items, exceptions in each place
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as x:
    print("body", x)

with CM("a") as x, CM("b") as y:
    print("body", x, y)

with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("boom")
print("after suppression")

try:
    with CM("no suppress"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

def f():
    with CM("ret"):
        return "returned"
print(f())

for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")

# targets may be any assignment target
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (p, q):
    print(p, q)
d = {}
with Pair() as d["k"]:
    pass
print(d)

# missing methods
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        pass
for obj in [NoEnter(), NoExit(), 5]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# __enter__ raising: __exit__ not called
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("should not run")
try:
    with CM("first"), BadEnter():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

# __exit__ raising replaces the exception, with context
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))

# parenthesized with items (3.10+)
with (CM("p1") as a1,
      CM("p2") as a2):
    print(a1, a2)

# exit receives the live exception object
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et is type(ev), isinstance(ev, ZeroDivisionError), tb.tb_lineno > 0)
        return True
with Inspect():
    1 / 0
