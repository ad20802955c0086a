# bastion-differs: CPython starts computing (10**10)**(10**10) and similar results that
# cannot fit in memory and runs for hours; Bastion refuses them before any work
# (MemoryError, or OverflowError where CPython also raises it), and stays usable.
import math


def attempt(text):
    try:
        eval(text)
        print(text, "-> ok")
    except (MemoryError, OverflowError) as e:
        print(text, "->", type(e).__name__, e)


attempt("1 << (1 << 62)")
attempt("1 << (1 << 40)")
attempt("-1 << (1 << 100)")
attempt("(10**10) ** (10**10)")
attempt("2 ** (2**62)")
attempt("7 ** (10**30)")
attempt("10 ** (10**12)")
attempt("(1 << 62).to_bytes((1 << 62), 'big')")
attempt("(1).to_bytes(1 << 62, 'little')")
attempt("(1 << 62).to_bytes(1, 'big')")
attempt("math.factorial(10**19)")
attempt("math.factorial(10**15)")
attempt("math.perm(10**30, 10**15)")
attempt("math.comb(10**40, 10**15)")
print((-1) ** (10 ** 100), 1 ** (10 ** 100), 0 ** (10 ** 100), (1 << 5) >> (1 << 100))
print(len(str(1 << 100_000)), len(str(10 ** 1_000_000)), int('7' * 1_000_000) % 1000)
print("still usable:", sum(range(10)))
