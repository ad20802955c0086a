# operator: itemgetter/attrgetter/methodcaller (including reprs and dotted names),
# in-place functions, and the function forms of comparisons and sequence operations.
import operator as op
from collections import namedtuple

P = namedtuple('P', 'name age city')
people = [P('ann', 30, 'x'), P('bob', 25, 'y'), P('cy', 30, 'a')]
print(sorted(people, key=op.attrgetter('age', 'name')))
print(list(map(op.itemgetter(0, 2), people)), op.itemgetter(slice(1, None))('abc'), op.itemgetter('k')({'k': 1}))


class Node:
    def __init__(self, v, child=None):
        self.v, self.child = v, child


print(op.attrgetter('child.child.v')(Node(1, Node(2, Node(3)))))
print(op.methodcaller('split', ',', 1)('a,b,c'), op.methodcaller('upper')('x'))
print(repr(op.itemgetter(1)), repr(op.attrgetter('a.b')), repr(op.methodcaller('f', 1, k=2)))
lst = [1]
print(op.iadd(lst, [2]) is lst, op.iconcat(lst, [3]), op.ipow(2, 5), callable(op.imatmul))
print(op.lt(1, 2), op.ne(1, 1), op.truth([]), op.is_(None, None), op.is_not(1, None), op.contains('abc', 'b'))
print(op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.concat('a', 'b'), op.neg(5), op.pos(-1), op.inv(5), op.not_(0))
d = {}
op.setitem(d, 'a', 1)
print(d, op.getitem(d, 'a'), op.delitem(d, 'a'), d, op.length_hint([1, 2, 3]))
print(op.floordiv(7, 2), op.truediv(7, 2), op.mod(7, 3), op.lshift(1, 4), op.and_(6, 3), op.xor(6, 3), op.or_(4, 1))
for bad in (lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.concat(1, 2), lambda: op.methodcaller()):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
