# list methods at their edges: insert/pop indices, remove/index errors, index ranges,
# sort with key/reverse stability, slice assignment of different lengths, repetition aliasing.
a = [1, 2, 3]
a.insert(-1, 'x')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print([1, 2, 1, 2].index(2, 2), [1, 2, 3].index(3, -1), [5].count(5), [[1]].count([1]))
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1, 2].index(2, 0, 1), lambda: [].index(0)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ':', e)
b = list(range(10))
b[2:5] = ['a']
b[-2:] = []
b[:0] = [-1, -2]
print(b)
b[::2] = 'XYZWV'[:len(b[::2])]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested, [[0] * 2 for _ in range(2)])
people = [('bob', 30), ('amy', 25), ('cat', 30), ('dan', 25)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: p[1], reverse=True))
c = [3, 1, 2]
c.sort(reverse=True)
print(c, c.copy() is not c, c * 0, [None] * 3, c + [], c.reverse(), c)
c.extend(range(2))
c += 'ab'
print(c, len(c), c.clear(), c)
try:
    [1, 2].sort(key=lambda v: 'a' if v == 1 else 1)
except TypeError as e:
    print('TypeError:', e)
lst = [1, 2, 3]
print(lst == [1, 2, 3], lst < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], lst[::-1], lst[-5:5], lst[5:])
del lst[:]
print(lst, list('ab') * 2, [*range(3)] * 2)
