# `for x in <range or list>:` inside functions, where the loop stores each item straight into
# the local: values, rebinding and deleting the loop variable, the old value's __del__ running
# at the store, lists mutated while iterated, big and negative ranges, break/else, nested loops,
# closures over the loop variable, errors raised in the body (traceback lines).
import sys
import traceback


class Noisy:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __del__(self):
        self.log.append('del ' + self.name)


def ranges():
    out = []
    for i in range(5):
        out.append(i)
    for i in range(10, 0, -3):
        out.append(i)
    for i in range(2**62 - 2, 2**62 + 2):
        out.append(i)
    for i in range(-2**63 - 1, -2**63 + 2):
        out.append(i)
    for i in range(0):
        out.append('never')
    return out, i


def lists():
    log = []
    items = [Noisy('a', log), Noisy('b', log), Noisy('c', log)]
    for it in items:
        log.append('see ' + it.name)
    items = None
    log.append('after')
    del it
    return log


def mutate():
    out = []
    lst = [1, 2, 3]
    for v in lst:
        out.append(v)
        if v == 1:
            lst.append(4)
        if v == 3:
            lst.remove(2)
    lst2 = [1, 2, 3, 4, 5]
    for v in lst2:
        out.append(v)
        lst2.pop(0)
    return out


def rebind_and_delete():
    out = []
    for x in range(4):
        out.append(x)
        x = 'rebound'
        out.append(x)
        if x:
            del x
    try:
        print(x)
    except UnboundLocalError as e:
        out.append(type(e).__name__)
    return out


def break_else():
    out = []
    for i in [1, 2, 3]:
        if i == 2:
            break
    else:
        out.append('no break')
    out.append(i)
    for i in range(3):
        pass
    else:
        out.append('else %d' % i)
    return out


def nested():
    return [(i, j) for i in range(3) for j in [10, 20] if i != j]


def closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    gs = []
    for s in ['x', 'y']:
        def g(s=s):
            return s
        gs.append(g)
    return [f() for f in fs], [g() for g in gs]


def raises():
    for i in range(3):
        if i == 2:
            return 10 // (i - 2)


def tuple_targets():
    out = []
    for a, b in [(1, 2), (3, 4)]:
        out.append(a + b)
    for (a, *rest) in [[1, 2, 3]]:
        out.append(rest)
    return out


print(ranges())
print(lists())
print(mutate())
print(rebind_and_delete())
print(break_else())
print(nested())
print(closures())
print(tuple_targets())
try:
    raises()
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(fr.name, fr.lineno) for fr in tb])


class L(list):
    def __iter__(self):
        return iter([7, 8])


def subclass():
    return [v for v in L([1, 2])], [v for v in list(L([1, 2]))]


print(subclass())
