# str() of a half-million-digit int (CPython is quadratic here): the other direction of the conversion.
import sys

sys.set_int_max_str_digits(0)
x = 7 ** 600_000
s = str(x)
print(len(s), s[:20], s[-20:])
