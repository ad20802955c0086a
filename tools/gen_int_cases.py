#!/usr/bin/env python3
"""Generates the int differential cases (tests/unit/runtime/numbers_int_cases.txt) with
CPython 3.11 as the oracle: seeded random operands from 0 to ~20,000 digits plus
limb-boundary values, and thousands of operations over them — every operator, pow with
a modulus and negative exponents, shifts and bitwise ops on negatives, comparisons,
str/repr/hex/oct/bin, format() specs, to_bytes/from_bytes, bit_length/bit_count,
int(text, base), true division of huge operands, round(int, -n) and hash.

File format (read by numbers_int_diff_test.cpp):
  O <hex>            operand i (0-based, in order), signed hexadecimal
  C <expr>\t<exp>    an expression over the operand list A; <exp> is repr(result), or
                     '!Type: message' when it raises, or '#<len>:<fnv1a-64 hex>' of the
                     text when that is longer than 64 characters (keeps the file small).
Usage: python3 tools/gen_int_cases.py [--seed N] [--out PATH]
"""
import argparse
import random
import sys

DEFAULT_OUT = "tests/unit/runtime/numbers_int_cases.txt"


def fnv1a(text):
    h = 0xcbf29ce484222325
    for b in text.encode():
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def digits_to_int(rng, ndigits):
    if ndigits <= 0:
        return 0
    return rng.randrange(10 ** (ndigits - 1), 10 ** ndigits)


def make_operands(rng):
    ops = []
    special = [0, 1, 2, 3, 7, 10, 255, 256]
    for k in (31, 32, 53, 61, 62, 63, 64, 65, 127, 128, 129, 191, 192, 256, 1024):
        special += [2 ** k - 1, 2 ** k, 2 ** k + 1]
    for k in (9, 18, 19, 20, 38, 39, 100, 1000):
        special += [10 ** k - 1, 10 ** k, 10 ** k + 1]
    for v in special:
        ops.append(v)
        ops.append(-v)
    # Random operands: small, medium, large (log-uniform digit counts up to 20,000).
    for _ in range(60):
        ops.append(rng.choice([1, -1]) * digits_to_int(rng, rng.randint(1, 19)))
    for _ in range(60):
        ops.append(rng.choice([1, -1]) * digits_to_int(rng, rng.randint(20, 400)))
    for _ in range(50):
        nd = int(10 ** rng.uniform(2.6, 4.3))  # ~400 .. 20,000 digits
        ops.append(rng.choice([1, -1]) * digits_to_int(rng, nd))
    # Sparse bit patterns (long runs of ones and zeros) stress the two's-complement paths.
    for _ in range(20):
        bits = rng.randint(64, 20000)
        v = (1 << bits) - 1
        v ^= (1 << rng.randint(0, bits - 1))
        v >>= rng.randint(0, 63)
        ops.append(rng.choice([1, -1]) * v)
    return ops


FORMAT_SPECS = [
    "", "d", "x", "X", "o", "b", "#x", "#X", "#o", "#b", "n", ",", "_", "_x", "_b", ",d",
    "+", "-", " ", "+d", " x", "+#x", "040", "+040", "-040", " 040", "#040x", "0=30", "*^50",
    "x<40", "->45", "=+40", "^40,", ">+40_", "<60_o", "e", "E", ".3e", ".20e", "f", ".2f", "F",
    "g", "G", ".5g", ".30g", "%", ".1%", "c", "10.3", ",.2f", "#", "z", "x^", "=030,", "08_b",
]


def pick_spec(rng):
    return rng.choice(FORMAT_SPECS)


