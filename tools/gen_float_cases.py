#!/usr/bin/env python3
"""Generates the float and math differential cases (tests/unit/runtime/numbers_float_cases.txt)
with CPython 3.11 as the oracle: seeded random doubles (bit patterns, decimal ranges,
subnormals, specials) through repr/str, format() with the whole mini-language, float(text),
round(), hex/fromhex, as_integer_ratio, arithmetic and int/float comparisons, hash, and
every function of the math module (including the error cases).

Functions whose last bits come from a different libm algorithm in CPython (gamma, lgamma)
are checked with math.isclose against CPython's value (rel_tol=1e-13, abs_tol=1e-15); everything else
must match exactly.

File format: as tools/gen_int_cases.py, with 'F <float.hex()>' operand lines (list F) as
well as 'O <hex>' int operands (list A).
Usage: python3 tools/gen_float_cases.py [--seed N] [--out PATH]
"""
import argparse
import math
import random
import struct
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from gen_int_cases import fnv1a  # noqa: E402

DEFAULT_OUT = "tests/unit/runtime/numbers_float_cases.txt"

SPECIALS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.125, 1e16, 1e15,
            9999999999999998.0, 1e17, 1e22, 1e23, 1e-4, 1e-5, 1e-7, 5e-324, -5e-324, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 2.675, 1.005, 0.045,
            123456789.0, 2.0 ** 52, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, -2.0 ** 63, 1e300, 1e-300,
            math.pi, math.e, 100.0, 1234.5678, 0.999999999999, 99.99, 9.5, 10.5, -0.0001, 3.0, -7.0, 1e308,
            float("inf"), float("-inf"), float("nan"), 4.35, 0.015, 12345.6789e-10, 6.02214076e23]

FORMAT_SPECS = ["", "e", "E", "f", "F", "g", "G", "%", "n", ".0e", ".1e", ".3e", ".17e", ".0f", ".1f", ".2f",
                ".10f", ".0g", ".1g", ".3g", ".12g", ".17g", ".0%", ".2%", "r", "+", "-", " ", "+e", " f", "+.3g",
                "z", "z.1f", "z.0f", "z.2e", "z.3g", "#", "#g", "#.0f", "#.0e", "#.3g", "#.0%", "10", "-10", "<12",
                ">12", "^12", "=12", "*^20.3f", "0>15.2e", "010.2f", "+015.3f", "020", "-020g", ",", ",.2f", "_",
                "_.3f", ",e", "20,.4f", "_g", ",%", "x^+25,.6f", "=+12.3", ".3", ".0", "12.5", "#.3"]


def bits_to_float(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def make_floats(rng):
    vals = list(SPECIALS)
    for _ in range(120):
        vals.append(bits_to_float(rng.getrandbits(64)))
    for _ in range(120):
        vals.append(rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30))
    for _ in range(40):
        vals.append(rng.randint(-10 ** 6, 10 ** 6) / rng.choice([1, 2, 4, 8, 10, 100, 1000]))
    for _ in range(20):  # subnormals
        vals.append(bits_to_float(rng.getrandbits(52)) * rng.choice([1, -1]))
    return vals


def py_repr_or_error(expr, env):
    try:
        return repr(eval(expr, env))
    except Exception as e:
        return "!" + type(e).__name__ + ": " + str(e)


