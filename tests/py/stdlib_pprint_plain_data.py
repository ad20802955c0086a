# pprint: plain data (exact dict/list/tuple/set and scalars) is shown by a native helper;
# the text must equal the generic path's for every width, option and mix, and anything
# not plain (subclasses, user objects, cycles, unsortable keys, overridden format) still
# goes through the Python code.
import pprint
import re


def noid(text):
    return re.sub(r'id=\d+', 'id=N', text)


plain = {
    'ints': [1, -2, 10 ** 30, True, False, None],
    'floats': (1.5, float('inf'), -0.0, 1e-300, float('nan')),
    'text': ['a', "it's", 'q"uote', 'é\u20ac\U0001f600', '\n\t\\', ''],
    'bytes': [b'x\x00y', bytearray(b'ab'), b''],
    'complex': [1j, complex(1, -2)],
    'one': (1,), 'empty': [(), [], {}, set(), frozenset()],
    'sets': [{3, 1, 2}, frozenset({5, 4}), {(1, 2), (0,)}],
    'nested': {'z': {'y': {'x': [[[1, 2, {'deep': (3,)}]]]}}},
    10: 'int key', 'b': 2, 'a': 1,
}
numeric_keys = {3: 'c', 1.5: 'b', True: 't', -7: 'n', 2.25: 'f'}
nan_keys = {float('nan'): 1, 2.0: 2, float('nan'): 3, 0.5: 4}
mixed_keys = {'a': 1, 2: 'b', (1,): 'c', None: 'd'}
for obj in (plain, numeric_keys, nan_keys, mixed_keys, [plain, plain], (plain,)):
    for width in (80, 40, 10, 1):
        for sort_dicts in (True, False):
            print(pprint.pformat(obj, width=width, sort_dicts=sort_dicts))
    print(pprint.saferepr(obj), pprint.isreadable(obj), pprint.isrecursive(obj))
print(pprint.pformat(plain, depth=2))
print(pprint.pformat(plain, underscore_numbers=True, width=60))
print(pprint.pformat(plain, compact=True, width=50))
print(pprint.pformat(plain, indent=4, width=60))


class D(dict):
    pass


class L(list):
    def __repr__(self):
        return 'L!' + list.__repr__(self)


class Obj:
    def __repr__(self):
        return '<Obj>'


mixed = {'d': D(a=1, b=[1, 2]), 'l': L([1, 2]), 'o': [Obj(), 1], 'r': {1: Obj()}}
print(pprint.pformat(mixed, width=30))
print(pprint.saferepr(mixed), pprint.isreadable(mixed))

# cycles, directly and below the object shown
cyc = [1, 2]
cyc.append(cyc)
outer = {'c': cyc, 'p': [1, 2, 3]}
print(noid(pprint.pformat(outer, width=20)))
print(noid(pprint.saferepr(outer)), pprint.isrecursive(outer), pprint.isreadable(outer))
d = {'k': [1]}
d['k'].append(d)
print(noid(pprint.pformat([d, d], width=15)))

# shared (not cyclic) children are shown each time
shared = [1, 2]
print(pprint.pformat({'a': shared, 'b': shared, 'c': (shared, shared)}, width=20))


# a repr that mutates a container shown later
class Mutator:
    def __init__(self, target):
        self.target = target

    def __repr__(self):
        self.target.append('added')
        return 'Mutator()'


target = ['t']
doc = [[Mutator(target)], target, {'x': target}]
print(pprint.pformat(doc, width=20))
print(pprint.pformat(doc, width=200))


# overridden format, on the class and on the instance
class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


print(Upper(width=30).pformat(plain['text']))
print(Upper(width=200).pformat({'k': ['a', {'b': 'c'}]}))
pp = pprint.PrettyPrinter(width=30)
pp.format = lambda o, c, m, l: ('X', True, False)
print(pp.pformat([1, [2, 3], {'a': 'b'}]))


class Safe(pprint.PrettyPrinter):
    def _safe_repr(self, object, context, maxlevels, level):
        text, readable, recursive = super()._safe_repr(object, context, maxlevels, level)
        return '<' + text + '>', readable, recursive


print(Safe(width=200).pformat({'a': [1, (2,)]}))

# deep nesting beyond the helper's limit
deep = []
node = deep
for i in range(100):
    node.append([i])
    node = node[-1]
print(len(pprint.pformat(deep, width=1000)), pprint.saferepr(deep)[:40])
print(pprint.pformat(deep, depth=3))
