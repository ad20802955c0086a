# '%.Nf' % x, f'{x:.Nf}' and format(x, '.Nf') for precisions 0-17 of |x| < 2**53 are
# written by an exact integer path (objects/str_format.cpp fixed_text_exact): correctly
# rounded, ties to even, the sign of -0.0 and of negatives rounding to zero kept, exactly
# as CPython. Values: edge cases and a deterministic LCG over bit patterns and decimals.
edge = [0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 0.045, 1.005, 2.675, 1e-300, -1e-300,
        5e-324, -5e-324, 2.2250738585072014e-308, 9007199254740991.0, 9007199254740992.0,
        9007199254740993.0, -9007199254740991.0, 1e16, 1e17, 1.8e19, 123456789.125, 0.0005,
        0.00049999999999999999, 0.9999999999999999, 0.99999999999999994, 999999.9999995, 1e-7, -1e-7,
        4503599627370495.5, 4503599627370496.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e15 + 0.3, 3.14159265358979]
state = 12345
def lcg():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
vals = list(edge)
for k in range(3000):
    r = lcg()
    kind = k % 4
    if kind == 0:   # a random bit pattern with an exponent near 1
        exp = 0x3FF + (r >> 8) % 120 - 70
        x = float.fromhex("0x1.%013xp%d" % (r % 2**52, exp - 0x3FF))
    elif kind == 1: # a decimal with a few places
        x = (r % 2**40) / 10 ** ((r >> 50) % 8)
    elif kind == 2: # halves and quarters: exact ties
        x = (r % 2**30) / 2 ** ((r >> 40) % 12 + 1)
    else:
        x = (r % 2**53) * 2.0 ** -((r >> 56) % 64)
    vals.append(-x if (r >> 63) else x)
lines = []
for i, x in enumerate(vals):
    p = i % 18
    a = "%.*f" % (p, x)
    b = f"{x:.{p}f}"
    c = format(x, "+012.%df" % p)
    d = "%-20.*F|" % (p, x)
    lines.append(" ".join((a, b, c, d)))
for line in lines[:120]:
    print(line)
check = 0
for line in lines:
    for ch in line:
        check = (check * 131 + ord(ch)) % 1000000007
print(len(lines), check)
# precisions past the exact path, huge and non-finite values: the general path
for x in (1e17, 2.0**53, 2.0**53 + 2, 1e22, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 0.1):
    print("%.3f" % x, "%.18f" % 0.1, "%.20f" % x if x < 1e30 else "-", f"{x:.0f}" if x < 1e30 else "-")
print("%.2f%%" % 12.345, f"{0.125:.2%}", f"{-0.0:z.1f}", f"{-0.0001:z.2f}", "%#.0f" % 2.5, "%+.1f" % 0.05)
