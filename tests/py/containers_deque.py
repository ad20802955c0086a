# collections.deque (native): every method, operators, maxlen, repr, iteration, errors,
# and __eq__ callbacks that mutate the deque being searched.
import copy
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque(range(10))
print(d, len(d), bool(d), bool(deque()))
d.append(10); d.appendleft(-1)
print(d, d.pop(), d.popleft(), d)
d.extend([20, 21]); d.extendleft([30, 31])
print(d)
d.rotate(3); print(d)
d.rotate(-5); print(d)
d.rotate(0); d.rotate(len(d) * 7 + 1); print(d)
d.reverse(); print(d)
print(d.count(20), d.count(99), d.index(20), d.index(5, 2), d.index(5, -10, -1))
attempt('index missing', lambda: d.index(99))
attempt('index range', lambda: d.index(31, 3, 5))
d.insert(0, 'a'); d.insert(-1, 'b'); d.insert(100, 'c'); d.insert(-100, 'd'); d.insert(5, 'e')
print(d)
d.remove('e'); print(d)
attempt('remove missing', lambda: d.remove('zz'))
print(d[0], d[-1], d[3])
d[0] = 'A'; d[-1] = 'Z'; print(d)
del d[1]; del d[-2]; del d[4]; print(d)
c = d.copy(); c2 = copy.copy(d); c3 = copy.deepcopy(deque([[1], [2]], 5))
print(c == d, c is d, c2, c3, c3.maxlen)
d.clear(); print(d, len(d))

# maxlen
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(8); print(m)
m.extend(range(10, 14)); print(m)
m.extendleft('xy'); print(m)
attempt('insert full', lambda: m.insert(0, 1))
z = deque([1, 2], maxlen=0); z.append(1); z.extend(range(5)); print(z, z.maxlen)
print(deque(maxlen=None).maxlen, deque([], 2**40).maxlen)
attempt('maxlen neg', lambda: deque(maxlen=-1))
attempt('maxlen float', lambda: deque(maxlen=1.5))
attempt('maxlen big', lambda: deque(maxlen=2**70))
attempt('maxlen set', lambda: setattr(m, 'maxlen', 3))

# operators
a = deque([1, 2, 3]); b = deque([4, 5])
print(a + b, a * 2, 2 * a, a * 0, a * -3)
a2 = deque('ab'); a2 += 'cd'; a2 += [1]; print(a2)
a3 = deque('ab'); a3 *= 3; print(a3)
a4 = deque('abc', maxlen=4); a4 *= 3; print(a4)
a5 = deque('abc', maxlen=5); print(a5 * 10**18)
a6 = deque([7]); a6 *= 0; print(a6)
attempt('concat list', lambda: a + [1])
attempt('radd', lambda: [1] + a)
attempt('mul float', lambda: a * 1.5)
attempt('mul huge', lambda: deque([1, 2]) * 2**62)
attempt('mul overflow', lambda: deque([1]) * 2**70)
print(a == deque([1, 2, 3]), a != b, a < b, a <= a, deque([1, 2]) < deque([1, 2, 0]), a > deque([1, 2]))
print(a == [1, 2, 3], deque() == deque())
attempt('lt list', lambda: a < [1])
attempt('hash', lambda: hash(a))
print(3 in a, 9 in a)

# indexing errors
attempt('idx str', lambda: a['x'])
attempt('idx slice', lambda: a[0:1])
attempt('idx range', lambda: a[3])
attempt('idx neg', lambda: a[-4])
attempt('idx huge', lambda: a[2**70])
attempt('del range', lambda: a.__delitem__(10))
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('rotate big', lambda: a.rotate(2**70))
attempt('rotate str', lambda: a.rotate('1'))
attempt('insert str', lambda: a.insert('1', 2))
attempt('index str', lambda: a.index(1, 'x'))
attempt('args', lambda: deque(1, 2, 3))
attempt('kw', lambda: deque(x=1))
attempt('not iterable', lambda: deque(5))
attempt('append none', lambda: a.append())
attempt('rotate args', lambda: a.rotate(1, 2))

# iteration
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(list(reversed(deque('abc'))), type(iter(deque())).__name__, type(reversed(deque())).__name__)
for op in ('append', 'pop', 'rotate', 'clear', 'reverse'):
    q = deque([1, 2, 3]); it = iter(q); next(it)
    getattr(q, op)(*((0,) if op == 'append' else ()))
    attempt('mutated ' + op, lambda: next(it))
q = deque([1, 2, 3]); it = iter(q); q[0] = 9; print('setitem keeps iterating', list(it))
q = deque(range(3)); q.extend(q); q.extendleft(q); print(q)

# repr recursion and subclasses
r = deque([1]); r.append(r); print(r)


class Sub(deque):
    pass


s = Sub([1, 2], 4)
print(s, type(s.copy()).__name__, type(s + s).__name__, s * 2, type(copy.copy(s)).__name__, s.__reduce__()[:3])
s.attr = 5; print(s.__reduce__()[2])
print(isinstance(s, deque), deque.__module__, deque.__name__, Sub.__mro__[1])
print(deque([1, 2]).__reduce__()[:3], deque([1], 3).__reduce__()[1])


# __eq__ that mutates the deque being searched
class Evil:
    def __init__(self, target, action):
        self.target = target
        self.action = action

    def __eq__(self, other):
        self.action(self.target)
        return False


for name, fn in [('count', lambda q, x: q.count(x)), ('index', lambda q, x: q.index(x)),
                 ('remove', lambda q, x: q.remove(x)), ('contains', lambda q, x: x in q)]:
    for act_name, act in [('clear', lambda q: q.clear()), ('append', lambda q: q.append(1)),
                          ('pop', lambda q: q.pop() if q else None)]:
        q = deque([1, 2, 3, 4])
        attempt(f'{name}/{act_name}', lambda: fn(q, Evil(q, act)))
        print('  left', len(q))


class Eq:
    def __eq__(self, other):
        return True


q = deque([5, 6, 7]); q.remove(Eq()); print(q, q.index(Eq()), q.count(Eq()))

# growth, shrink and wraparound
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
while len(q) > 5:
    q.pop()
print(q, sum(deque(range(100000))))
q = deque(range(8)); q.popleft(); q.popleft(); q.append(8); q.append(9); q.rotate(3); print(q, q[7], q[-8])
q.insert(3, 'm'); print(q)
attempt('index no args', lambda: deque().index())
attempt('index 4 args', lambda: deque().index(1, 2, 3, 4))
attempt('insert 1 arg', lambda: deque().insert(1))
attempt('pop arg', lambda: deque().pop(1))
