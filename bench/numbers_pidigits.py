# pidigits: the first 10,000 digits of pi by Gibbons' unbounded spigot, as in the
# Computer Language Benchmarks Game — big-int +, *, divmod and comparisons that grow
# to tens of thousands of digits.
import sys

sys.set_int_max_str_digits(0)


def pidigits(count):
    digits = []
    k = 0
    numer, accum, denom = 1, 0, 1
    while len(digits) < count:
        k += 1
        k2 = 2 * k + 1
        accum = (accum + 2 * numer) * k2
        denom *= k2
        numer *= k
        if numer > accum:
            continue
        digit, rem = divmod(numer * 3 + accum, denom)
        if rem + numer >= denom:
            continue
        digits.append(digit)
        accum = (accum - denom * digit) * 10
        numer *= 10
    return "".join(map(str, digits))


d = pidigits(10_000)
print(len(d), d[:20], d[-20:])
