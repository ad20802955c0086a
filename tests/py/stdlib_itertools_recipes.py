# itertools recipes built from the primitives: grouper, windows, flatten, unique_everseen,
# powerset, roundrobin, partition, running totals.
from itertools import (islice, zip_longest, chain, combinations, cycle, tee, filterfalse, accumulate,
                       groupby, count, repeat, starmap, product, permutations, combinations_with_replacement)


def grouper(iterable, n, fill=None):
    return zip_longest(*[iter(iterable)] * n, fillvalue=fill)


def sliding(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        next(islice(it, i, i), None)
        for _ in range(i):
            next(it, None)
    return zip(*its)


def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for e in iterable:
        k = e if key is None else key(e)
        if k not in seen:
            seen.add(k)
            yield e


def roundrobin(*iterables):
    nexts = cycle(iter(it).__next__ for it in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))


print(list(grouper('ABCDEFG', 3, 'x')), list(sliding(range(6), 3)))
print(list(powerset('abc')), list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(roundrobin('ABC', 'D', 'EF')), partition(lambda x: x % 2, range(10)))
print(list(accumulate(range(1, 6), lambda a, b: a * b)), list(islice(count(0, 0.25), 5)))
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))], list(starmap(max, [(1, 5), (7, 2)])))
print(len(list(product(range(3), repeat=3))), list(permutations('abc', 2))[:4], list(combinations_with_replacement('ab', 2)))
print(list(islice(repeat('z'), 3)), list(chain(*[[1], [2, 3]])), next(islice(count(10), 5, None)))
print(sum(1 for _ in combinations(range(20), 3)), list(zip(count(), 'xy')))
