# Star expressions in return/yield/for/subscripts, tuple packing without parentheses,
# swapping, nested targets, and unpacking from iterators and generators.
def pair():
    rest = [3, 4]
    return 1, 2, *rest


def gen():
    yield *'ab', 'c'


print(pair(), list(gen()))
a = b = c = 0
a, b = b, a
x, (y, z) = 1, (2, 3)
first, *mid, last = range(6)
print(a, b, x, y, z, first, mid, last)
for i, (j, *k) in enumerate([(1, 2, 3), (4,)]):
    print(i, j, k)
d = {}
d['a'], d['b'] = 'AB'
obj = type('O', (), {})()
obj.p, obj.q = (n * 2 for n in (5, 6))
print(d, obj.p, obj.q)
t = 1,
u = ()
v = *t, *u, 2
print(t, u, v, type(v).__name__)
head, *tail = iter([1, 2, 3])
print(head, tail)
m = [[1, 2], [3, 4]]
(p, q), (r, s) = m
print(p, q, r, s)
it = iter('xyz')
one, two, three = it
print(one + two + three)
print(*[1, 2], *'ab', sep='|')
print(dict(zip(*[('a', 1), ('b', 2)])), [*map(str.upper, 'hi')], {*'aa', *'b'} == {'a', 'b'})
try:
    a, b = {'k': 1}
except ValueError as e:
    print('ValueError:', e)
try:
    (*only,) = 5
except TypeError as e:
    print('TypeError:', e)
