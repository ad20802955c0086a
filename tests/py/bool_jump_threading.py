# How many times each operand of nested `and` / `or` is tested for truth: CPython 3.11 threads
# a jump that lands on another test of the same value (`(a or b) and c` tests a once), but
# only within one line. Random nested expressions, some split over lines, in value, `if` and
# comprehension-condition contexts, compiled with compile() and run; the log of __bool__
# calls must be CPython's.
import random

log = []


class T:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        log.append(self.name)
        return self.truth

    def __repr__(self):
        return self.name


names = ['a', 'b', 'c', 'd']


def gen(rng, depth):
    if depth == 0 or rng.random() < 0.3:
        n = rng.choice(names)
        return rng.choice([n, n, 'not ' + n, '(%s is None)' % n, '(%s is not None)' % n])
    op = rng.choice([' and ', ' or '])
    parts = [gen(rng, depth - 1) for _ in range(rng.randint(2, 3))]
    out = parts[0]
    for p in parts[1:]:
        out += (op.rstrip() + '\n     ' + ' ' if rng.random() < 0.3 else op) + p
    return '(' + out + ')'


rng = random.Random(2026)
env = {'log': log, 'a': T('a', True), 'b': T('b', False), 'c': T('c', True), 'd': None}
for i in range(150):
    e = gen(rng, 3)
    src = ('r = %s\nprint(%d, r, log); log.clear()\n'
           'if %s:\n    print("T", log)\nelse:\n    print("F", log)\nlog.clear()\n'
           'print([1 for _ in "x" if %s], log); log.clear()\n') % (e, i, e, e.replace('\n', ' '))
    exec(compile(src, 'gen%d' % i, 'exec'), env)
