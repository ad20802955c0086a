# Augmented assignment on names, items and attributes.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 4; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 5; print(x)
y = 7
y /= 2; print(y)
s = "ab"
s *= 3; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"k": 1}
d["k"] += 10
print(d)
class C:
    pass
c = C()
c.n = 1
c.n += 41
print(c.n)
m = [[0, 0], [0, 0]]
m[1][0] -= 9
print(m)
