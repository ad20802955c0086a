# Number-theory loops: gcd, lcm, collatz lengths, digit sums, perfect numbers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), lcm(4, 6), lcm(21, 6))
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print(l)
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), [collatz_len(n) for n in range(1, 11)])
def digit_sum(n):
    s = 0
    while n:
        n, d = divmod(n, 10)
        s += d
    return s
print(digit_sum(2 ** 50), sum([digit_sum(i) for i in range(1000)]))
def divisors_sum(n):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d * d != n:
                total += n // d
        d += 1
    return total
print([n for n in range(2, 10000) if divisors_sum(n) == n])
