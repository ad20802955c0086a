# collections.ChainMap: the MutableMapping protocol over several mappings (lookup order,
# writes to the first map, equality, views, pop/popitem/clear, |, |=, new_child, repr).
from collections import ChainMap, defaultdict, OrderedDict
import collections.abc as cabc

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
cm = ChainMap(a, b)
print(cm, len(cm), list(cm), sorted(cm.items()), list(cm.values()))
print(cm['y'], cm.get('z'), cm.get('w', 'no'), 'z' in cm, 'w' in cm)
print(isinstance(cm, cabc.MutableMapping), type(cm.keys()).__name__, type(cm.items()).__name__)
print(cm == {'x': 1, 'y': 2, 'z': 30}, cm == ChainMap({'x': 1, 'y': 2, 'z': 30}), cm != {'x': 1})
print(cm == [1], bool(ChainMap()), bool(ChainMap({}, {1: 2})))
cm['w'] = 4
del cm['x']
print(a, b)
try:
    del cm['z']
except KeyError as e:
    print('KeyError', e)
print(cm.pop('w'), cm.pop('nope', 'default'))
try:
    cm.pop('z')
except KeyError as e:
    print('KeyError', e)
print(cm.popitem(), a)
try:
    cm.popitem()
except KeyError as e:
    print('KeyError', e)
cm['q'] = 9
cm.clear()
print(cm, a)
child = cm.new_child()
child['n'] = 1
print(child, child.parents, child.maps[1:] == cm.maps)
print(cm.new_child({'m': 1}, k=2), cm.new_child(k=3))
print(ChainMap.fromkeys('ab', 0), ChainMap.fromkeys([1]))
c2 = ChainMap({'a': 1}, {'b': 2})
cp = c2.copy()
cp['a'] = 100
cp.maps[1]['b'] = 200
print(c2, cp, c2.maps[1] is cp.maps[1])
print(c2 | {'c': 3}, {'c': 3, 'a': 0} | c2, type({'c': 3} | c2).__name__)
c2 |= {'d': 4}
print(c2)
try:
    c2 | [1]
except TypeError as e:
    print('TypeError', e)
dd = defaultdict(lambda: 'made')
print(ChainMap({}, dd)['missing'], dict(dd))
class Missing(ChainMap):
    def __missing__(self, key):
        return key * 2
print(Missing({'a': 1})['zz'], Missing().get('k', 5))
r = ChainMap()
r.maps.append(r)
print(r)
print(ChainMap(OrderedDict(b=1, a=2), {'c': 3}))
print(list(ChainMap({'a': 1, 'b': 2}, {'c': 3, 'a': 4})), ChainMap[str, int])
print(dict(ChainMap({'k': 'first'}, {'k': 'second', 'j': 'only'})))
