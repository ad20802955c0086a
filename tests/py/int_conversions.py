# int() and str() of ints, and int() of floats and strings.
print(int("42"), int("-17"), int("  8  "), int("+5"), int("0"), int("-0"), int("1_000"))
print(int(3.99), int(-3.99), int(0.5), int(True), int(1e10))
print(str(123), str(-45), str(0), repr(7), len(str(2 ** 59)))
print(int("0012"), int(str(99) + "1"))
print(abs(-5), abs(5), abs(0), abs(-2.5))
n = 0
for ch in "31415":
    n = n * 10 + (ord(ch) - ord("0"))
print(n, n == int("31415"))
print(float(7), float("3.5"), float(" -2 "), float("1e3"))
