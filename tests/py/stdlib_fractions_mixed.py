# fractions.Fraction with format(), math, statistics, dict keys, mixed sorting.
from fractions import Fraction as F
import math, statistics
print("{}".format(F(1, 3)), f"{F(5, 2)!r}", format(F(7, 3), ""), "%s %r" % (F(1, 2), F(1, 2)))
for spec in (".3f", "10", "x"):
    try:
        print(format(F(1, 3), spec))
    except TypeError as e:
        print("TypeError:", e)
print(math.sqrt(F(1, 4)), math.isclose(F(1, 3), 1 / 3), math.floor(F(-7, 2)), math.fsum([F(1, 3)] * 3))
print(divmod(F(7, 2), 1.5), F(7, 2) % -1, F(-7, 2) // 2, divmod(-7, F(2, 3)))
print({F(1, 2): "a", 0.5: "b", F(2): "c", 2: "d"})
print(sorted([F(1, 3), True, 0.2, F(-1), 0]), F(1) == True, F(0) == False)
print(statistics.mean([F(1, 2), F(1, 3)]), statistics.median([F(1, 2), F(1, 3), F(1, 4)]))
print(statistics.fmean([F(1, 2), F(1, 3)]))
print(F(3, 4).__class__.__mro__)
print(isinstance(F(1), __import__("numbers").Rational), F(1, 3).real is not None)
print(F(2, 3) ** F(2), F(4, 9) ** 0.5, (-F(8, 27)) ** F(1, 3))
print(round(F(7, 2), None), round(F(1, 2)), round(F(3, 2)), round(F(-1, 2)), round(F(-3, 2)))
print(int(F(10**30, 7)), float(F(1, 7)), complex(F(1, 2)) if False else "", F(1, 2).__complex__())
print(F("  -12.5e-1  "), F("1e-3"), F("3") / F("4"), F(1, 3) * 3 == 1)

