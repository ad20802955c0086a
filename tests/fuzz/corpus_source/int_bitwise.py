# Bitwise operators and shifts on small ints, including negatives.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(1 << 10, 1 << 40, 1024 >> 3, -16 >> 2, -1 >> 10, 5 >> 100)
print(-5 & 0xFF, -5 | 2, -5 ^ 3)
print(0xff, 0o17, 0b101, 1_000_000, 0x_ff, 0o7_7)
x = 0
for i in range(8):
    x |= 1 << i
print(x, x == 255, x == 0xFF)
mask = 0xF0
print(mask & 0x3C, mask >> 4 << 4)
