# The fixed-size allocation fast path (objects/alloc_fast.h), free_object's fast release,
# CALL's direct range() of small ints and GET_ITER's direct iter slot for exact
# list/tuple/range (session 12): each must answer exactly what the general path does.
import gc
import weakref


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# --- range() with every argument shape --------------------------------------------------
for args in [(5,), (0,), (-3,), (2, 9), (9, 2), (2, 9, 3), (9, 2, -2), (0, 10, 4), (-5, 5, 1),
             (5, -5, -3), (1, 1), (3, 3, -1), (2 ** 61, 2 ** 62 - 1, 2 ** 60), (-(2 ** 62), 2 ** 62 - 1)]:
    r = range(*args)
    print(args, r, len(r), [r[k] for k in range(min(5, len(r)))], list(iter(r))[:5] if len(r) < 100 else None, r[0] if len(r) else None, r[-1] if len(r) else None)
print(range(10 ** 30), len(range(10 ** 20, 10 ** 20 + 7, 2)), list(range(10 ** 20, 10 ** 20 + 7, 2)))
print(list(range(2 ** 62 - 2, 2 ** 62 + 2)), list(range(-(2 ** 62) + 1, -(2 ** 62) - 2, -1)))
show(lambda: len(range(-(2 ** 62), 2 ** 62, 1)))
show(lambda: len(range(-(2 ** 63), 2 ** 63)))
show(lambda: range(0, 5, 0))
show(lambda: range(5, 0))
show(lambda: range(0))
show(lambda: range(1, 2, 3, 4))
show(lambda: range())
show(lambda: range(1.0))
show(lambda: range(1, 2.5))
show(lambda: range(1, 2, 0.5))
show(lambda: range('3'))
show(lambda: range(None))
show(lambda: range(stop=3))
show(lambda: range(1, stop=3))
show(lambda: range(3, step=1))
show(lambda: range(True, 5, True))
show(lambda: range(*[2, 8, 2]))
show(lambda: range(**{}))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(range(Idx(2), Idx(7), Idx(2)), list(range(Idx(3))))
show(lambda: range(Idx(1), Idx(5), Idx(0)))


def subclass_range():
    class R(range):
        pass


show(subclass_range)

# `range` rebound: the call is of the new name's object, not the type.
def shadowed():
    range = lambda *a: ('mine', a)
    return range(3), range(1, 2, 3)


print(shadowed())


class MyRangeMeta(type):
    pass


print(type(range(3)) is range, isinstance(range(2), range), range(0, 10, 3) == range(0, 12, 3))

# --- iteration of list / tuple / range and their subclasses ------------------------------


class L(list):
    def __iter__(self):
        yield 'L-iter'
        yield from super().__iter__()


class T(tuple):
    def __iter__(self):
        return iter(['T-iter'] + list(tuple.__iter__(self)))


class PlainL(list):
    pass


class PlainT(tuple):
    pass


for seq in ([1, 2, 3], (4, 5), range(3), L([7, 8]), T((9,)), PlainL([10, 11]), PlainT((12,)),
            'ab', b'cd', {1: 2}, {3}, [], (), range(0)):
    out = []
    for x in seq:
        out.append(x)
    print(type(seq).__name__, out, [y for y in seq], list(iter(seq)))

# Iterators are fresh objects each time, and exhaust independently.
lst = [1, 2, 3]
its = [iter(lst) for _ in range(5)]
print([next(i) for i in its], [list(i) for i in its], type(its[0]).__name__)
t = (1, 2)
print(type(iter(t)).__name__, type(iter(range(2))).__name__, list(iter(range(10 ** 20, 10 ** 20 + 1))))

# A list mutated while iterated; a list iterator outliving its list.
m = [0, 1]
seen = []
for x in m:
    seen.append(x)
    if x < 5:
        m.append(x + 2)
print(seen)
it = iter([5, 6])
print(next(it), list(it), list(it))

# Not iterable: the same TypeError.
show(lambda: iter(5))
def iterate_none():
    for x in None:
        pass
show(iterate_none)

# --- objects with __del__ (PEP 442), resurrection -----------------------------------------
graveyard = []


class Phoenix:
    deaths = 0

    def __del__(self):
        Phoenix.deaths += 1
        graveyard.append(self)


p = Phoenix()
p = None
print('deaths', Phoenix.deaths, len(graveyard))
graveyard.clear()  # the second death runs no finalizer (it ran once)
print('deaths', Phoenix.deaths, len(graveyard))


class Plain:
    pass


class Del:
    def __del__(self):
        print('del', type(self).__name__)


for i in range(3):
    d = Del()
d = None


class Later:
    pass


