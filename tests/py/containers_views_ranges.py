# Dict views as sets, reversed dicts, range objects (slicing, containment, index, equality),
# slice objects, frozenset/set algebra with views.
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
print(k & {'a', 'z'}, k | {'q'} == {'a', 'b', 'c', 'q'}, k - {'a'} == {'b', 'c'}, k ^ {'a', 'z'} == {'b', 'c', 'z'})
print(d.items() & {('a', 1), ('b', 5)}, ('a', 1) in d.items(), k.isdisjoint({'x'}), list(reversed(d)), list(reversed(d.values())))
print(len(k), 'a' in k, k == {'a', 'b', 'c'}, d.values() == d.values(), repr(k), repr(d.items())[:20])
d['d'] = 4
print(list(k))
try:
    for key in d:
        d['e'] = 5
except RuntimeError as e:
    print('RuntimeError:', e)
print(d | {'z': 0}, {**d} == d, d.get('nope', 'dflt'), d.setdefault('s', []), d.pop('s'), d.popitem())
r = range(0, 20, 3)
print(r, list(r[2:5]), r[-1], r[::-1], 9 in r, 10 in r, r.index(12), r.count(3), len(r), r[1:-1:2])
print(range(5) == range(0, 5, 1), range(0) == range(2, 2), hash(range(3)) == hash(range(0, 3)))
print(list(range(10, 0, -3)), range(-5, 5)[::2], bool(range(0)), reversed(range(3)).__class__.__name__)
for bad in (lambda: range(1, 2, 0), lambda: r.index(4), lambda: range(1.5), lambda: r[100]):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
s = slice(1, 10, 2)
print(s, s.start, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), 'abcdefghij'[s])
a, b = {1, 2, 3}, frozenset({2, 3, 4})
print(a | b, a & b, a - b, a ^ b, type(b | a).__name__, type(a | b).__name__, a <= {1, 2, 3, 4}, b > {2})
a |= {9}
a -= {1}
a &= {2, 3, 9}
a ^= {3, 10}
print(sorted(a), a.issubset(range(20)), a.issuperset([2]), {1, 2}.union([3], (4,)), {1, 2, 3}.intersection({2}, [2, 3]))
print({1, 2}.difference([1], [2]), {1}.symmetric_difference([1, 2]), frozenset().union({1}), set('aab') == {'a', 'b'})
try:
    {1}.remove(2)
except KeyError as e:
    print('KeyError:', e)
s2 = {3, 1, 2}
print(s2.pop() in {1, 2, 3}, len(s2), s2.discard(99), sorted(s2))
