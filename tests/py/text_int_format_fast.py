# The small-int formatting fast paths (format spec and %, str and bytes) against the bigint
# path: every base, sign, width, fill, grouping and precision, at the small-int boundaries.
vals = [0, 1, -1, 7, 255, -255, 2**40, -2**62, 2**62 - 1, 2**63, -2**63, 2**64 + 5, True]
specs = ["", "d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "08x", "+d", " d", ">10", "<10", "^10", "=+10", "*^12x", "_x", ",d", "_b", "012,d", "c", "n", "010b", "#012X", "-", "e", ".2f", "%"]
for v in vals:
    row = []
    for sp in specs:
        try:
            row.append(format(v, sp))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(row)
for v in vals[:11]:
    print(["%d" % v, "%5x" % v, "%-6X|" % v, "%#o" % v, "%+.4d" % v, "%08d" % v, "% x" % v, "%#010x" % v, "%.0x" % v,
           b"%d|%x|%X|%o|%#x|%08d|%-5d|%+.3d" % (v, v, v, v, v, v, v, v), b"%*d|%-*x" % (6, v, 4, v)])
print(format(0, "c") == "\0", f"{0:c}|{65:c}|{0x65e5:c}|{0x1f600:>3c}|{97:*^5c}", "%c%c" % (0, 0x1f600), b"%c" % 0)
print(b"%5.1f|%e|%g|%-8.3f|" % (1.25, -2.5, 1e20, 3.14159), "%.3e %10.4g" % (12345.678, 0.000012))