class Gen:
    def __init__(self, rng, ops):
        self.rng = rng
        self.ops = ops
        self.cases = []
        self.small = [i for i, v in enumerate(ops) if abs(v) < 10 ** 19]
        self.medium = [i for i, v in enumerate(ops) if abs(v) < 10 ** 2000]

    def idx(self, pool=None):
        return self.rng.choice(pool if pool is not None else range(len(self.ops)))

    def add(self, expr):
        self.cases.append(expr)

    def binary(self):
        r = self.rng
        i, j = self.idx(), self.idx()
        op = r.choice(["+", "-", "*", "//", "%", "&", "|", "^", "<", "<=", "==", "!=", ">", ">="])
        self.add(f"A[{i}] {op} A[{j}]")
        if r.random() < 0.3:
            self.add(f"divmod(A[{i}], A[{j}])")

    def same_size_pair(self):
        # Operands of similar size: quotients and remainders are interesting, / is finite.
        r = self.rng
        i = self.idx()
        v = self.ops[i]
        delta = r.choice([0, 1, 5, 40, 300])
        w = r.choice([1, -1]) * digits_to_int(r, max(1, len(str(abs(v))) - delta))
        self.ops.append(w)
        j = len(self.ops) - 1
        op = r.choice(["//", "%", "/", "-", "divmod"])
        if op == "divmod":
            self.add(f"divmod(A[{i}], A[{j}])")
        else:
            self.add(f"A[{i}] {op} A[{j}]")

    def unary(self):
        i = self.idx()
        fn = self.rng.choice(["-A[{i}]", "+A[{i}]", "~A[{i}]", "abs(A[{i}])", "bool(A[{i}])",
                              "A[{i}].bit_length()", "A[{i}].bit_count()", "hash(A[{i}])",
                              "str(A[{i}])", "hex(A[{i}])", "oct(A[{i}])", "bin(A[{i}])",
                              "float(A[{i}])", "A[{i}].as_integer_ratio()", "int(str(A[{i}]))",
                              "int(hex(A[{i}]), 16)", "int(oct(A[{i}]), 0)", "int(bin(A[{i}]), 0)",
                              "int(format(A[{i}], '_'))", "int(format(A[{i}], '_x'), 16)",
                              "A[{i}] == float(A[{i}])", "A[{i}] < float(A[{i}])",
                              "A[{i}] > float(A[{i}])", "hash(A[{i}]) == hash(float(A[{i}]))",
                              "A[{i}].conjugate()", "A[{i}].numerator", "A[{i}].denominator",
                              "A[{i}].__index__()", "int(A[{i}] != 0) + True"])
        self.add(fn.format(i=i))

    def shifts(self):
        r = self.rng
        i = self.idx()
        k = r.choice([0, 1, 7, 63, 64, 65, 127, 128, 129, 500, 4000, r.randint(0, 20000)])
        self.add(f"A[{i}] {r.choice(['<<', '>>'])} {k}")

    def power(self):
        r = self.rng
        i = self.idx()
        bits = max(1, abs(self.ops[i]).bit_length())
        k = r.randint(0, max(1, 60000 // bits))
        self.add(f"A[{i}] ** {k}")
        if r.random() < 0.2:
            self.add(f"A[{i}] ** -{r.randint(1, 5)}")

    def modpow(self):
        r = self.rng
        i, m = self.idx(), self.idx(self.medium)
        e_pool = [j for j in self.medium if abs(self.ops[j]) < 10 ** 300]
        e = self.idx(e_pool)
        self.add(f"pow(A[{i}], A[{e}], A[{m}])")
        self.add(f"pow(A[{i}], -1, A[{m}])")
        if r.random() < 0.3:
            self.add(f"pow(A[{i}], -{r.randint(2, 50)}, A[{m}])")

    def fmt(self):
        i = self.idx(self.medium)
        spec = pick_spec(self.rng)
        self.add(f"format(A[{i}], {spec!r})")

    def bytes_ops(self):
        r = self.rng
        i = self.idx(self.medium)
        v = self.ops[i]
        signed = r.choice([True, False])
        need = (v.bit_length() + (8 if signed else 7)) // 8
        length = max(0, need + r.choice([-1, 0, 0, 1, 3]))
        order = r.choice(["big", "little"])
        self.add(f"A[{i}].to_bytes({length}, {order!r}, signed={signed})")
        if v >= 0 or signed:
            self.add(f"int.from_bytes(A[{i}].to_bytes({max(need, 1)}, {order!r}, signed={signed}), "
                     f"{r.choice(['big', 'little'])!r}, signed={r.choice([True, False])})")

    def base_text(self):
        r = self.rng
        i = self.idx(self.small + self.small + self.medium)
        v = self.ops[i]
        base = r.choice([2, 3, 5, 7, 8, 10, 12, 16, 20, 36])
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        n, out = abs(v), ""
        while n:
            n, d = divmod(n, base)
            out = digits[d] + out
        text = ("-" if v < 0 else "") + (out or "0")
        if len(text) > 3000:
            return
        if r.random() < 0.3:
            text = text.upper()
        if r.random() < 0.2:
            text = " " + text + "\n"
        self.add(f"int({text!r}, {base})")

    def division(self):
        r = self.rng
        i, j = self.idx(), self.idx()
        self.add(f"A[{i}] / A[{j}]")
        if r.random() < 0.3:
            self.add(f"A[{i}] / {r.choice(['3', '-7', '10**400', '2**1100', '(1 << 64) + 1'])}")

    def rounding(self):
        r = self.rng
        i = self.idx()
        n = r.choice([0, 1, 2, 5, 19, 20, 100, r.randint(0, 20000)])
        self.add(f"round(A[{i}], -{n})")


def build_cases(seed):
    rng = random.Random(seed)
    ops = make_operands(rng)
    g = Gen(rng, ops)
    weights = [(g.binary, 1800), (g.same_size_pair, 300), (g.unary, 900), (g.shifts, 300), (g.power, 200),
               (g.modpow, 120), (g.fmt, 500), (g.bytes_ops, 250), (g.base_text, 250), (g.division, 300),
               (g.rounding, 200)]
    for fn, count in weights:
        for _ in range(count):
            fn()
    # Fixed edge cases at the limb and small-int boundaries.
    for expr in ["(1 << 62) - 1 + 1", "-(1 << 62) - 1", "(1 << 63) * -1", "(1 << 64) // -1",
                 "-(1 << 63) // -1", "(1 << 64) - 1 & -1", "-(1 << 64) | (1 << 63)", "~(1 << 64)",
                 "(2**64 + 1) * (2**64 - 1)", "divmod(-(2**128), 2**64 + 1)", "-(10**20) % 7",
                 "pow(-(2**70), 3, 2**64 + 13)", "(10**20) / (10**19)", "(2**1024) / (2**1023)",
                 "(2**1024 - 2**970) / 1", "(2**1024 - 2**970 - 1) / 1", "2**-1074 * 0 + 1 / 2**1074",
                 "1 / 2**1075", "3 / 2**1075", "(10**400 + 1) / 10**400", "-(10**400) / 3",
                 "hash(2**61 - 1)", "hash(-(2**61 - 1))", "hash(2**61)", "hash(-(2**64))", "round(5 * 10**19, -20)",
                 "round(15 * 10**30, -31)", "round(-25 * 10**50, -51)", "(-1).to_bytes(100, 'little', signed=True)",
                 "(2**64).to_bytes(9, 'big')", "(-(2**63)).to_bytes(8, 'big', signed=True)",
                 "(2**63).to_bytes(8, 'big', signed=True)", "int.from_bytes(b'\\x80' + b'\\x00' * 15, 'big', signed=True)",
                 "int('0x' + 'f' * 1000, 16)", "int('1_' * 500 + '1')", "int('-0b' + '1' * 700, 0)"]:
        g.add(expr)
    return g.ops, g.cases


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    sys.set_int_max_str_digits(0)
    ops, cases = build_cases(args.seed)
    env = {"A": ops}
    lines = [f"# Generated by tools/gen_int_cases.py --seed {args.seed} with CPython "
             f"{sys.version.split()[0]}; do not edit.\n"]
    for v in ops:
        lines.append("O " + ("-" if v < 0 else "") + format(abs(v), "x") + "\n")
    for expr in cases:
        try:
            text = repr(eval(expr, env))
        except Exception as e:  # recorded as the expected error line
            text = "!" + type(e).__name__ + ": " + str(e)
        if len(text) > 64:
            text = "#%d:%016x" % (len(text), fnv1a(text))
        assert "\t" not in expr and "\n" not in text
        lines.append("C " + expr + "\t" + text + "\n")
    with open(args.out, "w") as f:
        f.writelines(lines)
    print(f"{args.out}: {len(ops)} operands, {len(cases)} cases")


if __name__ == "__main__":
    main()
