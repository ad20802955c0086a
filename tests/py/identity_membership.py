# is / is not / in / not in across types.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, True is not False)
print(1 in [1, 2], 3 in (1, 2), "k" in {"k": 0}, 0 in {"k": 0}, 2 in {1, 2}, "b" in "abc")
print(1.0 in [1], True in [1], [1] in [[1]], (1,) in [(1,)], "" in "")
print(2 in range(0, 10, 2), 3 in range(0, 10, 2), -1 in range(5))
class Thing:
    pass
t = Thing()
things = [Thing(), t]
print(t in things, Thing() in things)
s = "hello"
print(s is s, s[:] == s, "ell" in s, "ELL" in s, "ell" not in s)