class Gen:
    def __init__(self, rng, floats):
        self.rng = rng
        self.F = floats
        self.cases = []
        self.finite = [i for i, v in enumerate(floats) if math.isfinite(v)]
        self.moderate = [i for i, v in enumerate(floats) if math.isfinite(v) and abs(v) < 1e15]
        self.unit = [i for i, v in enumerate(floats) if math.isfinite(v) and abs(v) <= 1.0]

    def f(self, pool=None):
        return "F[%d]" % self.rng.choice(pool if pool is not None else range(len(self.F)))

    def add(self, expr):
        self.cases.append(expr)

    def text(self):
        r = self.rng
        x = self.f()
        self.add(r.choice(["repr({x})", "str({x})", "float(repr({x}))", "{x}.hex()", "float.fromhex({x}.hex())",
                           "{x}.is_integer()", "hash({x})", "-{x}", "abs({x})", "bool({x})", "{x}.as_integer_ratio()",
                           "int({x})", "{x}.__trunc__()", "{x}.__floor__()", "{x}.__ceil__()", "round({x})",
                           "{x} == int({x})", "float(str({x}).upper())", "float(' ' + repr({x}) + '\\n')",
                           "{x}.conjugate()", "{x}.real", "{x}.imag"]).format(x=x))

    def fmt(self):
        self.add(f"format({self.f()}, {self.rng.choice(FORMAT_SPECS)!r})")

    def rounding(self):
        n = self.rng.choice([-300, -20, -5, -2, -1, 0, 1, 2, 3, 5, 10, 15, 17, 20, 300, 400])
        self.add(f"round({self.f()}, {n})")

    def arith(self):
        r = self.rng
        op = r.choice(["+", "-", "*", "/", "//", "%", "**", "<", "<=", "==", "!=", ">", ">="])
        self.add(f"{self.f()} {op} {self.f()}")
        if r.random() < 0.3:
            self.add(f"divmod({self.f()}, {self.f()})")

    def mixed(self):
        r = self.rng
        x = self.f()
        i = r.choice(["0", "1", "-1", "3", "2**53", "2**53 + 1", "-(2**53 + 1)", "2**63", "2**64 + 1", "10**22",
                      "10**23", "10**308", "10**309", "2**1024", "-(2**1024)", "int(%s) + 1" % x if
                      math.isfinite(eval(x, {"F": self.F})) else "7"])
        op = r.choice(["<", "<=", "==", "!=", ">", ">=", "+", "-", "*", "/", "//", "%"])
        self.add(f"{x} {op} {i}" if r.random() < 0.5 else f"{i} {op} {x}")

    def parse(self):
        texts = ["1_000.5", "1__0", "_1", "1_", " 12 ", "inF", "-Infinity", "nan", "+nan", "-nan", "1e500", "-1e-500",
                 ".5", "5.", ".", "e5", "1e", "1e+5", "0x10", "1.5e-3_0", "  -0.0  ", "++1", "1.2.3", "1e5_0",
                 "12abc", "0001.000100e001", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
                 "1.7976931348623158e308", "1.7976931348623159e308", "infinity", "infinit", "1_2_3.4_5e1_0", "",
                 " ", "\t3.5\n", "1e-5", "0.1", "1.", "-.5e-2", "\u0661.\u0662", "1" * 400, "0." + "0" * 400 + "1",
                 "9" * 309, "1e-400", "-0", "+.0e-0"]
        for t in texts:
            self.add(f"float({t!r})")
        for h in ["0x1.8p1", "-0x1p-1074", "0x1.fffffffffffffp1023", "0x1p1024", "0X1.0P-1", "inf", "0x.8",
                  "1", "0x1.ffffffffffffffp1023", "0x1.00000000000008p0", "0x1.00000000000018p0", "zz", " 0x1p0 "]:
            self.add(f"float.fromhex({h!r})")

    def math1(self):
        r = self.rng
        fn = r.choice(["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin",
                       "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "ceil", "floor",
                       "trunc", "degrees", "radians", "isfinite", "isinf", "isnan", "frexp", "modf", "ulp", "cbrt",
                       "erf", "erfc"])
        pool = self.unit if fn in ("asin", "acos", "atanh") and r.random() < 0.7 else None
        self.add(f"math.{fn}({self.f(pool)})")

    def math2(self):
        r = self.rng
        fn = r.choice(["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "hypot", "isclose", "log"])
        self.add(f"math.{fn}({self.f()}, {self.f()})")
        if r.random() < 0.2:
            self.add(f"math.ldexp({self.f()}, {r.choice([0, 1, -1, 52, -1074, 1023, 1024, -1080, 10**30, -10**30])})")

    def gamma(self, env):
        fn = self.rng.choice(["gamma", "lgamma"])
        x = self.f(self.moderate if self.rng.random() < 0.8 else None)
        call = f"math.{fn}({x})"
        try:
            v = eval(call, env)
        except Exception:
            self.add(call)
            return
        if math.isfinite(v) and v != 0.0:
            self.add(f"math.isclose({call}, float.fromhex({v.hex()!r}), rel_tol=1e-13, abs_tol=1e-15)")
        else:
            self.add(call)

    def vectors(self):
        r = self.rng
        n = r.randint(0, 8)
        xs = ", ".join(self.f(self.finite if r.random() < 0.9 else None) for _ in range(n))
        ys = ", ".join(self.f(self.finite) for _ in range(n))
        self.add(f"math.hypot({xs})")
        self.add(f"math.dist([{xs}], ({ys}{',' if n == 1 else ''}))")
        self.add(f"math.fsum([{xs}])")
        self.add(f"math.prod([{xs}])")

    def fsum_hard(self):
        r = self.rng
        vals = []
        for _ in range(r.randint(2, 30)):
            v = r.choice([1e308, 1e100, 1.0, 1e-100, 2.0 ** -1074, 0.1, 3.0]) * r.choice([1, -1]) * r.random()
            vals += [v, -v] if r.random() < 0.3 else [v]
        r.shuffle(vals)
        self.add("math.fsum([%s])" % ", ".join("float.fromhex(%r)" % v.hex() for v in vals))


INT_EXPRS = [
    "math.isqrt(10**400 - 1)", "math.isqrt(2**127)", "math.isqrt(0)", "math.isqrt(-1)", "math.isqrt(2**64 - 1)",
    "math.isqrt((2**64 + 1)**2 - 1)", "math.isqrt(1.5)", "math.isqrt(True)", "math.factorial(0)", "math.factorial(20)",
    "math.factorial(21)", "math.factorial(200)", "len(str(math.factorial(5000)))", "math.factorial(5000) % (10**9 + 7)",
    "math.factorial(-1)", "math.factorial(1.0)", "math.factorial(10**30)", "math.comb(10, 3)", "math.comb(100, 50)",
    "math.comb(10**30, 3)", "math.comb(3, 10)", "math.comb(-1, 2)", "math.comb(1, -2)", "math.comb(10**30, 10**20)",
    "math.comb(2000, 1000) % 1000003", "math.comb(67, 33)", "math.comb(68, 34)", "math.perm(10)", "math.perm(10, 3)",
    "math.perm(10**30, 2)", "math.perm(3, 10)", "math.perm(-1)", "math.perm(1, -1)", "math.perm(10**30, 10**25)",
    "math.perm(500, 300) % 999983", "math.gcd()", "math.gcd(-4)", "math.gcd(12, 18, -30)", "math.gcd(2**100, 2**80 * 3)",
    "math.gcd(3**200, 6**150)", "math.gcd(0, 0)", "math.gcd(0, -5)", "math.gcd(1.5)", "math.gcd(True, 4)",
    "math.lcm()", "math.lcm(-4)", "math.lcm(4, 6, 10)", "math.lcm(4, 0, 5)", "math.lcm(2**70, 3**50)",
    "math.lcm(2**64 - 1, 2**64 + 1)", "math.log(10**400)", "math.log(2**2000, 2)", "math.log10(10**1000)",
    "math.log2(2**5000)", "math.log2(2**5000 - 1)", "math.log(0)", "math.log(-5)", "math.log(2, 1)", "math.log(10**400, 0)",
    "math.log(True)", "math.log(False)", "math.log(1, 10)", "math.log(8, 2)", "math.log(100, 10)", "math.log10(-0.0)",
    "math.ceil(2**100)", "math.floor(-(2**100))", "math.ceil(1e400)", "math.floor(math.nan)", "math.trunc('a')",
    "math.floor('a')", "math.trunc(True)", "math.ceil(True)", "math.hypot()", "math.hypot(3)", "math.hypot(3, 4)",
    "math.hypot(-3, 4, 12)", "math.hypot(1e308, 1e308)", "math.hypot(math.inf, math.nan)", "math.hypot(math.nan, 1)",
    "math.hypot(5e-324, 5e-324)", "math.hypot(2**1000, 1)", "math.dist([1], [1, 2])", "math.dist(1, 2)",
    "math.dist((1, 2), (4, 6))", "math.dist([], [])", "math.fsum([])", "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])",
    "math.fsum([float('inf'), -float('inf')])", "math.fsum([1e308, 1e308])", "math.fsum([1e308, 1e308, -1e308])",
    "math.fsum([float('nan'), 1])", "math.fsum([float('inf'), 1e308])", "math.fsum(1)", "math.fsum(['a'])",
    "math.fsum([0.1] * 10)", "math.fsum(i / 7 for i in range(100))", "math.fsum([2**53, 1, 1])", "math.prod([])",
    "math.prod([1, 2, 3], start=10)", "math.prod(range(1, 30))", "math.prod([1.5, 2])", "math.prod(3)",
    "math.prod([1], 2)", "math.prod(['a', 3])", "math.isclose(1, 1.0000000001)", "math.isclose(1, 2, rel_tol=-1)",
    "math.isclose(1, 1.1, abs_tol=0.2)", "math.isclose(math.inf, math.inf)", "math.isclose(math.nan, math.nan)",
    "math.isclose(1)", "math.isclose(1, 2, 3)", "math.sqrt()", "math.sqrt(x=1)", "math.atan2(1)", "math.atan2(1, y=2)",
    "math.log()", "math.log(1, 2, 3)", "math.log(x=1)", "math.sqrt('x')", "math.sqrt(-1)", "math.exp(1000)",
    "math.ldexp(1.0, 1.5)", "math.ldexp(1.0, 10**30)", "math.ldexp(5e-324, 1074)", "math.ldexp(1.0, -1075)",
    "math.gamma(0)", "math.gamma(-1)", "math.gamma(200)", "math.gamma(-math.inf)", "math.gamma(math.inf)",
    "math.gamma(math.nan)", "math.gamma(1)", "math.gamma(5)", "math.isclose(math.gamma(0.5), math.pi ** 0.5)",
    "math.isclose(math.gamma(171), math.factorial(170))", "math.gamma(172)", "math.gamma(-200.5)", "math.lgamma(0)", "math.lgamma(-2)",
    "math.lgamma(math.inf)", "math.lgamma(-math.inf)", "math.lgamma(1)", "math.lgamma(2)", "math.lgamma(1e307)",
    "math.lgamma(1e306) > 0", "math.pow(0, -1)", "math.pow(10, 1000)", "math.pow(-8, 1/3)", "math.pow(math.nan, 0)",
    "math.pow(1, math.nan)", "math.pow(-math.inf, 3)", "math.pow(-math.inf, -3)", "math.pow(0.5, -math.inf)",
    "math.pow(-1, math.inf)", "math.pow(2, -1100)", "math.pow(-0.0, -1)", "math.fmod(math.inf, 1)", "math.fmod(1, math.inf)",
    "math.fmod(-5, 3)", "math.fmod(1, 0)", "math.remainder(1, 0)", "math.remainder(7, 2)", "math.remainder(5, 2)",
    "math.remainder(-5, 2)", "math.remainder(math.inf, 1)", "math.remainder(1, math.inf)", "math.nextafter(1)",
    "math.nextafter(1, 2)", "math.nextafter(0.0, -1)", "math.nextafter(math.inf, 0)", "math.ulp(1.0)", "math.ulp(0.0)",
    "math.ulp(1.7976931348623157e308)", "math.ulp(math.inf)", "math.ulp(-2.0)", "math.ulp('a')", "math.acos(2)",
    "math.lcm(1.0)", "math.cosh(1000)", "math.sinh(-1000)", "math.atanh(1)", "math.log1p(-1)", "math.acosh(0.5)",
    "math.exp2(1024)", "math.exp2(-1080)", "math.expm1(710)", "math.cbrt(-27)", "math.erf(1e10)",
    "math.frexp(0.0)", "math.frexp(-math.inf)", "math.modf(-math.inf)", "math.modf(math.nan)", "math.copysign(1, -0.0)",
    "math.copysign(math.nan, -1)", "math.atan2(0.0, -0.0)", "math.atan2(math.inf, -math.inf)", "math.degrees(math.pi)",
    "math.radians(180)", "math.pi", "math.e", "math.tau", "math.inf", "-math.inf", "math.nan", "type(math.floor(1.5))",
    "math.floor(-0.5)", "math.ceil(-0.5)", "math.trunc(-2.7)", "math.sqrt(2**1100)", "math.sqrt(10**400)",
    "math.exp(True)", "math.fabs(-(2**70))", "sorted(n for n in dir(math) if not n.startswith('_'))",
]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20240612)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    sys.set_int_max_str_digits(0)
    rng = random.Random(args.seed)
    floats = make_floats(rng)
    env = {"F": floats, "A": [], "math": math}
    g = Gen(rng, floats)
    for fn, count in [(g.text, 700), (g.fmt, 900), (g.rounding, 400), (g.arith, 900), (g.mixed, 400),
                      (g.math1, 900), (g.math2, 500), (g.vectors, 150), (g.fsum_hard, 150)]:
        for _ in range(count):
            fn()
    for _ in range(200):
        g.gamma(env)
    g.parse()
    g.cases += INT_EXPRS
    lines = [f"# Generated by tools/gen_float_cases.py --seed {args.seed} with CPython "
             f"{sys.version.split()[0]}; do not edit.\n"]
    for v in floats:
        lines.append("F " + v.hex() + "\n")
    for expr in g.cases:
        text = py_repr_or_error(expr, env)
        if len(text) > 64:
            text = "#%d:%016x" % (len(text), fnv1a(text))
        assert "\t" not in expr and "\n" not in expr and "\n" not in text, expr
        lines.append("C " + expr + "\t" + text + "\n")
    with open(args.out, "w") as f:
        f.writelines(lines)
    print(f"{args.out}: {len(floats)} floats, {len(g.cases)} cases")


if __name__ == "__main__":
    main()
