# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5)
print(divmod(7.5, 2), divmod(-7, 2.0))
for a in range(-4, 5):
    print(a % 3, end=" ")
print()
print(-(7 // 2), (-7) // 2, -7 // 2)
