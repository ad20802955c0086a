# cmath essentials: sqrt, exp, log, log10, phase, polar, rect, isclose, classification,
# the constants, and CPython's errors.
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(3 + 4j), cmath.sqrt(2))
print(cmath.sqrt(1e-320 + 1e-320j), cmath.sqrt(1e308 + 1e308j), cmath.sqrt(0j), cmath.sqrt(complex(0.0, -0.0)))
print(cmath.exp(0), cmath.exp(1j * cmath.pi), cmath.exp(1 + 1j), cmath.exp(complex(1, 1e308)), cmath.exp(709 + 0j))
print(cmath.log(-1), cmath.log(1 + 1j), cmath.log(8, 2), cmath.log(1e308 + 1e308j), cmath.log(1e-320 + 0j))
print(cmath.log10(100), cmath.log10(-10), cmath.log(2 + 3j, 1j))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.polar(1j), cmath.polar(-2))
print(cmath.rect(2, cmath.pi), cmath.rect(1, 0), cmath.rect(-1, 0.0), cmath.rect(3, cmath.pi / 2))
print(cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, abs_tol=0.2))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(cmath.inf, 0)), cmath.isnan(complex(1, cmath.nan)))


class Z:
    def __complex__(self):
        return 3 + 4j


print(cmath.sqrt(Z()), abs(cmath.exp(Z())) > 0, cmath.polar(Z()))


def check(f, *args, **kw):
    try:
        print(f.__name__, f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__ + ":", e)


check(cmath.sqrt, "a")
check(cmath.exp, 1000)
check(cmath.log, 0)
check(cmath.log, 1j, 0)
check(cmath.log, 2, 1)
check(cmath.log)
check(cmath.log, 1, 2, 3)
check(cmath.rect, 1, cmath.inf)
check(cmath.rect, 1)
check(cmath.isclose, 1, 2, rel_tol=-1)
check(cmath.sqrt)
