# `and` / `or` as values (JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP), chained comparisons, and
# `x is None` / `x is not None` as tests (one jump on None): results, evaluation order, which
# operands are tested for truth, and errors raised by __bool__ / __len__ with their lines.
import traceback

log = []


class T:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        log.append(self.name)
        return self.truth

    def __repr__(self):
        return self.name


def show(label, value):
    print(label, repr(value), log[:])
    log.clear()


a, b, c = T('a', True), T('b', False), T('c', True)
show('a and b', a and b)
show('b and a', b and a)
show('a or b', a or b)
show('b or c', b or c)
show('a and c and b', a and c and b)
show('b or b or c', b or b or c)
show('a and b or c', a and b or c)
show('(a or b) and (b or c)', (a or b) and (b or c))
show('nested', [x and y or 'z' for x in (a, b) for y in (b, c)])

for v in (0, 1, -1, 0.0, 2.5, '', 'x', [], [0], (), {}, {1: 2}, None, True, False, 10**30, 0j):
    print(repr(v), repr(v and 'yes'), repr(v or 'no'), repr(not v and 1), repr(v or v or 7))


class OnlyLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        log.append('len%d' % self.n)
        return self.n


show("len", type((OnlyLen(0) or OnlyLen(2)) and OnlyLen(3)).__name__)


class BadBool:
    def __bool__(self):
        raise ValueError('bad bool')


class WrongBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


for make in (lambda: BadBool() and 1,
             lambda: 0 or BadBool() or 1,
             lambda: 1 and WrongBool() and 2,
             lambda: BadLen() or 3,
             lambda: (0 or
                      BadBool() and
                      2)):
    try:
        make()
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, e, [fr.lineno for fr in tb])

# The last operand is never tested for truth.
show('last untested', 0 or BadBool().__class__.__name__)
r = 1 and BadBool()
print(type(r).__name__)


# Chained comparisons whose results are not bools.
class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        res = T('lt%s' % self.v, self.v < other.v)
        return res


x1, x2, x3 = Cmp(1), Cmp(2), Cmp(3)
show('chain', x1 < x2 < x3)
show('chain false', x2 < x1 < x3)
show('chain ints', 1 < 2 < 3 < 2)
show('chain mixed', 1 < 2.5 <= 2.5 < 'a' if False else 0 < 1 == 1.0 != 2)
try:
    1 < 2 < 'x'
except TypeError as e:
    print('TypeError', e)


# `is None` tests.
def classify(v):
    out = []
    if v is None:
        out.append('is')
    if v is not None:
        out.append('is not')
    if not (v is None):
        out.append('not is')
    if not v is not None:
        out.append('not is not')
    out.append('ternary-' + ('none' if v is None else 'some'))
    out.append([w for w in (v, None, 0) if w is not None])
    out.append(v is None and 'A' or 'B')
    out.append(v is not None or 'C')
    return out


for v in (None, 0, False, '', T('t', False)):
    print(repr(v), classify(v))
    log.clear()


def calls():
    seen = []

    def f(x):
        seen.append(x)
        return x
    if f(None) is None and f(1) is not None:
        seen.append('both')
    while f(None) is not None:
        seen.append('never')
    n = 0
    p = [1, [2, [3, None]]]
    while p is not None:
        n += p[0]
        p = p[1]
    assert f(2) is not None, 'message'
    try:
        assert f(None) is not None, 'was None'
    except AssertionError as e:
        seen.append(str(e))
    seen.append(n)
    return seen


print(calls())
print(None is None, None is not None, (lambda: None)() is None)
if None is None:
    print('None is None')
