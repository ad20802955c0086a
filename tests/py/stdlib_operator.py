import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(1, 2), operator.sub(5, 3), operator.mul(3, 4), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 4), operator.rshift(32, 2), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.abs(-3))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print("ValueError:", e)
d = {"a": 1}
operator.setitem(d, "b", 2)
print(operator.getitem(d, "b"), d)
operator.delitem(d, "a")
print(d)
print(operator.index(7))
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError:", e)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2])), operator.length_hint(object(), 7))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.iadd(1, 2), operator.imul("ab", 2), operator.isub(5, 1), operator.ior(1, 2))
print(operator.__add__(1, 1), operator.__mul__(2, 3))

g = itemgetter(1)
print(g([10, 20, 30]), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}))
print(repr(g), repr(itemgetter(0, "a")))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=itemgetter(1)))

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
p = P("ann", P("bob"))
print(attrgetter("name")(p), attrgetter("child.name")(p), attrgetter("name", "child.name")(p))
print(repr(attrgetter("name")), repr(attrgetter("a", "b.c")))
m = methodcaller("greet", "hi", punct="?")
print(m(p), repr(m), methodcaller("upper")("abc"))
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
print(operator.call(max, 1, 5, 3))
