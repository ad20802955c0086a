# range in all its forms, len of every container.
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -2)))
r = range(1, 10, 2)
print(r, len(r), r[0], r[-1], r[1:3], 5 in r, 4 in r, range(3) == range(0, 3))
print(len(range(0, 100, 7)), len(range(10, 0)), sum(range(101)))
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(""), len(range(4)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
for i in range(3):
    for j in range(i):
        print(i, j)
print(range(0, 5), range(2, 9, 3), list(reversed(range(4))))
