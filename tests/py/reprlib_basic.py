# reprlib: Repr with every max* limit, maxlevel, fillvalue, subclass repr_ methods, module repr, recursive_repr.
import reprlib, array, collections

r = reprlib.Repr()
print(sorted(vars(r).items()))
values = [
    (), (1,), tuple(range(10)), [], list(range(3)), list(range(20)), [[[[[[[[1]]]]]]]],
    {}, {1: 2}, {i: str(i) for i in range(10)}, {'b': 1, 'a': [1, [2, [3]]]}, {1: 'a', 'x': 2},
    set(), {3, 1, 2}, set(range(50)), {1, 'a', (2,)}, frozenset(), frozenset(range(9)),
    collections.deque(), collections.deque(range(12)), array.array('i'), array.array('d', [1.5] * 9),
    array.array('b', [1, 2]), "", "short", "x" * 100, "a'b\"c" * 20, "é\n\t" * 30, 10 ** 100, -10 ** 39, 10 ** 39,
    3.5, None, True, b"bytes" * 20, range(1000), ("a" * 50, [1] * 10), [{'k': (1, 2, [3, {4}])}],
]
for v in values:
    print(reprlib.repr(v))

for attr, small in [("maxlevel", 1), ("maxtuple", 2), ("maxlist", 2), ("maxarray", 1), ("maxdict", 1),
                    ("maxset", 1), ("maxfrozenset", 1), ("maxdeque", 1), ("maxstring", 8), ("maxlong", 6),
                    ("maxother", 7), ("fillvalue", "<+>")]:
    r = reprlib.Repr()
    setattr(r, attr, small)
    print(attr, small, "|", " ".join(r.repr(v) for v in values[2:36:3]))

r = reprlib.Repr()
r.maxlevel = 0
print(r.repr([1]), r.repr([]), r.repr({1: 2}), r.repr({}), r.repr((1,)), r.repr(set()))
for n in (0, 1, 2, 3, 4, 5):
    r = reprlib.Repr()
    r.maxstring = r.maxlong = r.maxother = n
    print(n, r.repr("abcdefghij"), r.repr(1234567890), r.repr(3.14159265))

class Bad:
    def __repr__(self):
        raise ValueError("no")
s = reprlib.repr(Bad())
print(s.startswith("<Bad instance at 0x"), s.endswith(">"))

class Long:
    def __repr__(self):
        return "<Long " + "z" * 40 + ">"
print(reprlib.repr(Long()), reprlib.repr([Long()]))

class MyRepr(reprlib.Repr):
    def repr_Long(self, x, level):
        return "LONG"
    def repr_int(self, x, level):
        return "I%d" % x
print(MyRepr().repr([Long(), 5, (6,)]))

class spaced: pass
spaced.__name__ = "has space"
class R2(reprlib.Repr):
    def repr_has_space(self, x, level):
        return "spaced!"
print(R2().repr(spaced()))

class Node:
    def __init__(self, name):
        self.name, self.children = name, []
    @reprlib.recursive_repr()
    def __repr__(self):
        "Node repr."
        return "Node(%s, %r)" % (self.name, self.children)
a, b = Node("a"), Node("b")
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a), repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__)

class Other(list):
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Other" + list.__repr__(self)
o = Other([1])
o.append(o)
print(repr(o))
print(reprlib.__all__, type(reprlib.aRepr).__name__)
try:
    reprlib.Repr(maxlevel=3)
except TypeError as e:
    print("TypeError", e)
