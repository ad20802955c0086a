# pprint: line breaking of dicts, lists, tuples, sets, nesting, widths, indent, depth,
# compact, sort_dicts, underscore_numbers; pp, saferepr, isreadable, isrecursive.
import pprint, io

data = {
    "name": "Bastion",
    "versions": [3, 11, 0, "final", 0],
    "limits": {"memory": 256 * 1024 * 1024, "steps": 10 ** 9, "recursion": 1000},
    "features": ("verifier", "marshal", "dis", "gc", "weakref", "array", "math"),
    "matrix": [[i * j for j in range(8)] for i in range(6)],
    "empty": [[], {}, (), set(), frozenset(), ""],
    "nested": {"a": {"b": {"c": {"d": [1, 2, {"e": "deep"}]}}}},
    "numbers": {1, 2, 3, 40, 500, 6000},
    17: None,
    (1, 2): 3.5,
}
pprint.pprint(data)
for width in (1, 20, 40, 60, 100, 200):
    print("--- width", width)
    pprint.pprint(data, width=width)
print("--- indent 4")
pprint.pprint(data, indent=4, width=50)
print("--- indent 0")
pprint.pprint(data["matrix"], indent=0, width=30)
for depth in (1, 2, 3):
    print("--- depth", depth)
    pprint.pprint(data, depth=depth)
    pprint.pprint(data, depth=depth, width=40)
print("--- compact")
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(list(range(60)), compact=True, width=30, indent=3)
pprint.pprint([list(range(12))] * 4 + ["a" * 30, "b" * 50, ("t",) * 9], compact=True, width=40)
pprint.pprint(list(range(60)))
print("--- sort_dicts")
unsorted = {"zeta": 1, "alpha": [1, 2], "mid": {"y": 1, "x": 2}, "beta": "b" * 40}
pprint.pprint(unsorted, sort_dicts=False, width=40)
pprint.pprint(unsorted, width=40)
pprint.pp(unsorted, width=40)
pprint.pp(unsorted, width=40, sort_dicts=True)
print("--- mixed keys")
pprint.pprint({3: "int", "s": "str", 2.5: "float", None: "none", (1,): "tuple"}, width=30)
print(pprint.pformat({1: 1, "a": 2, 2.0: 3}))
print("--- underscore_numbers")
big = [10 ** 12, -1234567, 12, 1.5e10, True, 2 ** 70]
pprint.pprint(big, underscore_numbers=True)
pprint.pprint({"n": big}, underscore_numbers=True, width=20)
print("--- tuples")
pprint.pprint((1,), width=1)
pprint.pprint(("only one element that is long",), width=20)
pprint.pprint(tuple(range(30)), width=40)
pprint.pprint(((1, 2), (3, 4, (5, 6, (7, 8)))), width=10)
print("--- sets")
pprint.pprint(set(range(40)), width=50)
pprint.pprint(frozenset(range(40)), width=50)
pprint.pprint({frozenset({1, 2}), frozenset({3})}, width=15)
pprint.pprint([set(range(5)), frozenset(range(3)), set(), frozenset()], width=20)

class MySet(set):
    pass

class MyFrozen(frozenset):
    pass

pprint.pprint(MySet(range(30)), width=40)
pprint.pprint(MyFrozen(range(30)), width=40)
pprint.pprint(MySet(), width=5)
print("--- subclasses")

class MyList(list):
    pass

class ReprList(list):
    def __repr__(self):
        return "ReprList(%d)" % len(self)

class MyDict(dict):
    pass

class MyTuple(tuple):
    pass

pprint.pprint(MyList(range(30)), width=30)
pprint.pprint(ReprList(range(30)), width=5)
pprint.pprint(MyDict(a=1, b=[1] * 30), width=30)
pprint.pprint(MyTuple(range(20)), width=30)

print("--- pformat / PrettyPrinter")
print(pprint.pformat(data, width=50, depth=2))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=True)
print(pp.pformat(data["nested"]))
print(pp.pformat(list(range(25))))
buf = io.StringIO()
pprint.PrettyPrinter(stream=buf, width=20).pprint(list(range(10)))
pprint.pprint({"k": "v"}, stream=buf)
print(repr(buf.getvalue()))

for kwargs in ({"indent": -1}, {"depth": 0}, {"depth": -2}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
print(pprint.PrettyPrinter(indent="3", width=30.9).pformat(list(range(12))))
try:
    pprint.PrettyPrinter(width="wide")
except ValueError as e:
    print("ValueError:", e)

print("--- recursion")
rec = [1, 2]
rec.append(rec)
d = {"self": None, "list": rec}
d["self"] = d
t = (rec, [rec])
print(pprint.saferepr(rec).split(" with id=")[0])
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isrecursive(d), pprint.isreadable(d))
out = pprint.pformat(d, width=20)
print(out.replace(str(id(d)), "ID").replace(str(id(rec)), "RID"))
print(pprint.pformat(t).replace(str(id(rec)), "RID"))
shared = [1, 2]
print(pprint.pformat([shared, shared, {"a": shared}], width=10))
print(pprint.isrecursive([shared, shared]))

print("--- saferepr / isreadable")
for obj in (1, "s", b"b", 1.5, None, [1, (2, 3)], {"a": {1, 2}}, object, print, object(),
            {1: object()}, [1, [2, [3, [4]]]], (), {}, [], 3j, bytearray(b"x")):
    r = pprint.saferepr(obj)
    print(r if " at 0x" not in r else r.split(" at 0x")[0], pprint.isreadable(obj),
          pprint.isrecursive(obj))
print(pprint.saferepr({"b": 1, "a": 2}), pprint.saferepr({(2,): 1, (1,): 2}))
print(pprint.PrettyPrinter(depth=1).isreadable([[1]]), pprint.PrettyPrinter().isreadable([[1]]))
print(pprint.PrettyPrinter().isrecursive(rec))

class Fmt(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)

print(Fmt(width=20).pformat({"key": ["value", "other", "third one"]}))
print(pprint.__all__)

print("--- key order")
nan = float("nan")
print(pprint.pformat({3: "a", True: "b", 2.5: "c", -1: "d", nan: "e", 0.0: "f"}))
print(pprint.pformat({"b": 1, "a": 2, "B": 3, "": 4, "ä": 5}))
print(pprint.pformat({5, 3.5, False, -2, 10 ** 20}), pprint.pformat(frozenset({"y", "x"}) | {"a"}, width=5))

class Key(int):
    """An int whose comparisons are logged (the sort must call them as CPython does)."""
    def __lt__(self, other):
        print("  lt", int(self), other if not isinstance(other, Key) else int(other))
        return int.__lt__(self, other)
    __hash__ = int.__hash__

print(pprint.pformat({Key(3): 1, Key(1): 2, Key(2): 3}))
print(pprint.pformat({Key(3): 1, 2: 2, "s": 3, (1,): 4, None: 5}).count(":"))
print(pprint.pformat({Key(2), Key(1), 0}, width=3))