def add_del():
    def __del__(self):
        print('late del')
    Later.__del__ = __del__


x = Later()
add_del()
x = None

# --- weakrefs with callbacks to fresh objects ----------------------------------------------
log = []
for i in range(5):
    o = Plain()
    r = weakref.ref(o, lambda ref, i=i: log.append(('cb', i, ref() is None)))
    print(r() is o, end=' ')
    o = None
    print(r() is None, end='; ')
print()
print(log)
keep = []
for i in range(3):
    o = Plain()
    keep.append((o, weakref.ref(o)))
print([w() is o for o, w in keep])
keep.clear()
s = set()
f = frozenset([1])
print(weakref.ref(f)() is f if False else 'ok')

# --- gc.is_tracked of new objects -----------------------------------------------------------
print(gc.is_tracked(Plain()), gc.is_tracked(iter([1])), gc.is_tracked(iter((1,))), gc.is_tracked(range(3)),
      gc.is_tracked(iter(range(3))), gc.is_tracked(object()), gc.is_tracked([]), gc.is_tracked(1.5))


class Node:
    def __init__(self, other):
        self.other = other


def cycles(n):
    for i in range(n):
        a = Node(None)
        b = Node(a)
        a.other = b
    return gc.collect()


print(cycles(1000) >= 0)
gc.collect()

# --- many allocate/free cycles ---------------------------------------------------------------
total = 0
for i in range(20000):
    for j in range(i % 4):
        total += j
    for v in [i, i + 1]:
        total += v
    for v in (i,):
        total -= v
    o = Plain()
    o.a = i
    total += o.a
print(total)
keep = [iter([i]) for i in range(2000)] + [range(i) for i in range(2000)] + [Plain() for i in range(2000)]
print(sum(len(r) for r in keep if isinstance(r, range)), sum(next(i) for i in keep if type(i).__name__ == 'list_iterator'))
keep = None
print(sum(1 for i in range(5000) for j in range(3)))

# --- the other fixed-size objects: subclasses (heap types: the class reference, an empty
# __dict__ slot, tracking), and fresh objects reusing freed blocks -----------------------


class E(enumerate):
    pass


class Z(zip):
    pass


class M(map):
    pass


class F(filter):
    pass


class R(reversed):
    pass


class LL(list):
    pass


for round_ in range(3):
    objs = [E('ab', 1), Z('ab', 'cd'), M(str.upper, 'ab'), F(None, [0, 1, 2]), R((1, 2, 3)), LL([1])]
    print([type(o).__name__ for o in objs], [getattr(o, '__dict__', None) for o in objs])
    for o in objs:
        o.tag = round_
    print([o.tag for o in objs], [o.__dict__ for o in objs][:2], list(objs[0]), list(objs[1]), list(objs[2]),
          list(objs[3]), list(objs[4]), objs[5])
    print([gc.is_tracked(o) for o in objs], gc.is_tracked(enumerate([])), gc.is_tracked(zip()),
          gc.is_tracked(slice(1, 2)), gc.is_tracked(iter({1: 2})), gc.is_tracked({}.items()))
    objs = None

d = {'a': 1, 'b': 2}
for i in range(3):
    print(list(d.items()), list(d.keys()), list(d.values()), list(iter(d)), list(reversed(d)), list(iter({3, 4})))
    print(slice(i), slice(1, i), slice(1, 2, i), [0, 1, 2, 3][i:], (5, 6, 7)[:i])


class Meth:
    def f(self):
        return self


mo = Meth()
ms = [mo.f for _ in range(3)]
print(ms[0] is ms[1], ms[0] == ms[1], ms[0]() is mo, ms[0].__self__ is mo, type(ms[0]).__name__)


def counters():
    fs = []
    for i in range(3):
        def f(i=i):
            def g():
                return i
            return g
        fs.append(f())
    return [g() for g in fs], [type(g.__closure__[0]).__name__ for g in fs]


print(counters())


def tb_depth():
    try:
        def inner():
            raise ValueError('x')
        inner()
    except ValueError as e:
        n = 0
        tb = e.__traceback__
        while tb is not None:
            n += 1
            tb = tb.tb_next
        return n


print([tb_depth() for _ in range(3)])
log2 = []
for i in range(3):
    e = E([i])
    r = weakref.ref(e, lambda ref, i=i: log2.append(i))
    e = None
print(log2)

# A suspended generator dropped is closed (its finally runs): the generator types keep
# free_object's finalizer test (kTypeMayFinalize).


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('gen finally', tag)


for i in range(2):
    g = gen(i)
    next(g)
    g = None
g = gen('done')
print(list(g))
g = gen('never started')
g = None
print('end')
