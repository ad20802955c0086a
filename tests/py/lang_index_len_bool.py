# __index__, __len__ and __bool__ contracts and their errors.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print([10, 20, 30][Idx(1)], 'abcdef'[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3))[-1])
print(list(range(10))[::Idx(3)], Idx(2).__index__(), (1, 2, 3)[Idx(-1)], 'ab' * Idx(2))


class BadIdx:
    def __index__(self):
        return 'x'


for action in (lambda: [1][BadIdx()], lambda: bin(BadIdx())):
    try:
        action()
    except TypeError as e:
        print('TypeError:', e)
key = 'a'
try:
    [1, 2][key]
except TypeError as e:
    print('TypeError:', e)


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(L(3)), bool(L(0)), bool(L(2)))
for n in (-1, 'x', 2 ** 64, 1.5):
    try:
        len(L(n))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


print(bool(B(True)), not B(False), 'yes' if B(True) else 'no')
for v in (1, None, 'true'):
    try:
        bool(B(v))
    except TypeError as e:
        print('TypeError:', e)


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


print(bool(Both()))


class NoBoolNoLen:
    pass


print(bool(NoBoolNoLen()))
try:
    len(NoBoolNoLen())
except TypeError as e:
    print('TypeError:', e)
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
import operator
print(operator.index(Idx(7)), operator.length_hint([1, 2]), operator.length_hint(iter([]), 5))
