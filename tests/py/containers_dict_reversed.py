# reversed() over dicts and their views: the dict_reverse*iterator types, their order,
# __length_hint__, and the RuntimeErrors raised when the dict changes under them.
d = {'a': 1, 'b': 2, 'c': 3}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items()),
           iter(d), iter(d.values()), iter(d.items())):
    print(type(it).__name__, list(it))

print(type(d.__reversed__()).__name__, type(d.keys().__reversed__()).__name__)
print(type(reversed(d)) is type(reversed(d.keys())))
print(type(reversed(d)) is type(iter(d)))
print(type(reversed({}.items())).__name__, list(reversed({}.items())))

# __length_hint__ counts down, and is 0 once the dict changed size or the iterator ended
it = reversed(d.items())
print(it.__length_hint__())
print(next(it), it.__length_hint__())
print(next(it), next(it), it.__length_hint__())
print(next(it, 'end'), it.__length_hint__())

# size change during iteration: sticky RuntimeError
for make in (lambda x: reversed(x), lambda x: reversed(x.values()), lambda x: reversed(x.items())):
    e = {1: 1, 2: 2, 3: 3}
    it = make(e)
    print(next(it))
    e[4] = 4
    print(it.__length_hint__())
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as exc:
            print('RuntimeError', exc)
    del e[4]
    try:
        next(it)
    except RuntimeError as exc:
        print('still', exc)

# same size, different keys: reverse iterators keep walking back (entries added later are not seen)
e = {1: 1, 2: 2, 3: 3}
it = reversed(e)
print(next(it))
del e[3]
e[5] = 5
print(list(it))
e = {1: 1, 2: 2, 3: 3}
it = reversed(e)
del e[1]
e[6] = 6
print(list(it))

# forward iterators raise "keys changed" in the same situation
e = {1: 1, 2: 2}
it = iter(e)
print(next(it))
del e[1]
e[7] = 7
try:
    print(list(it))
except RuntimeError as exc:
    print('RuntimeError', exc)

# deleting and re-adding the key being visited
e = dict.fromkeys(range(5))
out = []
for k in reversed(e):
    out.append(k)
    if k == 3:
        e[3] = 'x'
print(out, e[3])

# iterators are iterable, not reusable, and keep the dict alive
it = reversed({'x': 1, 'y': 2}.items())
print(iter(it) is it, list(it), list(it))

# a cycle through a reverse iterator is collected
import gc
class Holder:
    pass
h = Holder()
h.d = {'self': h}
h.it = reversed(h.d.values())
import weakref
r = weakref.ref(h)
del h
gc.collect()
print(r() is None)

# reversed() of a dict subclass uses its __reversed__
class D(dict):
    def __reversed__(self):
        return iter(['custom'])
print(list(reversed(D(a=1))), type(dict.__reversed__(D(a=1, b=2))).__name__)
print(list(dict.__reversed__(D(a=1, b=2))))

# bad input
for bad in (lambda: dict.__reversed__([]), lambda: dict.__reversed__({}, 1),
            lambda: reversed(d).__length_hint__(1), lambda: type(reversed(d))(),
            lambda: d.keys().__reversed__(1)):
    try:
        bad()
    except TypeError as exc:
        print('TypeError', exc)
