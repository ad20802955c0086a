# collections: namedtuple helpers, Counter arithmetic, deque maxlen/rotate, ChainMap,
# OrderedDict moves, defaultdict factories.
from collections import namedtuple, Counter, deque, ChainMap, OrderedDict, defaultdict

P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults, P._make([3, 4]), p.x + p[1])
try:
    P(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print('ValueError:', e)
R = namedtuple('R', ['def', 'ok'], rename=True)
print(R._fields)
c = Counter('abracadabra')
print(c.most_common(2), c['z'], sorted(c.elements())[:4], c.total())
d = Counter(a=3, b=1) - Counter(a=1, b=2)
print(d, Counter(a=1) + Counter(a=2, b=1), Counter(a=3) & Counter(a=1), Counter(a=1) | Counter(a=4))
c.update('zz')
c.subtract({'a': 10})
print(c['a'], c['z'], +c == Counter({k: v for k, v in c.items() if v > 0}))
q = deque(range(5), maxlen=3)
print(q, q.maxlen)
q.append(9)
q.appendleft(-1)
print(q)
q.rotate(1)
print(q, q.index(9) if 9 in q else None, q.count(-1))
q.extendleft([7, 8])
print(q, list(reversed(q)))
try:
    deque().pop()
except IndexError as e:
    print('IndexError:', e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps, cm.new_child({'c': 4})['c'], dict(cm.parents))
cm['b'] = 30
print(cm.maps)
od = OrderedDict.fromkeys('abc')
od.move_to_end('a')
od.move_to_end('c', last=False)
print(list(od), od.popitem(), od.popitem(last=False))
dd = defaultdict(lambda: 'missing')
print(dd['x'], dict(dd), defaultdict(int, {'a': 1})['b'], repr(defaultdict(list)))
groups = defaultdict(list)
for w in 'apple avocado banana blueberry cherry'.split():
    groups[w[0]].append(w)
print(dict(groups))
