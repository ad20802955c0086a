# Multiplying two million-digit numbers (about 3.3 million bits each), a few times.
a = (1 << 3_321_928) - 12345
b = (1 << 3_321_929) // 3 + 1
acc = 0
for i in range(5):
    acc ^= (a + i) * (b - i)
print(acc.bit_length(), acc % 1_000_003)
