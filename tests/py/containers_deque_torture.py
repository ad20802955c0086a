# deque torture: __del__, __eq__ and iteration callbacks that mutate the deque.
import gc
from collections import deque

d = deque()


class Dropper:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        d.append(self.n)
        if len(d) > 3:
            d.popleft()


d.extend(Dropper(i) for i in range(3))
d.clear()
print('after clear', sorted(x if isinstance(x, int) else -1 for x in d))
b = deque([Dropper(10)], maxlen=1)
b.append(1)
print('trim', list(b), len(d))
del b
gc.collect()


class Cmp:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return True


x = deque([Cmp(None), 2])
x[0].target = x
y = deque([1, 2])
try:
    print(x == y, x, y)
except RuntimeError as e:
    print('RuntimeError', e)
x = deque([1, Cmp(None)])
x[1].target = x
try:
    print(x < deque([1, 2, 3]), len(x))
except RuntimeError as e:
    print('RuntimeError', e, len(x))


def gen(q):
    for i in range(5):
        q.append(i)
        yield i


q = deque([9])
q.extend(gen(q))
print(q)
q = deque([9], maxlen=3)
q.extendleft(gen(q))
print(q)
q = deque(range(5))
try:
    for v in q:
        q.rotate(1)
except RuntimeError as e:
    print('RuntimeError', e)
q = deque(range(5))
print([q.__setitem__(i, -v) for i, v in enumerate(q)] and list(q))
q = deque(range(10))
q += q
q *= 2
print(len(q), q.count(3))
cyc = deque()
cyc.append(cyc)
it = iter(cyc)
cyc.append(it)
del cyc, it
print('collected', gc.collect() >= 2)
r = deque(range(100))
for i in range(200):
    r.insert(i % 37, i)
    del r[(i * 7) % len(r)]
    r.rotate(i)
print(len(r), sum(r))
