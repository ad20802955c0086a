# append, pop, insert, extend, remove, index, count, reverse, clear, copy.
a = []
for i in range(5):
    a.append(i * i)
print(a)
print(a.pop(), a.pop(0), a)
a.insert(0, -1)
a.insert(100, 99)
a.insert(-1, 50)
print(a)
a.extend([7, 8])
a.extend((9,))
a.extend("ab")
print(a)
a.remove("a")
print(a.index(99), a.count(7), [1, 1, 2, 1].count(1), a.index(4))
a.reverse()
print(a)
c = a.copy()
c.clear()
print(len(a), c)
x = [1, 2, 3]
x += [4]
x *= 2
print(x)
print([3, 1, 2].pop(1), [5, 6, 7].index(7))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
