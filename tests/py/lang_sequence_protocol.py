# user sequences: __len__, __getitem__ with slices, __setitem__/__delitem__, negative indexes
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        print("getitem", key)
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.data[key]
    def __repr__(self):
        return f"Seq({self.data})"

s = Seq("abcdef")
print(s[0], s[-1], s[1:3], s[::2], s[1:5:2])
s[0] = "z"
s[1:3] = ["y"]
del s[0]
del s[::2]
print(s, len(s))
print(s[1, 2] if False else "tuple keys are passed as tuples")
s2 = Seq([1, 2, 3])
print(list(s2))
print(sorted(Seq([3, 1, 2])), "b" in Seq("abc"))

class Mapping:
    def __getitem__(self, key):
        return f"value for {key!r}"
m = Mapping()
print(m["a"], m[1, 2], m[1:2], m[...], m[:, 1])

# slice objects
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print("abcdef"[slice(None, None, -1)], [1, 2, 3][slice(1, None)])
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError:", e)

# not subscriptable
five, nothing = 5, None
for expr in ["five[0]", "nothing[0]", "len[0]"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
try:
    (1).x = 5
except AttributeError as e:
    print("AttributeError:", e)
