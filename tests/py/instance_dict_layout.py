# Instance __dict__: the first table made with the dict (sized per class), the attribute
# cache's remembered entry numbers, and everything that must look like a plain dict.
import gc, weakref

class P:
    pass

# vars(), __dict__ identity, mutation reflected both ways
p = P()
p.x = 1
d = p.__dict__
print(vars(p) is d, d)
d['y'] = 2
print(p.y, sorted(vars(p)))
p.z = 3
print(d, 'z' in d)
del p.x
print(d, hasattr(p, 'x'))
try:
    p.x
except AttributeError as e:
    print('AttributeError', e)

# __dict__ replaced by assignment; cached sites must follow the new dict
def get_a(o):
    return o.a
def set_a(o, v):
    o.a = v
q = P()
for i in range(3):
    set_a(q, i)
    print(get_a(q), end=' ')
print()
q.__dict__ = {'b': 5, 'a': 'new'}
print(get_a(q), q.b)
set_a(q, 'again')
print(q.__dict__)
q.__dict__ = {}
try:
    get_a(q)
except AttributeError:
    print('no a after replacing')
set_a(q, 9)
print(q.__dict__)

# Different attribute orders in instances of one class: the same site sees the name at
# different entry numbers.
class O:
    pass
objs = []
for k in range(6):
    o = O()
    names = ['a', 'b', 'c', 'd'][k % 4:] + ['a', 'b', 'c', 'd'][:k % 4]
    for j, n in enumerate(names):
        setattr(o, n, j * 10 + k)
    objs.append(o)
def read_all(o):
    return (o.a, o.b, o.c, o.d)
def write_all(o):
    o.a = o.a + 1; o.b = o.b + 1; o.c = o.c + 1; o.d = o.d + 1
for o in objs:
    write_all(o)
    print(read_all(o), list(o.__dict__))

# Many attributes (past the first table and the class's remembered size)
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'f%d' % i, i)
        self.tail = 'T'
for n in (0, 3, 5, 6, 30, 100, 2):
    m = Many(n)
    m.extra = n
    print(n, len(vars(m)), m.tail, m.extra, list(vars(m))[:3])
big = Many(50)
for i in range(50):
    assert getattr(big, 'f%d' % i) == i
del big.f0, big.f10
print(len(big.__dict__), 'f0' in big.__dict__, big.f49)

# delete and re-add: a remembered entry number now holds nothing / another name
class R:
    pass
def rd(o):
    return o.v
r = R()
r.u = 1; r.v = 2
print(rd(r))
del r.u
print(rd(r))
del r.v
r.v = 3
print(rd(r), list(r.__dict__))
r.__dict__.clear()
r.w = 1; r.v = 4
print(rd(r), list(r.__dict__))

# deleting attributes while iterating __dict__
s = R()
for i in range(8):
    setattr(s, 'k%d' % i, i)
try:
    for k in s.__dict__:
        delattr(s, k)
except RuntimeError as e:
    print('RuntimeError', e)
print(sorted(s.__dict__))
for k in list(s.__dict__):
    delattr(s, k)
print(s.__dict__)
s.again = 1
print(s.__dict__)

# __dict__ copied, compared, popped, updated; the dict outlives its instance
t = R()
t.a = 1; t.b = 2
dd = t.__dict__
del t
gc.collect()
print(dd, dict(dd) == {'a': 1, 'b': 2}, dd.copy())
dd.update(c=3)
print(dd.pop('a'), dd.popitem(), dd)

# __slots__ classes, with and without __dict__
class S:
    __slots__ = ('x', 'y')
class SD:
    __slots__ = ('x', '__dict__')
s1 = S(); s1.x = 1
try:
    s1.z = 2
except AttributeError as e:
    print('AttributeError', e)
s2 = SD(); s2.x = 1; s2.z = 2
print(s1.x, s2.x, s2.z, s2.__dict__['z'])  # (slot values' place in __dict__ differs: docs)

# __class__ assignment between classes that share the layout
class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
def who(o):
    return o.who(), o.n
a = A()
a.n = 1
print(who(a))
a.__class__ = B
a.n = 2
print(who(a), vars(a))
a.__class__ = A
print(who(a))

# weak references to instances
class W:
    pass
w = W()
w.val = 'v'
ref = weakref.ref(w)
print(ref() is w, ref().val)
del w
gc.collect()
print(ref())

# cycles through instance dicts are collected, finalizers counted
dead = []
class Fin:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        dead.append(self.tag)
gc.collect()
for i in range(100):
    x = Fin(i); y = Fin(-i)
    x.other = y; y.other = x
del x, y
gc.collect()
print(len(dead), sum(dead))

# gc.get_referents of an instance: its dict (and type)
g = P()
g.attr = [1]
refs = gc.get_referents(g)
print(P in refs)  # (the dict itself or its values, by implementation)
print(gc.is_tracked(g), gc.is_tracked(g.__dict__))

# A value whose __del__ replaces the instance's class while the store runs
class Old:
    pass
class New:
    pass
class Swap:
    def __init__(self, target):
        self.target = target
    def __del__(self):
        self.target.__class__ = New
def make_and_store():
    global Old
    class Tmp:
        pass
    o = Tmp()
    o.slot = Swap(o)
    o.slot = 1          # releases Swap, whose __del__ moves o to New
    return o
o = make_and_store()
print(type(o).__name__, o.slot)
gc.collect()
print('done')
