# A tight small-int loop: Collatz sequence lengths with //, %, *, + and comparisons.
def collatz_total(limit):
    total = 0
    for n in range(1, limit):
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        total += steps
    return total


print(collatz_total(60_000))
