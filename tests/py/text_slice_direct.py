# s[a:b] on an exact str runs without a slice object (BUILD_SLICE + BINARY_SUBSCR fused,
# objects/slice_fast.h); every other shape takes the generic path. Same results as CPython.
import sys

w = "h\xe9llo w\u00f6rld \U0001f600!"
a = "alpha"
bounds = [None, 0, 1, 2, 3, -1, -2, -5, -6, 5, 6, 100, -100, sys.maxsize, -sys.maxsize - 1,
          2**62, -2**62, 2**63, -2**64, 2**100, True, False]
out = []
for s in (a, w, "", "x"):
    for i in bounds:
        for j in bounds:
            out.append(s[i:j])
            out.append(s[i:])
            out.append(s[:j])
print(len(out), sum(len(x) for x in out), hash(tuple(out)) == hash(tuple(out)))
print(out[:40])
print(a[:], a[:] is a, a[0:5] is a, a[None:None] is a, a[-100:100] is a)
print(repr(a[3:1]), a[3:1] == "", repr(a[2:2]))

# steps, explicit slices and index objects: the generic path
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(a[::2], a[1:4:1], a[::-1], a[4:0:-2], a[Idx(1):Idx(3)], a[slice(1, 3)], a[1.0:2] if False else "-")
for bad in ((1.5, 2), ("1", 2), (1, []), (None, 1.0)):
    try:
        a[bad[0]:bad[1]]
    except TypeError as e:
        print("TypeError", e)

# str subclasses: their own __getitem__, or str's
class S(str):
    pass
class G(str):
    def __getitem__(self, k):
        return ("G", k)
print(type(S("alpha")[1:3]).__name__, S("alpha")[1:3], G("alpha")[1:3], G("alpha")[1:])

# other containers at the same site
def cut(x, i, j):
    return x[i:j]
for x in ("alpha", S("beta"), G("gamma"), [1, 2, 3, 4], (1, 2, 3, 4), b"bytes", bytearray(b"ba"), range(10), memoryview(b"mv")):
    r = cut(x, 1, 3)
    print(type(r).__name__, r.tobytes() if isinstance(r, memoryview) else r)
for x in (5, None, {1: 2}):
    try:
        cut(x, 1, 2)
    except TypeError as e:
        print("TypeError", e)
try:
    cut({}, 1, 2)
except TypeError as e:
    print("TypeError", e)

# a mapping keyed by slices sees the slice
class M(dict):
    pass
print(cut({slice(1, 2): "found"}, 1, 2) if sys.version_info >= (3, 12) else "skip")

# mutation between slices: strs are immutable, the local is rebound
s = "abcdef"
parts = []
for k in range(6):
    parts.append(s[k:k + 2])
    s = s + str(k)
print(parts, s)

# the bounds' evaluation order and errors inside them
def boom():
    raise ValueError("bound")
try:
    a[1:boom()]
except ValueError as e:
    print("ValueError", e)
