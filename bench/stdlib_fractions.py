# Standard library: exact rational arithmetic with fractions.Fraction (harmonic sums,
# mixed int/float operations, comparisons, limit_denominator).
from fractions import Fraction

h = Fraction(0)
for i in range(1, 600):
    h += Fraction(1, i)
acc = Fraction(1, 3)
count = 0
for i in range(1, 20000):
    x = Fraction(i, i + 7)
    acc = (acc * 3 + x) / 4 - Fraction(1, i + 1)
    if x < 0.5:
        count += 1
    acc = acc.limit_denominator(10 ** 6)
print(len(str(h.denominator)), acc, count, hash(Fraction(1, 2)) == hash(0.5))
