import math, sys
from functools import reduce
print(reduce(lambda a, b: a * b, range(1, 10)), math.gcd(12, 18), sys.maxsize > 0)
