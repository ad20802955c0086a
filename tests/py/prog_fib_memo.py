# Fibonacci: naive, memoized with a dict, with a closure cache and iteratively.
def fib_naive(n):
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)
memo = {0: 0, 1: 1}
def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
def make_fib():
    cache = {}
    calls = [0]
    def fib(n):
        calls[0] += 1
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib, calls
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib_naive(i) for i in range(15)])
print(fib_memo(85), fib_iter(85), fib_memo(85) == fib_iter(85))
fib, calls = make_fib()
print(fib(80), calls[0], len(memo))
print(fib_naive(20))
