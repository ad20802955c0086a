# locale in the C locale: setlocale, getlocale, localeconv, nl_langinfo, format_string/format/str/atof/atoi/delocalize/localize, currency, normalize, errors.
import locale as L, warnings

print(L.setlocale(L.LC_ALL, "C"), L.setlocale(L.LC_ALL), L.setlocale(L.LC_NUMERIC), L.getlocale(), L.getlocale(L.LC_NUMERIC))
print(L.setlocale(L.LC_ALL, "POSIX"), L.setlocale(L.LC_CTYPE, ("C", None)), L.setlocale(L.LC_TIME, (None, None)), L.setlocale(L.LC_ALL, None))
for args in [(L.LC_ALL, "xx_YY"), (99, "C"), (-1, "C"), (L.LC_ALL, ("en_US", "ISO8859-1")), (L.LC_ALL, 5), ("x", "C"), (L.LC_ALL, ("a", "b", "c"))]:
    try:
        print(L.setlocale(*args))
    except (L.Error, TypeError) as e:
        print(type(e).__name__, e)
print(L.Error.__mro__, L.Error.__module__, L.CHAR_MAX, L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE, L.LC_MONETARY, L.LC_MESSAGES, L.LC_ALL)
print(L.localeconv())
print(L.nl_langinfo(L.CODESET), L.nl_langinfo(L.D_T_FMT), L.nl_langinfo(L.RADIXCHAR), repr(L.nl_langinfo(L.THOUSEP)))
print([L.nl_langinfo(getattr(L, "DAY_%d" % i)) for i in range(1, 8)], [L.nl_langinfo(getattr(L, "ABMON_%d" % i)) for i in range(1, 13)])
print(L.nl_langinfo(L.YESEXPR), L.nl_langinfo(L.NOEXPR), L.nl_langinfo(L.AM_STR), L.nl_langinfo(L.T_FMT_AMPM), repr(L.nl_langinfo(L.ERA)))
try:
    L.nl_langinfo(12345)
except ValueError as e:
    print("ValueError", e)

for f, v in [("%d", 1234567), ("%.2f", 1234.5), ("%10.3f|%-8d|%s", (3.14159, 42, "x.y")), ("%e", 12345.678), ("%g", 0.0001),
             ("%%|%5s|%x|%o", ("ab", 255, 8)), ("%*d|%.*f", (6, 42, 2, 1.005)), ("%(a)s and %(b).1f", {"a": 1.5, "b": 2}),
             ("%i%%", 50), ("%u", 7), ("%r", 1.5), ("%c", 65), ("%.3g", 1234567.0), ("no directives", ())]:
    print(repr(L.format_string(f, v)), repr(L.format_string(f, v, grouping=True)), repr(L.format_string(f, v, monetary=True)))
print(L.str(3.14159265358979), L.str(1e20), L.str(10), L.str(-0.5))
print(L.atof("1.5"), L.atof("1e3"), L.atof("  2.5 "), L.atof("7", int), L.atoi("42"), L.atoi("-3"))
print(L.delocalize("1,234.5"), L.localize("1234.5"), L.localize("1234.5", grouping=True), L.localize("1234.5", monetary=True))
for bad in ["1,5", "x"]:
    try:
        L.atof(bad)
    except ValueError as e:
        print("ValueError", e)
for kw in [{}, {"international": True}, {"symbol": False, "grouping": True}]:
    try:
        L.currency(1.5, **kw)
    except ValueError as e:
        print("ValueError", e)
print(L.getpreferredencoding())
print(L.strcoll("a", "b"), L.strcoll("b", "a"), L.strcoll("a", "a"), L.strcoll("B", "a"), L.strcoll("é", "z"), L.strxfrm("abc"))
print(sorted(["b", "A", "a", "é", "Z"], key=L.strxfrm), sorted(["b", "A", "a"], key=__import__("functools").cmp_to_key(L.strcoll)))
try:
    L.strxfrm(None)
except TypeError as e:
    print("TypeError", e)
for bad in [(1, "a"), ("a", None)]:
    try:
        L.strcoll(*bad)
    except TypeError as e:
        print("TypeError", e)
for n in ["C", "c", "POSIX", "en_US", "en_US.utf8", "en_US.UTF-8", "EN_US", "en", "fr", "de_DE", "C.UTF-8", "c.utf8",
          "en_us.iso88591", "de_DE.ISO8859-1", "pt_BR.utf-8@mod", "zz", "xx_YY.utf8", "en_US:utf8", "ja_JP", "de_DE@euro"]:
    print(n, "->", L.normalize(n))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(L.format("%.1f", 2.25), L.format("%d", 7, True))
    try:
        L.format("%d %d", 1)
    except ValueError as e:
        print("ValueError", e)
    print([(x.category.__name__, str(x.message)) for x in w])
print(L.__all__)
# normalize: the lookup order (full name, without modifier, language with the encoding put in, @euro).
for lang in ["C", "en_US", "de_DE", "fr", "el_GR", "fi_FI", "ja_JP", "xx_YY"]:
    print(lang, [L.normalize(lang + enc + mod) for enc in ["", ".utf8", ".UTF-8", ".ISO8859-1", ".latin1", ".ISO8859-15", ".eucJP", ".ascii", ".koi8r"]
                 for mod in ["", "@euro", "@mod"]])
