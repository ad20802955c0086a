# Old-style sequence protocol: iteration, `in` and reversed() through __getitem__/__len__.
class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


s = Seq(5)
print(list(s), 9 in s, 10 in s, sorted(s, reverse=True))
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it))
a, b, *rest = Seq(4)
print(a, b, rest)
print(max(Seq(6)), sum(Seq(3)), tuple(zip(Seq(3), 'abc')))


class WithLen(Seq):
    def __len__(self):
        return self.n


print(list(reversed(WithLen(4))), len(WithLen(4)))

try:
    reversed(Seq(3))
except TypeError as e:
    print('TypeError:', e)


class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErr())
except KeyError as e:
    print('KeyError', e)


class StopAt:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return i


print(list(StopAt()))


class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NoIter())
except TypeError as e:
    print('TypeError:', e)


class Contains:
    def __contains__(self, x):
        return x == 'yes'


print('yes' in Contains(), 'no' in Contains(), 'no' not in Contains())


class BadContains:
    def __contains__(self, x):
        return [1]


print(3 in BadContains())

try:
    1 in 5
except TypeError as e:
    print('TypeError:', e)


class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])


print(2 in IterOnly(), 7 in IterOnly())


class NotIterator:
    def __iter__(self):
        return 5


try:
    for x in NotIterator():
        pass
except TypeError as e:
    print('TypeError:', e)
