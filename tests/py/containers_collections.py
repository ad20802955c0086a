# collections: deque, defaultdict, OrderedDict, Counter, namedtuple (differential vs CPython).
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# --- deque -------------------------------------------------------------------------------
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy'); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(100); print(d)
d.reverse(); print(d, d.count('a'), d.index(2))
d.insert(1, 'ins'); d.remove('x'); print(d)
d[0] = 'first'; del d[1]; print(d, list(reversed(d)))
c = d.copy(); c.clear(); print(c, d == d.copy(), d != c, deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([7]))
m = deque(range(5), maxlen=3); print(m, m.maxlen)
m.append(9); print(m); m.appendleft(8); print(m)
m.extend(range(10, 20)); print(m)
m.extendleft([1, 2]); print(m)
print(deque(maxlen=0), deque([], 2))
z = deque(maxlen=0); z.append(1); print(z)
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1])[5])
t(lambda: deque([1])['a'])
t(lambda: deque([1]).remove(2))
t(lambda: deque([1]).index(2))
t(lambda: deque([1], maxlen=1).insert(0, 5))
t(lambda: deque([1], maxlen=-1))
t(lambda: deque([1]) + [2])
t(lambda: deque.__hash__)
t(lambda: deque([1]) == [1])
t(lambda: deque(range(10)).index(3, 4))
t(lambda: deque(range(10)).index(3, -8, -5))
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.popleft()
except RuntimeError as e:
    print('RuntimeError', e)
r = deque([1]); r.append(r); print(r)
q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
    if total % 7 == 0:
        q.appendleft(-1)
        q.popleft()
print(total, len(q))
d = deque(range(20))
d *= 2; print(len(d), d[25])
d += [1]; print(d[-1])
print(deque('abc', 5).__repr__(), repr(deque()))


class MyDeque(deque):
    pass


print(MyDeque([1]), MyDeque([1], 2), MyDeque([1]).copy())

# --- defaultdict ---------------------------------------------------------------------------
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['zz'], len(dd), dd.default_factory)
di = defaultdict(int, {'x': 1}); di['y'] += 5; print(di, sorted(di.items()))
print(defaultdict(), defaultdict(None, a=1))
t(lambda: defaultdict()['missing'])
t(lambda: defaultdict(5))
print(dd.copy(), type(dd.copy()).__name__, isinstance(dd, dict))
print(defaultdict(lambda: 'x', {1: 2}).__missing__(7))
nested = defaultdict(lambda: defaultdict(int)); nested['a']['b'] += 1; print(dict(nested['a']))
dd2 = defaultdict(list); dd2['k'] = dd2; print(dd2)
print(defaultdict(int, {1: 2}) | {3: 4}, {0: 1} | defaultdict(int, {1: 2}))

# --- OrderedDict --------------------------------------------------------------------------
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(reversed(od)))
od.move_to_end('b'); print(od)
od.move_to_end('b', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
t(lambda: OrderedDict().popitem())
t(lambda: OrderedDict().move_to_end('x'))
o1 = OrderedDict([('a', 1), ('b', 2)]); o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(OrderedDict(), OrderedDict.fromkeys('ab', 0), OrderedDict(a=1).copy())
print(OrderedDict([(1, 2)]) | {3: 4})

# --- Counter ----------------------------------------------------------------------------------
c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()))
c.update('aaz'); c.update({'b': 10}); print(c)
c.subtract('a'); c.subtract({'z': 5}); print(c)
d = Counter(a=3, b=1, c=-2)
e = Counter(a=1, b=2, d=4)
print(d + e, d - e, d & e, d | e, +d, -d)
x = Counter(a=1); x += Counter(a=2, b=-1); print(x)
x -= Counter(a=5); print(x)
print(Counter(), Counter({'x': 0}), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
del c['nonexistent']; del c['a']; print(c)
t(lambda: Counter.fromkeys('ab'))
print(Counter([1, 1, 2]).most_common(1), Counter('aab') == {'a': 2, 'b': 1})
print(Counter(cats=4, dogs=8).most_common(), list(Counter('hello').elements()))

# --- namedtuple -----------------------------------------------------------------------------
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
a, b = p; print(a, b, p == (1, 2), hash(p) == hash((1, 2)), len(p), isinstance(p, tuple))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3(c=5, a=1))
R = namedtuple('R', 'a def a _b', rename=True); print(R._fields)
for bad in [('1x', 'a'), ('P', 'a class'), ('P', 'a _b'), ('P', 'a a'), ('P', 'a-b')]:
    t(lambda: namedtuple(*bad))
t(lambda: namedtuple('P', 'a', defaults=[1, 2]))
t(lambda: Point(1))
t(lambda: Point(1, 2, 3))
t(lambda: Point._make([1]))
t(lambda: p._replace(z=1))
t(lambda: setattr(p, 'x', 5))
E = namedtuple('E', ''); print(E(), E._fields)
One = namedtuple('One', 'v'); print(One(1), One(v=[1]))
print(Point.__doc__, Point.x.__doc__, Point.__name__)


class Sub(namedtuple('Base', 'a b')):
    def total(self):
        return self.a + self.b


s = Sub(1, 2); print(s, s.total(), Sub._fields)
match p:
    case Point(x, y):
        print('matched', x, y)
