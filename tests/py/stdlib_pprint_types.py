# pprint: str split at word boundaries, bytes/bytearray chunks, OrderedDict, defaultdict,
# Counter, deque, ChainMap, SimpleNamespace, mappingproxy, dataclasses (recursive too).
import pprint, collections, dataclasses, types

text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua.\nUt enim ad minim veniam,\n\n"
        "quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. ")
for width in (5, 20, 40, 80, 300):
    print("--- str width", width)
    pprint.pprint(text, width=width)
    pprint.pprint([text, {"k": text}], width=width)
pprint.pprint("a" * 100, width=30)
pprint.pprint("word " * 30, width=25)
pprint.pprint("   leading spaces and\ttabs\tand 'quotes' and \"double\"   ", width=20)
pprint.pprint("ünïcödé tëxt wïth àccents and emoji \U0001f600 \x00 \n" * 3, width=30)
pprint.pprint({"short": "x", "long": "the quick brown fox jumps over the lazy dog " * 3}, width=40)
pprint.pprint(("the quick brown fox jumps over the lazy dog",), width=20)
pprint.pprint("", width=1)
pprint.pprint("\n\n\n", width=3)

print("--- bytes")
blob = bytes(range(0, 256, 3))
for width in (1, 10, 30, 80):
    pprint.pprint(blob, width=width)
    pprint.pprint([blob[:30], bytearray(blob[:40])], width=width)
pprint.pprint(b"abcd", width=1)
pprint.pprint(b"abcde", width=1)
pprint.pprint(bytearray(b"x" * 50), width=20)
pprint.pprint({"b": b"hello world, here are some bytes"}, width=20)

print("--- OrderedDict")
od = collections.OrderedDict([("z", 1), ("a", [1, 2, 3] * 5), ("m", "text " * 8)])
pprint.pprint(od, width=40)
pprint.pprint(od)
pprint.pprint(collections.OrderedDict(), width=1)
pprint.pprint([collections.OrderedDict(a=1)], width=5)

print("--- defaultdict")
dd = collections.defaultdict(list, {"b": [1, 2, 3] * 6, "a": "x" * 30})
pprint.pprint(dd, width=40)
pprint.pprint(collections.defaultdict(int), width=1)
pprint.pprint(collections.defaultdict(None, {1: 2}), width=1)

print("--- Counter")
c = collections.Counter("abracadabra alakazam simsalabim")
pprint.pprint(c, width=40)
pprint.pprint(c)
pprint.pprint(collections.Counter(), width=1)

print("--- deque")
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.deque(range(30), maxlen=50), width=40)
pprint.pprint(collections.deque(), width=1)
pprint.pprint(collections.deque([["x"] * 10] * 3, maxlen=3), width=30)

print("--- ChainMap")
cm = collections.ChainMap({"a": 1, "b": "x" * 30}, {"c": list(range(20))}, {})
pprint.pprint(cm, width=40)
pprint.pprint(collections.ChainMap(), width=1)
pprint.pprint(collections.ChainMap({1: 2}), width=5)

print("--- SimpleNamespace")
ns = types.SimpleNamespace(name="thing", values=list(range(25)), inner=types.SimpleNamespace(a=1, b="b" * 40))
pprint.pprint(ns, width=40)
pprint.pprint(ns)

class MyNS(types.SimpleNamespace):
    pass

pprint.pprint(MyNS(x=1, y=[2] * 30), width=30)
rns = types.SimpleNamespace(a=1)
rns.me = rns
print(pprint.pformat(rns, width=5))

print("--- mappingproxy")
mp = types.MappingProxyType({"k%d" % i: i * "x" for i in range(6)})
pprint.pprint(mp, width=40)

print("--- dataclasses")

@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = "origin point with a long label"
    hidden: list = dataclasses.field(default_factory=list, repr=False)

@dataclasses.dataclass
class Shape:
    name: str
    points: list
    meta: dict

s = Shape("polygon", [Point(i, i * i) for i in range(3)], {"closed": True, "color": "red"})
pprint.pprint(s, width=60)
pprint.pprint(s)
pprint.pprint(Point(1, 2), width=10)
pprint.pprint([Point(1, 2)], width=200)

@dataclasses.dataclass
class Node:
    value: int
    children: list

n = Node(1, [])
n.children.append(n)
n.children.append(Node(2, []))
print(pprint.pformat(n, width=20).replace(str(id(n)), "ID"))

@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int

@dataclasses.dataclass
class OwnRepr:
    a: int
    def __repr__(self):
        return "OwnRepr<" + "x" * 40 + ">"

r = pprint.pformat([NoRepr(1)], width=5)
print(r.split(" object at ")[0])
pprint.pprint(OwnRepr(1), width=10)
pprint.pprint(Point, width=5)

print("--- other objects")
pprint.pprint([object, len, range(100), slice(1, 2), 1 + 2j, None, ..., NotImplemented], width=20)
