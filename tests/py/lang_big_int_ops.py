# Big integers: arithmetic, division, powers, bit operations, conversions and comparisons
# beyond 64 bits, mixed with floats.
a = 2 ** 100
b = 3 ** 70
print(a, b, a + b, a - b, a * b)
print(a // 7, a % 7, divmod(-a, 12345), -a // 3, pow(a, 3, 10 ** 9 + 7), a ** 2 // b)
print(a >> 50, a << 10, a & (2 ** 64 - 1), a | 1, a ^ b, ~a, -a >> 3)
print(a.bit_length(), (a - 1).bit_count(), abs(-b), hex(a), bin(b)[:20], oct(a))
print(a > 1e30, a == 2.0 ** 100, a < float('inf'), float(a), int(1e30), a / 2 ** 99, b / a)
print(str(10 ** 50)[:10], len(str(7 ** 500)), int('9' * 40) + 1, int('-' + '1' * 30, 2))
print(sum(range(10 ** 6)), 10 ** 20 // 10 ** 10, (10 ** 30) % 97, -(10 ** 25) // 7)
print(hash(2 ** 61) == hash(1), hash(-(2 ** 64)) == hash(-(2 ** 64)), round(123456789012345678901234567890, -20))
import math
print(math.factorial(30), math.gcd(2 ** 80, 6 ** 30), math.isqrt(10 ** 40 + 1), math.comb(100, 50))
try:
    1 / (a - a)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
try:
    a / 10 ** 400 * 0 + 10 ** 400 / 1
except OverflowError as e:
    print('OverflowError:', e)
print((2 ** 64).to_bytes(9, 'big'), int.from_bytes(b'\xff' * 10, 'little'), (-2 ** 70).to_bytes(10, 'big', signed=True))
