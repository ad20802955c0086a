# UNPACK_SEQUENCE: exact tuples of the right size take the loop's fast path; everything
# else (subclasses with their own __iter__, lists, wrong sizes, iterators) the general one.
def pairs(n):
    out = []
    for i in range(n):
        a, b = (i, -i)
        x, y, z = (a, (b, a), "s")
        out.append((a + b, y[0], z))
    return out


print(pairs(4))


class Odd(tuple):
    def __iter__(self):
        return iter(("from", "iter"))


a, b = Odd((1, 2))
print(a, b)
(c,) = Odd((9,)) if False else (7,)
print(c)

for bad in [(1, 2, 3), (1,), (), [1, 2, 3], "abc"]:
    try:
        p, q = bad
        print("ok", p, q)
    except ValueError as e:
        print(type(e).__name__, e)

p, q = [5, 6]
print(p, q)
p, q = iter((7, 8))
print(p, q)
t = (1, [2, 3])
m, (n, o) = t
print(m, n, o)
# The tuple's items stay alive after the tuple goes: the stack holds its own references.
def make():
    return (["left"], ["right"])
l, r = make()
l.append(1)
print(l, r)
