# __index__: slicing, indexing, range, bin/hex/oct, sequence repetition, operator.index
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

seq = list(range(10))
print(seq[I(3)], seq[I(1):I(4)], seq[::I(3)], "abcdef"[I(2)], (1, 2, 3)[I(-1)])
print(range(I(5)), list(range(I(1), I(7), I(2))))
print(bin(I(5)), hex(I(255)), oct(I(8)))
print([0] * I(3), "ab" * I(2), I(2) * "cd")
print(int.__index__(7), (True).__index__())
l = [0, 1, 2]
l[I(0)] = "x"
del l[I(1)]
print(l)
print(round(2.567, I(2)))

class Bad:
    def __index__(self):
        return "no"
try:
    [1][Bad()]
except TypeError as e:
    print("TypeError:", e)

for bad in [1.5, "1", None]:
    try:
        [1, 2][bad]
    except TypeError as e:
        print("TypeError:", e)
    try:
        range(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    "x" * 1.0
except TypeError as e:
    print("TypeError:", e)

# __index__ is used by int() only as a fallback (3.10+: __int__ first, then __index__)
class OnlyIndex:
    def __index__(self):
        return 9
print(int(OnlyIndex()))

# bool subclass is an int index
print(["a", "b"][True])

# huge indexes
try:
    [1][2 ** 100]
except IndexError as e:
    print("IndexError:", e)
print([1, 2, 3][-2 ** 100:2 ** 100])
