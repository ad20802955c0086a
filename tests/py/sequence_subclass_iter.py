# A list or tuple subclass with its own __iter__: every consumer that CPython feeds
# through iter() (list(), tuple(), sorted(), extend, +=, slice assignment, str.join,
# star-unpacking) must call it; only exact lists and tuples are copied directly.
class L(list):
    def __iter__(self):
        return iter([9, 9])


class T(tuple):
    def __iter__(self):
        return iter("xy")


class Plain(list):
    pass


l = L([1, 2, 3])
print(list(l), tuple(l), sorted(l), [*l], dict.fromkeys(l), "".join(map(str, l)))
print(len(l), l[0], l[1:], repr(l))          # storage is still the real items
a = []
a.extend(l)
print(a, a + list(l))
b = [0]
b += l
print(b)
b[1:2] = l
print(b)
b[::2] = L([5, 6, 7])
print(b)

t = T((1, 2))
print(list(t), tuple(t), [*t], sorted(t), min(t), max(t), len(t), t[0])

# Extending a list by itself copies it once, for exact lists and subclasses alike.
s = [1, 2]
s.extend(s)
print(s)
p = Plain([1, 2])
p.extend(p)
print(p)
p += p
print(p, type(p).__name__)
q = Plain("ab")
print(list(q), tuple(q), [*q])
