# copy: shallow vs deep copies, cycles and shared references, __copy__/__deepcopy__ hooks,
# copying instances with __slots__, immutables returned as-is.
import copy

inner = [1, 2]
outer = [inner, inner, {'k': inner}]
s = copy.copy(outer)
d = copy.deepcopy(outer)
print(s[0] is inner, d[0] is inner, d[0] is d[1], d[2]['k'] is d[0], d == outer)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is not t, copy.deepcopy((1, 2)) == (1, 2), copy.copy(inner) is not inner)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Hooked(self.v)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo))


h = Hooked([1])
h2 = copy.copy(h)
h3 = copy.deepcopy(h)
print(h2.v is h.v, h3.v is h.v, h3.v == h.v)


class Plain:
    def __init__(self):
        self.items = [1, 2]
        self.name = 'p'


p = Plain()
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc.items is p.items, pd.items is p.items, vars(pd), type(pd).__name__)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 'x'


sc = copy.deepcopy(Slotted())
print(sc.a, sc.b)
print(copy.copy({1: [2]}), copy.deepcopy({'a': {1, 2}}) == {'a': {1, 2}}, copy.copy(set([1])) == {1})


class Reduced:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (Reduced, (self.x * 2,))


print(copy.copy(Reduced(3)).x, copy.deepcopy(Reduced(5)).x)
