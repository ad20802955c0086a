# Re-entrancy torture: user callbacks (__eq__, __lt__, __hash__, key=) that mutate the very
# container being searched, sorted, probed or iterated. Each case must end in the value or
# the clean exception CPython 3.11 gives, never a crash.


def run(name, f):
    try:
        print(name, '->', repr(f()))
    except Exception as e:
        print(name, '!!', type(e).__name__, e)


# --- list.sort ---------------------------------------------------------------------------
def sort_key_clears():
    lst = list(range(10))

    def key(x):
        lst.clear()
        return x
    lst.sort(key=key)
    return lst


def sort_key_appends():
    lst = list(range(5))

    def key(x):
        lst.append(x)
        return x
    lst.sort(key=key)
    return lst


def sort_lt_mutates():
    lst = []

    class K:
        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            lst.append(1)
            lst.pop()
            return self.v < other.v

        def __repr__(self):
            return f'K({self.v})'
    lst.extend(K(v) for v in [3, 1, 2])
    lst.sort()
    return lst


def sort_lt_raises():
    class K:
        def __lt__(self, other):
            raise ZeroDivisionError('cmp')
    lst = [K(), K(), K()]
    try:
        lst.sort()
    except ZeroDivisionError:
        pass
    return len(lst)


run('sort key clears', sort_key_clears)
run('sort key appends', sort_key_appends)
run('sort __lt__ append+pop', sort_lt_mutates)
run('sort __lt__ raises', sort_lt_raises)
run('sort mixed', lambda: sorted([1, 'a']))
run('sort stable', lambda: sorted([(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')], key=lambda p: p[0]))
run('sort reverse stable', lambda: sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda p: p[0], reverse=True))


# --- __eq__ that mutates the list being searched -------------------------------------------
class PopOnEq:
    def __init__(self, target, clear=False):
        self.target = target
        self.clear = clear

    def __eq__(self, other):
        if self.clear:
            self.target.clear()
        elif self.target:
            self.target.pop()
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return 'PopOnEq()'


for op in ('index', 'remove', 'count', 'in', '=='):
    for clear in (False, True):
        lst = list(range(8))
        probe = PopOnEq(lst, clear)

        def go():
            if op == 'index':
                return lst.index(probe)
            if op == 'remove':
                return lst.remove(probe)
            if op == 'count':
                return lst.count(probe)
            if op == 'in':
                return probe in lst
            return lst == [probe] * 8
        run(f'list.{op} clear={clear}', go)
        print('  left', len(lst))

# list == list where items' __eq__ shrinks the other list
a = [PopOnEq(None) for _ in range(5)]
b = list(range(5))
for item in a:
    item.target = b
run('list == list shrinking', lambda: a == b)
run('tuple in list shrinking', lambda: (1, 2) in [PopOnEq([1])])


# --- dict: __hash__ / __eq__ that mutate the dict being probed -----------------------------
class HashInserts:
    def __init__(self, d, v):
        self.d = d
        self.v = v

    def __hash__(self):
        if len(self.d) < 50:
            self.d[len(self.d) + 1000] = 0
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, HashInserts) and self.v == other.v


def dict_hash_inserts():
    d = {}
    for i in range(5):
        d[HashInserts(d, i)] = i
    return sorted(v for k, v in d.items() if isinstance(k, HashInserts)), len(d)


run('dict __hash__ inserts', dict_hash_inserts)


class EqClears:
    def __init__(self, d, v):
        self.d = d
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        self.d.clear()
        return False


def dict_eq_clears():
    d = {}
    d[EqClears(d, 1)] = 1
    d[EqClears(d, 2)] = 2
    return len(d), EqClears(d, 3) in d


run('dict __eq__ clears', dict_eq_clears)


def dict_iter_add():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
    return d


def dict_iter_del():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
    return d


def dict_iter_same_size():
    d = {1: 1, 2: 2}
    out = []
    for k in d:
        out.append(k)
        del d[k]
        d[k + 100] = 0
    return out


run('dict iter add', dict_iter_add)
run('dict iter del', dict_iter_del)
run('dict iter same size', dict_iter_same_size)
run('dict values iter add', lambda: [d.setdefault(9, 9) for d in [{1: 1}] for _ in d.values()])


def dict_items_mutate():
    d = {i: i for i in range(5)}
    for k, v in d.items():
        d.pop(k)
    return d


run('dict items mutate', dict_items_mutate)


# --- set ops where __eq__ clears the set ----------------------------------------------------
class SetEqClears:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.s.clear()
        return False

    def __repr__(self):
        return 'SetEqClears()'


def set_eq_clears(op):
    s = set()
    s.add(SetEqClears(s))
    probe = SetEqClears(s)
    if op == 'in':
        return probe in s, len(s)
    if op == 'add':
        s.add(probe)
        return len(s)
    if op == 'discard':
        s.discard(probe)
        return len(s)
    if op == 'remove':
        s.remove(probe)
    if op == 'issubset':
        return {probe}.issubset(s)
    if op == 'intersection':
        return len(s & {probe})
    if op == 'difference':
        return len(s - {probe})


for op in ('in', 'add', 'discard', 'remove', 'issubset', 'intersection', 'difference'):
    run(f'set {op} __eq__ clears', lambda: set_eq_clears(op))


def set_iter_add():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)


def set_iter_remove_add():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
        s.add(x + 100)


run('set iter add', set_iter_add)
run('set iter remove+add', set_iter_remove_add)

# --- deque mutation during iteration --------------------------------------------------------
from collections import deque


def deque_iter(mut):
    d = deque(range(5))
    out = []
    for x in d:
        out.append(x)
        mut(d)
    return out


run('deque iter append', lambda: deque_iter(lambda d: d.append(1)))
run('deque iter appendleft', lambda: deque_iter(lambda d: d.appendleft(1)))
run('deque iter pop', lambda: deque_iter(lambda d: d.pop()))
run('deque iter clear', lambda: deque_iter(lambda d: d.clear()))
run('deque iter rotate', lambda: deque_iter(lambda d: d.rotate(1)))
run('deque iter setitem', lambda: deque_iter(lambda d: d.__setitem__(0, 9)))


class DequeEqClears:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.clear()
        return False


dq = deque(range(5))
run('deque count clears', lambda: dq.count(DequeEqClears(dq)))
dq = deque(range(5))
run('deque in clears', lambda: DequeEqClears(dq) in dq)
dq = deque(range(5))
run('deque remove clears', lambda: dq.remove(DequeEqClears(dq)))


# --- repr of self-containing containers --------------------------------------------------------
a = [1]; a.append(a); print(a)
d = {}; d['me'] = d; print(d)
t = ([],); t[0].append(t); print(t)
m = [{}]; m[0]['l'] = m; print(m)
dq = deque([1]); dq.append([dq]); print(dq)
