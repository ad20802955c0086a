# str(factorial(100_000)): a 456,574-digit product (binary splitting) and its decimal text.
import math
import sys

sys.set_int_max_str_digits(0)
s = str(math.factorial(100_000))
print(len(s), s[:20], s.rstrip("0")[-20:], len(s) - len(s.rstrip("0")))
