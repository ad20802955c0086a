# __eq__ without __hash__ makes a class unhashable; explicit __hash__ restores it.
class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError:', e)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError:', e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print('TypeError:', e)


class EqAndHash:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, EqAndHash) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}), EqAndHash(3) in {EqAndHash(3)})


class Child(EqAndHash):
    def __eq__(self, other):
        return False


print(Child.__hash__)


class Child2(EqAndHash):
    pass


print(hash(Child2(5)) == hash(5))


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print('TypeError:', e)
import collections
print(isinstance(EqOnly(), object), hash(object()) == hash(object()) or True)


class BadHash:
    def __hash__(self):
        return 'x'


try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))
for v in ([], {}, set(), bytearray(), slice(1)):
    try:
        hash(v)
    except TypeError as e:
        print('TypeError:', e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1})) == hash(frozenset([1])))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
