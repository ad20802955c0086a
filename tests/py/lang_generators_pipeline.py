# Generator pipelines: chained generator functions, generator expressions, send-driven
# coroutines, infinite generators with islice, and itertools integration.
from itertools import islice


def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        code = line.split('#', 1)[0].rstrip()
        if code:
            yield code


def numbered(lines, start=1):
    n = start
    for line in lines:
        yield n, line
        n += 1


SRC = """x = 1  # one
# comment only
y = 2

z = x + y  # sum"""
for n, line in numbered(strip_comments(read_lines(SRC))):
    print(n, line)


def naturals():
    n = 0
    while True:
        yield n
        n += 1


squares = (n * n for n in naturals())
evens = (s for s in squares if s % 2 == 0)
print(list(islice(evens, 6)))


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count


a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
try:
    a.send(None)
except StopIteration as s:
    print('final', s.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(islice(fib(), 15)), sum(x for x in islice(fib(), 50) if x % 2 == 0))


def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, (4, 5)], 6], [[7]]])))
gen = (x for x in range(3))
print(list(gen), list(gen), type(gen).__name__, gen.__name__)


def windowed(seq, n):
    it = iter(seq)
    win = tuple(islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win


print(list(windowed(range(6), 3)), list(windowed([1], 3)))
