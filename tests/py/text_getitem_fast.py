# str(x) and str indexing/slicing fast paths (objects/str_object.cpp str_getitem, type_call's
# exact-str result): small-int indexes, slices of small ints / None / big ints / __index__,
# str subclasses, and str() of objects whose __str__ returns a subclass or a non-str.
# The str(Z()) case comes first: CPython 3.11's specialized str(x) call (once the module is
# quickened by its loops) skips the subclass's __init__, the generic call runs it.
class SS(str):
    def __init__(self, *a):
        print("SS init", len(a))
class Z:
    def __str__(self): return SS("z")
r = str(Z())
print(type(r).__name__, r)
w = "hello world"
u = "h\u00e9llo \u65e5\u672c\U0001f600"
for s in (w, u, ""):
    n = len(s)
    for a in (None, -100, -12, -11, -3, -1, 0, 1, 3, 11, 12, 100, 2**62, -2**62, 2**70, -2**70):
        for b in (None, -100, -12, -3, -1, 0, 2, 5, 11, 100, 2**62, -2**62, 2**70):
            r = s[a:b]
            print(repr(r), type(r).__name__, end=" ")
        print()
    for i in (-12, -11, -1, 0, 1, 10, 11, 2**62, -2**62, 2**70, True, False):
        try:
            print(repr(s[i]))
        except IndexError as e:
            print("IndexError", e)
print(w[1:3], w[::2], w[1:5:1], w[5:1], w[True:3])
class I:
    def __index__(self): return 2
print(w[I():I()], w[I()], w[:I()])
class S(str):
    def __getitem__(self, k):
        return "over"
print(S("abc")[1], S("abc")[0:2], str.__getitem__(S("abcd"), slice(1, 3)), type(str.__getitem__(S("abcd"), slice(None, None))).__name__)
print(type(S("abc")[:]).__name__ if not isinstance(S("x")[0], S) else "")
class T(str): pass
t = T("abcdef")
print(type(t[:]).__name__, type(t[0:6]).__name__, type(t[1:2]).__name__, type(t[0]).__name__)
try:
    w["x"]
except TypeError as e:
    print(e)
try:
    w[1.0:2]
except TypeError as e:
    print(e)
class X:
    def __str__(self): return "x!"
class Y:
    def __str__(self): return 5
print(str(X()), str(5), str(-7), str("q"), repr(str(T("sub"))), type(str(T("sub"))).__name__, str(), str(b"ab", "ascii"))
try:
    str(Y())
except TypeError as e:
    print(e)
print(type(T(5)).__name__, T(5), type(str(T(5))).__name__)
# the result of w[a:b] is a new str (or w itself, whole and exact), never shared wrongly
w = "abcdef"
x = w[:]
y = w[0:6]
z = w[0:3]
z += "X"
print(w, x is w, y is w, z, w[-1], w[-6], w[5])
