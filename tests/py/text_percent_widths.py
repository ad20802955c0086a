# str % with one-digit widths and precisions read inline (objects/str_percent.cpp); longer
# ones, '*' and the errors through the general reader. Same text and errors as CPython.
vals = (0, 7, -7, 123456, 2.5, -0.0, 1e-7, 12345.678)
fmts = ["%5d|", "%-6s|", "%9.3f|", "%1d|", "%.1f|", "%.f|", "%.0f|", "%5.d|", "%.x|", "%#5x|", "%+3d|",
        "% 4d|", "%05d|", "%-05d|", "%3.2e|", "%12.4g|", "%7r|", "%.3s|", "%10.4s|", "%9%|", "%2c|"]
for f in fmts:
    row = []
    for v in vals:
        try:
            row.append(f % (v,) if "c" not in f else f % (65,))
        except (TypeError, ValueError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(f, row)
print("%*d|%-*d|%.*f|%*.*f" % (4, 1, 4, 2, 3, 1 / 3, 8, 2, 2 / 3))
print("%(a)5s|%(b)-4d|%(b).2f" % {"a": "x", "b": 3})
print("%s %s" % ("a", "b"), "%%%d%%" % 5, "%5s" % "\xe9t\xe9", "%-3s|" % "\u65e5", "%3.1s|" % "\U0001f600x")
print("\xe9 %5d %.2f|" % (3, 0.125), "\u65e5 %3d|" % 4)
for bad in ("%5", "%.", "%5.", "%(a", "%5z", "%.2z", "%", "%12345678901234567890d"):
    try:
        print(repr(bad % (1,)) if "(" not in bad else repr(bad % {"a": 1}))
    except (TypeError, ValueError, KeyError, OverflowError, MemoryError) as e:
        print(bad, type(e).__name__, e)
# only a bare "%%" is a literal: with a key, flags or a width, '%' takes an argument first
for f, a in (("%(a)%", {"a": 1}), ("%(a)%", {}), ("%-%", ()), ("%%", ()), ("x%5%y", (1, 2)), ("%*%", (3, 4)),
             ("%.%", (1,)), ("a%%b%%", ())):
    for fmt in (f, f.encode()):
        try:
            print(repr(fmt % a))
        except Exception as e:
            print(type(e).__name__, e)
