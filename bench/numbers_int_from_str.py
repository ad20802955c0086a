# int('7' * 10**6): decimal text of a million digits to an int (subquadratic in Bastion).
import sys

sys.set_int_max_str_digits(0)
text = "7" * 10**6
x = int(text)
print(x.bit_length(), x % 1_000_003)
