# dict items views: items ^ items follows CPython 3.11's dictitems_xor (iteration order of the
# result, equality by ==, unhashable values), other view ^ operand the general set path.
a = {i: i for i in range(20)}
b = {i: (i if i % 3 else -i) for i in range(10, 30)}
print(a.items() ^ b.items())
print(b.items() ^ a.items())
print({'x': 1, 'y': 2}.items() ^ {'y': 3, 'z': 4}.items() == {('x', 1), ('y', 2), ('y', 3), ('z', 4)})
print(a.keys() ^ b.keys())
class E:
    def __eq__(self, o): raise ValueError('eq')
    def __hash__(self): return 1
try:
    {1: E()}.items() ^ {1: E()}.items()
except ValueError as e:
    print('ValueError', e)
print({1: [1]}.items() ^ {1: [1]}.items())
try:
    print({1: [1]}.items() ^ {1: [2]}.items())
except TypeError as e:
    print('TypeError', e)
# __eq__ that mutates the dicts being combined: never a crash, the same result as CPython.
class Mutating:
    def __init__(self, target, tag):
        self.target = target
        self.tag = tag
    def __eq__(self, other):
        self.target.clear()
        return False
    def __hash__(self):
        return 7
    def __repr__(self):
        return 'M%d' % self.tag
d1 = {}
d2 = {}
d1.update({1: Mutating(d2, 1), 2: 'two'})
d2.update({1: Mutating(d1, 2), 3: 'three'})
print(sorted(map(repr, d1.items() ^ d2.items())), d1, d2)
# Order of the result follows rhs's order, then lhs's remaining pairs (int keys: str hashes
# differ from CPython's).
x = {10: 1, 20: 2, 30: 3}
y = {30: 3, 40: 4, 10: 0}

print(x.items() ^ y.items(), y.items() ^ x.items())
# items ^ a non-view takes the general set path.
print(x.items() ^ {(10, 1), (90, 9)})
