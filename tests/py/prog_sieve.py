# Sieve of Eratosthenes and a few prime-related computations.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i in range(limit + 1) if is_prime[i]]
primes = sieve(10000)
print(len(primes), primes[:10], primes[-3:], sum(primes))
prime_set = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in prime_set]
print(len(twins), twins[:8], twins[-1])
def factorize(n):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors
for n in [2, 12, 97, 360, 9999, 1234567]:
    print(n, factorize(n))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:6])
