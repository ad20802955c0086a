# copy: copy/deepcopy of built-in containers and instances, memo, cycles, hooks.
import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c == a, c[1] is a[1], c[2]['k'] is a[2]['k'])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1])
t2 = (1, 'x', (2, 3)); print(copy.deepcopy(t2) is t2)
s = {1, 2, (3, 4)}; print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s)
f = frozenset([1, 2]); print(copy.copy(f) is f)
d = {'a': [1], 'b': {'c': 2}}; d2 = copy.deepcopy(d); d2['a'].append(9); print(d, d2)
for atom in (1, 2.5, 'str', b'b', None, True, range(3), len, int):
    print(copy.copy(atom) is atom, copy.deepcopy(atom) is atom)

# cycles and shared references
x = [1]; x.append(x)
y = copy.deepcopy(x); print(y[1] is y, y is not x, len(y))
shared = [0]; outer = [shared, shared]
o2 = copy.deepcopy(outer); print(o2[0] is o2[1], o2[0] is not shared)
dd = {}; dd['self'] = dd; dd2 = copy.deepcopy(dd); print(dd2['self'] is dd2)


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

    def __repr__(self):
        return f'Node({self.value}, {self.children})'


n = Node(1); n.children.append(Node(2)); n.children.append(n)
m = copy.deepcopy(n)
print(m.value, m.children[0].value, m.children[1] is m, m is not n, m.children[0] is not n.children[0])
sc = copy.copy(n); print(sc.children is n.children, sc is not n, type(sc).__name__)


class Hooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Hooks(self.v)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Hooks(copy.deepcopy(self.v, memo))


h = Hooks([1]); h1 = copy.copy(h); h2 = copy.deepcopy(h)
print(h1.v is h.v, h2.v is h.v, h2.v)


class State:
    def __init__(self):
        self.a = 1
        self.b = [2]

    def __getstate__(self):
        return {'a': self.a * 10, 'b': self.b}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


st = copy.deepcopy(State()); print(st.a, st.b, st.restored)


class Slotted:
    __slots__ = ('p', 'q')

    def __init__(self):
        self.p = 1
        self.q = [2]


sl = copy.deepcopy(Slotted()); print(sl.p, sl.q)

memo = {}
lst = [1, 2]
r1 = copy.deepcopy(lst, memo); r2 = copy.deepcopy(lst, memo); print(r1 is r2, id(lst) in memo)
print(copy.Error, issubclass(copy.Error, Exception), copy.error is copy.Error)
print(copy.copy(bytearray(b'ab')), copy.deepcopy([bytearray(b'x')]))


class L(list):
    pass


l = L([1, [2]]); l.attr = 'a'
l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2[1] is l[1], l2.attr)
l3 = copy.copy(l); print(type(l3).__name__, l3, l3[1] is l[1])
