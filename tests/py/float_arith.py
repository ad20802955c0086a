# Float arithmetic and the shortest round-tripping repr.
print(0.1 + 0.2, 1.5 * 2, 7 / 2, 1 / 3, 2 / 3, 10 / 4)
print(1.0, -0.0, 0.0 == -0.0, 100.0, 1e16, 1e15, 1.5e-7, 0.0001, 1e-05)
print(3.14159, 2.5e10, 1e22, 1e23, 123456789.123, 0.1 * 3)
print(2.0 ** 0.5, 2 ** 0.5, 9 ** 0.5, 10.0 ** -3)
print(1e308 * 10, -1e308 * 10)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(float("inf"), float("-inf"), float("inf") > 1e308)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(3 * 1.0, 1 + 2.0, 5 - 0.5, 7 // 2.0, 2.5 % 1)
print(abs(-3.5), -(-1.25), 1.0 / 8, 255 / 256)
print(int(2.5), int(-2.5), float(10), 4.0 == 4, 4.5 > 4)
