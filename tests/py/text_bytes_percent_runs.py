# bytes % args (objects/bytes_percent.cpp): literal text copied in runs between '%'s, the
# flags read straight into the conversion's flags, '*' widths (negative: left-aligned).
fmts = [b"", b"plain", b"%%", b"a%%b", b"%d", b"x%dy", b"%5d|", b"%-5d|", b"%05d|", b"%+d %+d", b"% d", b"%#x %#o %#X",
        b"%-+08.3f|", b"%0-8d|", b"%+ d", b"%x%x%x", b"%s%s", b"%-6s|%6s|", b"%.1s", b"%c%c", b"%r %a", b"%*d|", b"%-*d|",
        b"%.*f", b"%*.*f|", b"%(a)s-%(b)05d", b"%ld %hd %Ld", b"caf\xc3\xa9 %d \xff", b"%i%%%u"]
argsets = [(), (7,), (-7, 3), (255, 8, 10), (b"ab", b"cd"), (65, b"z"), ("q", "\xe9"), (6, 42), (-6, 42), (2, 3.14159),
           (8, 2, 2.5), {"a": b"A", "b": 7}, (1, 2, 3), 5, b"single"]
for f in fmts:
    for a in argsets:
        try:
            print(f, a, f % a)
        except Exception as e:
            print(f, a, type(e).__name__, e)
ba = bytearray(b"%s and %d")
print(ba % (b"x", 3), type(ba % (b"x", 3)).__name__)
for bad in [b"%", b"abc%", b"%5", b"%(a", b"%y"]:
    try:
        print(bad % (1,))
    except Exception as e:
        print(bad, type(e).__name__, e)
# A float conversion reads its argument once (__float__ runs once) and any failure is a TypeError.
class F:
    calls = 0
    def __float__(self):
        F.calls += 1
        return 2.5
print(b"%.2f %e" % (F(), F()), F.calls)
class Bad:
    def __float__(self):
        raise ValueError("nope")
for v in [Bad(), "1.5", None, 3, True, 2**80]:
    try:
        print(b"%f" % (v,))
    except Exception as e:
        print(type(e).__name__, e)
