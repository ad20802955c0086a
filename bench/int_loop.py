# A tight while loop over small ints: arithmetic, comparisons, modulo and bit operations.
def run(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * 7 - (i >> 2)) % 1000003
        if i & 1:
            total ^= i
        i += 1
    return total

print(run(2_000_000))
