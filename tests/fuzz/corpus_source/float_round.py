# round() with and without ndigits: banker's rounding and binary floats.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4, 2.6, -2.6]:
    print(v, round(v))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(123.456, -1))
print(round(7), round(-7), round(15, -1), round(25, -1), round(1234, -2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(round(0.1 + 0.2, 1), round(1e-9, 3), round(-0.0001, 2))
