# hash: equal values hash equal; unhashable types raise. id: identity only.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0))
print(hash(5), hash(-3), hash(0), hash(12345))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(None) == hash(None))
print(hash((1, 2)) == hash((1, 2)), hash(2.5) == hash(2.5))
for bad in [[1], {"a": 1}, {1}]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
x = None
print(id(x) == id(None), id(True) == id(1 == 1))
class K:
    pass
k = K()
print(id(k) == id(k), hash(k) == hash(k), type(hash(k)).__name__, type(id(k)).__name__)
d = {k: "stored"}
print(d[k])
