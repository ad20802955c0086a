# Comparison operators and chained comparisons (each operand evaluated once).
print(1 < 2, 2 < 1, 1 <= 1, 2 >= 3, 1 == 1.0, 1 != 2)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 < 2 > 0)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(5) < v(2) < v(3))
print(calls)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print(None == None, None != 0, 1 == True, 0.5 < 1 < 1.5)
x = 5
print(0 <= x < 10, 0 <= x < 5, x is x, x is not None)
