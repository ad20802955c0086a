# Small-int fast paths of the eval loop: // and % by powers of two (shift/mask) and through
# 32- and 64-bit division, with every sign; compare-and-jump pairs; a binary op stored
# straight into a local whose old value has a finalizer.
def divmods(values, divisors):
    out = []
    for a in values:
        for b in divisors:
            q = a // b
            r = a % b
            out.append((a, b, q, r))
            if q * b + r != a:
                out.append("broken identity")
    return out


values = [0, 1, -1, 2, -2, 7, -7, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**40 + 3,
          -2**40 - 3, 2**61, -2**62, 2**62 - 1, 2**63, -2**63 - 5]
divisors = [1, 2, 4, 8, 2**20, 2**31, 2**32, 2**62, 3, -1, -2, -4, -3, 7, 2**31 - 1, -2**31,
            2**40 + 1, -2**61]
for row in divmods(values, divisors):
    print(row)

for a in values:
    for b in (0,):
        try:
            a // b
        except ZeroDivisionError as e:
            print("//", a, e)
        try:
            a % b
        except ZeroDivisionError as e:
            print("%", a, e)


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


print([collatz(n) for n in range(1, 30)], collatz(837799))


def compares(a, b):
    out = []
    if a < b:
        out.append("<")
    if a <= b:
        out.append("<=")
    if a == b:
        out.append("==")
    if a != b:
        out.append("!=")
    if a > b:
        out.append(">")
    if a >= b:
        out.append(">=")
    if not a < b:
        out.append("not <")
    return out


for a, b in [(1, 2), (2, 2), (3, 2), (-2**62, 2**62 - 1), (2**62, 2**62 - 1), (1, 1.5), (2, 2.0)]:
    print(a, b, compares(a, b))


class Noisy:
    def __del__(self):
        print("del Noisy")


def store_over_finalizer():
    x = Noisy()
    y = 5
    x = y * 3
    print("after store", x)
    total = 0
    i = 0
    while i < 5:
        total += i
        i += 1
    else:
        print("loop done", i, total)
    while total:
        total -= 3
        if total < 0:
            break
    return total


print(store_over_finalizer())
