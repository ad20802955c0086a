# graphlib.TopologicalSorter: static_order, the get_ready/done protocol, is_active/bool,
# the ValueErrors for misuse, and CycleError with the cycle CPython reports.
from graphlib import TopologicalSorter, CycleError


def show(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        return '%s: %s %r' % (type(e).__name__, e, e.args)
    return repr(r)


graphs = [
    {},
    {'a': []},
    {'d': ['b', 'c'], 'c': ['a'], 'b': ['a']},
    {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]},
    {'x': ['y', 'y'], 'y': []},
    {'a': ['a']},
    {'a': ['b'], 'b': ['a']},
    {'a': ['b'], 'b': ['c'], 'c': ['d'], 'd': ['b']},
    {1: [2], 2: [3], 3: [4], 4: [], 5: [6], 6: [7], 7: [5]},
    {'p': ['q', 'r'], 'q': ['s'], 'r': ['s'], 's': ['r']},
    {(1, 2): [(3,)], (3,): [frozenset()], frozenset(): []},
]
for g in graphs:
    print(g)
    print('  static_order:', show(lambda: list(TopologicalSorter(g).static_order())))

ts = TopologicalSorter()
ts.add('build', 'compile', 'link')
ts.add('link', 'compile')
ts.add('test', 'build')
ts.add('compile')
print(show(ts.get_ready), show(ts.done, 'x'), show(ts.is_active), show(bool, ts))
ts.prepare()
print(show(ts.prepare), show(ts.add, 'late'))
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    print('ready', ready, bool(ts))
    print(show(ts.done, 'nope'), show(ts.done, 'test') if 'test' not in ready else '')
    ts.done(*ready)
    print(show(ts.done, ready[0]) if ready else '')
print(rounds, ts.is_active(), ts.get_ready())

ts = TopologicalSorter({'b': ['a'], 'c': ['a']})
ts.prepare()
print(ts.get_ready(), ts.get_ready(), ts.is_active())
ts.done('a')
print(ts.get_ready())
ts.done('c')
print(ts.is_active(), show(ts.done, 'c'))
ts.done('b')
print(ts.is_active())

try:
    TopologicalSorter({'a': ['b'], 'b': ['c'], 'c': ['a']}).prepare()
except CycleError as e:
    print('CycleError', e.args[0], e.args[1], isinstance(e, ValueError))
print(TopologicalSorter[int], CycleError.__mro__[1].__name__)
