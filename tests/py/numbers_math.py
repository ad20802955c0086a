# The math module: constants, float functions with CPython's special values and errors,
# integer functions (isqrt, factorial, comb, perm, gcd, lcm) and the exact sums.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.exp2(10), math.expm1(1e-10), math.log1p(1e-10), math.cbrt(27), math.cbrt(-8))
print(math.erf(0.5), math.erfc(0.5), round(math.gamma(4.5), 10), round(math.lgamma(10.5), 10))
print(math.ceil(1.2), math.floor(-1.2), math.trunc(-1.7), math.ceil(-0.5), type(math.floor(2.0)).__name__)
print(math.fabs(-3), math.fmod(7, -3), math.fmod(-7, 3), math.remainder(7, 2), math.remainder(5, 2))
print(math.modf(3.25), math.modf(-3.25), math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4))
print(math.copysign(3, -0.0), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.degrees(math.pi / 2), math.radians(90), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot())
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0))
print(math.pow(2, 0.5), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-math.inf, 3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 40), math.isqrt(2 ** 127), math.isqrt(True))
print(math.factorial(0), math.factorial(20), math.factorial(25), len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(52, 5), math.comb(3, 10), math.comb(10 ** 20, 2), math.comb(100, 50))
print(math.perm(5), math.perm(10, 3), math.perm(3, 10), math.perm(10 ** 20, 2))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(12, 18, 30), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(3, 0, 5), math.lcm(2 ** 64, 3 ** 40))
print(math.log(10 ** 500), math.log2(2 ** 3000), math.log10(10 ** 400), math.log(2 ** 2000, 2))


class Deg:
    def __float__(self):
        return 180.0

    def __ceil__(self):
        return "ceil!"

    def __floor__(self):
        return "floor!"

    def __trunc__(self):
        return "trunc!"


print(math.radians(Deg()), math.ceil(Deg()), math.floor(Deg()), math.trunc(Deg()))


def check(f, *args, **kw):
    try:
        print(f.__name__, f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__ + ":", e)


check(math.sqrt, -1)
check(math.log, 0)
check(math.log, -1.5)
check(math.log, 2, 1)
check(math.log, 10 ** 400, 0)
check(math.log)
check(math.exp, 1000)
check(math.acos, 2)
check(math.atanh, 1)
check(math.cosh, 1000)
check(math.pow, 0, -1)
check(math.pow, 10, 1000)
check(math.fmod, math.inf, 1)
check(math.remainder, 1, 0)
check(math.gamma, 0)
check(math.gamma, -2)
check(math.gamma, 200)
check(math.lgamma, -1)
check(math.ldexp, 1.0, 1.5)
check(math.ldexp, 1.0, 10 ** 30)
check(math.isqrt, -1)
check(math.isqrt, 1.0)
check(math.factorial, -1)
check(math.factorial, 2.0)
check(math.factorial, 10 ** 30)
check(math.comb, -1, 2)
check(math.comb, 1, -2)
check(math.comb, 10 ** 30, 10 ** 20)
check(math.perm, 10 ** 30, 10 ** 25)
check(math.gcd, 1.5)
check(math.lcm, 2, "3")
check(math.fsum, [math.inf, -math.inf])
check(math.fsum, [1e308, 1e308])
check(math.fsum, 1)
check(math.hypot, 1, "a")
check(math.dist, [1], [1, 2])
check(math.isclose, 1, 2, rel_tol=-1)
check(math.trunc, "a")
check(math.floor, "a")
check(math.floor, math.inf)
check(math.ceil, math.nan)
check(math.sqrt)
check(math.atan2, 1)
check(math.sqrt, x=1)
check(math.prod, [1], 2)
check(math.nextafter, 1)
