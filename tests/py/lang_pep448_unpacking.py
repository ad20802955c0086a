# PEP 448: unpacking in calls, list/tuple/set/dict displays; star assignment targets.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())


print(f(*[1, 2], 3, *(4,), *range(2)))
print(f(**{'a': 1}, b=2, **{'c': 3}))
print(f(*'ab', *{}, **{}))
print([*range(3), *'xy', 9], (*[1], *[2, 3]), {*[1, 1], *(2,)} == {1, 2})
print({**{'a': 1, 'b': 2}, 'b': 3, **{'c': 4}})
print([*[]], (*(),), {**{}})
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError:', e)
try:
    f(*5)
except TypeError as e:
    print('TypeError:', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError:', e)
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError:', e)

a, *b = [1, 2, 3]
*c, d = 'xyz'
e, *f_, g = range(5)
(h, *i), j = [1, 2, 3], 4
print(a, b, c, d, e, f_, g, h, i, j)
[k, [l, *m]] = (1, (2, 3, 4))
print(k, l, m)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
*all_, = 'ab'
print(all_)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    x, y, z = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    x, *y, z = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    x, y = 5
except TypeError as e:
    print('TypeError:', e)


class D(dict):
    def keys(self):
        return ['only']

    def __getitem__(self, k):
        return 'custom-' + k


print(f(**D(a=1)))


class Mapping:
    def keys(self):
        return ['p', 'q']

    def __getitem__(self, k):
        return k.upper()


print(f(**Mapping()), {**Mapping()})
