# iter(callable, sentinel), callable(), zip(strict=), map/filter with several iterables,
# enumerate(start=), reversed(), sorted() stability, id/hash identity rules.
import functools
counter = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(counter), 0)))
print(callable(len), callable(1), callable(lambda: 0), callable(type), callable(callable))


class WithCall:
    def __call__(self):
        return 'called'


print(callable(WithCall()), WithCall()())
print(list(zip('ab', [1, 2], strict=True)), list(zip()), list(zip('abc', range(2))))
for args in (('ab', [1]), ('a', [1, 2]), ('ab', 'cd', 'e')):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print('ValueError:', e)
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')))
print(list(filter(None, [0, 1, '', 'x', [], [0]])), list(filter(lambda v: v % 2, range(6))))
print(list(enumerate('ab', start=5)), list(enumerate([], 3)), list(reversed(range(3))), list(reversed('abc')))
data = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([3, 1], lambda a: a)
except TypeError as e:
    print('TypeError:', e)
a = object()
print(id(a) == id(a), a is a, hash(a) == hash(a))
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5, 0)
except TypeError as e:
    print('TypeError:', e)
try:
    next([])
except TypeError as e:
    print('TypeError:', e)
print(next(iter([]), 'default'), list(iter([1, 2].__iter__())))
it = iter(range(3))
print(it.__length_hint__(), len(list(it)))
print(functools.reduce(lambda x, y: x * y, range(1, 6)))
print(ascii('é\n'), repr('é'), ord('€'), chr(8364), format(ord('A'), 'b'))
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance([], (tuple, (list,))))
