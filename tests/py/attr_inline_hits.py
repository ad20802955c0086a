# LOAD_ATTR / STORE_ATTR / LOAD_METHOD answered in the instruction itself (the receiver and
# the value stay in their stack slots): sites that see one to seven types in rotation,
# class values and methods shadowed by instance attributes, first stores, stores whose old
# value's __del__ changes the same object, descriptors and __class__ changes while a site is
# warm, receivers whose attribute access is not the generic one.


class Base:
    kind = 'base'

    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def get(self):
        return self.x + self.y

    def bump(self):
        self.x = self.x + 1
        return self.x

    def call_m(self):
        return self.m()

    def m(self):
        return 'Base.m'


classes = [Base]
for i in range(6):
    classes.append(type('C%d' % i, (Base,), {'m': (lambda i: lambda self: 'C%d.m' % i)(i)}))

objs = [c(i) for i, c in enumerate(classes)]
for rnd in range(3):
    print(rnd, [o.get() for o in objs], [o.bump() for o in objs], [o.call_m() for o in objs])
    print([o.kind for o in objs])


# Attributes set in different orders (different key sets) at one site.
class P:
    pass


def make(order):
    p = P()
    for name in order:
        setattr(p, name, name.upper())
    return p


ps = [make('abc'), make('cba'), make('bca'), make('ab'), make('c')]


def read_a(p):
    try:
        return p.a
    except AttributeError as e:
        return 'AttributeError: ' + str(e)


for rnd in range(2):
    print([read_a(p) for p in ps])
    for p in ps:
        p.a = 'set%d' % rnd


# Class values and methods shadowed by instance attributes, then unshadowed.
class S:
    val = 10

    def meth(self):
        return 'method'


s = S()
for step in range(4):
    if step == 1:
        s.val = 'instance val'
        s.meth = lambda: 'instance callable'
    if step == 2:
        del s.val
        del s.meth
    if step == 3:
        S.val = 'class val changed'
        S.meth = lambda self: 'method replaced'
    print(step, s.val, s.meth())


# The old value's __del__ changes the object being stored to.
log = []


class Holder:
    pass


class Noisy:
    def __init__(self, name, target):
        self.name, self.target = name, target

    def __del__(self):
        log.append('del %s, target has %s' % (self.name, sorted(vars(self.target))))
        if self.name == 'first':
            del self.target.extra
        if self.name == 'second':
            self.target.__dict__ = {'replaced': True}


h = Holder()
h.extra = 1
h.v = Noisy('first', h)


def store(obj, value):
    obj.v = value


store(h, Noisy('second', h))
print(log, sorted(vars(h)))
store(h, 'plain')
print(log, vars(h))
store(h, 'again')
print(vars(h))


# First stores on many fresh instances, then reads.
class Fresh:
    pass


def fill(n):
    out = []
    for i in range(n):
        f = Fresh()
        f.a = i
        f.b = f.a * 3
        out.append(f.b - f.a)
    return out


print(fill(6))


# A data descriptor added while sites are warm, then removed; __class__ reassigned.
class D:
    def __init__(self):
        self.p = 1


def rd(o):
    return o.p


def wr(o, v):
    o.p = v


d = D()
for step in range(3):
    wr(d, step)
    print('before', rd(d))
D.p = property(lambda self: 'prop', lambda self, v: log.append(('set', v)))
wr(d, 99)
print('with property', rd(d), log[-1], vars(d))
del D.p
print('without', rd(d))


class E:
    p = 'E.p'


d.__class__ = E
print('class changed', rd(d), type(d).__name__)
del d.p
print(rd(d))


# Receivers without the generic attribute access.
class G:
    def __getattr__(self, name):
        return 'getattr ' + name


class SetA:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ('wrapped', value))


g = G()
print(rd(g))
sa = SetA()
wr(sa, 5)
print(rd(sa))
import math
print(rd(type('M', (), {'p': 'class attr'})), math.pi > 3)


class Slotted:
    __slots__ = ('p',)


sl = Slotted()
wr(sl, 'slot')
print(rd(sl))
