# truth value testing: __bool__, __len__, defaults, and the errors
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__")
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), bool(Neither()))
print("yes" if L(2) else "no")
print(not B(False))
print(B(True) and "and-result")
print(L(0) or "or-result")
x = [v for v in (L(0), L(1)) if v]
print(len(x))

for bad in [B(1), B(None), B("x")]:
    try:
        bool(bad)
    except TypeError as e:
        print("TypeError:", e)

class NegLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2 ** 70
class StrLen:
    def __len__(self):
        return "3"
for obj in [NegLen(), BigLen(), StrLen()]:
    try:
        bool(obj)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
    try:
        len(obj)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# while with a __bool__ object
class Countdown:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        self.n -= 1
        return self.n >= 0
c = Countdown(3)
steps = 0
while c:
    steps += 1
print("steps", steps)

# builtin truthiness
print([bool(v) for v in [0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, 1, "a", [0]]])
# __bool__ = None makes an object unusable as a bool
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print("TypeError:", e)
