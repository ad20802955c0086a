# gettext: NullTranslations and the module functions without catalogs, translation(fallback=True), install, GNUTranslations over an in-memory .mo, plural forms.
import gettext, io, struct, builtins

print(gettext.__all__)
t = gettext.NullTranslations()
print(t.gettext("hello"), t.ngettext("one", "many", 1), t.ngettext("one", "many", 2), t.ngettext("one", "many", 0),
      t.pgettext("ctx", "m"), t.npgettext("ctx", "a", "b", 1), t.npgettext("ctx", "a", "b", 3), t.info(), t.charset())

print(gettext.gettext("msg"), gettext.ngettext("a", "b", 1), gettext.ngettext("a", "b", 2), gettext.pgettext("c", "m"),
      gettext.npgettext("c", "a", "b", 0), gettext.dgettext("nodomain_xyz", "m"), gettext.dngettext("nodomain_xyz", "a", "b", 1),
      gettext.dpgettext("nodomain_xyz", "c", "m"), gettext.dnpgettext("nodomain_xyz", "c", "a", "b", 5))
print(gettext.textdomain(), gettext.textdomain("mydomain"), gettext.textdomain(), gettext.bindtextdomain("mydomain", "/nonexistent/xyz"),
      gettext.bindtextdomain("mydomain"), gettext.gettext("still identity"))

fb = gettext.translation("nodomain_xyz", "/nonexistent/xyz", languages=["de_DE", "fr"], fallback=True)
print(type(fb).__name__, fb.gettext("x"))
try:
    gettext.translation("nodomain_xyz", "/nonexistent/xyz", languages=["de"])
except FileNotFoundError as e:
    print("FileNotFoundError", e, e.errno, e.filename)
print(gettext.find("nodomain_xyz", "/nonexistent/xyz", ["de_DE.UTF-8@euro"]), gettext.find("x", "/nonexistent/xyz", ["en"], all=True),
      gettext.find("x", "/nonexistent", ["C"]))
print(gettext.Catalog is gettext.translation)

gettext.install("nodomain_xyz", "/nonexistent/xyz", names=["ngettext", "pgettext", "bogus"])
print(_("installed"), ngettext("x", "y", 2), pgettext("c", "z"), type(_.__self__).__name__, hasattr(builtins, "bogus"))
t.install()
print(_.__self__ is t)
for name in ("_", "ngettext", "pgettext"):
    del builtins.__dict__[name]

def make_mo(entries, big=False):
    """A .mo catalog: entries is a list of (msgid bytes, msgstr bytes), sorted by msgid."""
    entries = sorted(entries)
    e = ">" if big else "<"
    n = len(entries)
    ids = b""
    strs = b""
    id_index = []
    str_index = []
    base = 28 + 16 * n
    for msgid, msgstr in entries:
        id_index.append((len(msgid), len(ids)))
        ids += msgid + b"\0"
    for msgid, msgstr in entries:
        str_index.append((len(msgstr), len(strs)))
        strs += msgstr + b"\0"
    head = struct.pack(e + "7I", 0x950412de, 0, n, 28, 28 + 8 * n, 0, 0)
    table = b"".join(struct.pack(e + "2I", l, base + o) for l, o in id_index)
    table += b"".join(struct.pack(e + "2I", l, base + len(ids) + o) for l, o in str_index)
    return head + table + ids + strs

header = ("Project-Id-Version: test 1.0\nContent-Type: text/plain; charset=UTF-8\n"
          "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"
          "X-Multi: first\n continued\n").encode()
entries = [(b"", header), ("Hello".encode(), "Cześć".encode()), (b"file\0files", "plik\0pliki\0plików".encode()),
           (b"menu\x04Open", "Otwórz".encode()), (b"menu\x04item\0items", b"element\0elementy\0elementow"),
           (b"only-plural\0plurals", b"P0\0P1\0P2")]
for big in (False, True):
    mo = io.BytesIO(make_mo(entries, big))
    g = gettext.GNUTranslations(mo)
    print(sorted(g.info().items()), g.charset())
    print(g.gettext("Hello"), g.gettext("missing"), g.gettext("only-plural"), g.pgettext("menu", "Open"), g.pgettext("menu", "Close"))
    print([g.ngettext("file", "files", n) for n in (0, 1, 2, 5, 12, 22, 25, 101, 104)])
    print([g.npgettext("menu", "item", "items", n) for n in (1, 3, 7)], g.npgettext("other", "a", "b", 1), g.ngettext("x", "y", 4))
g.add_fallback(gettext.NullTranslations())
print(g.gettext("missing2"), g.ngettext("q", "qs", 1))
class Upper(gettext.NullTranslations):
    def gettext(self, m):
        return m.upper()
g2 = gettext.GNUTranslations(io.BytesIO(make_mo(entries)))
g2.add_fallback(Upper())
g2.add_fallback(gettext.NullTranslations())
print(g2.gettext("Hello"), g2.gettext("unknown"), type(g2._fallback).__name__, type(g2._fallback._fallback).__name__)

for bad in [b"\x00\x00\x00\x00" + b"\0" * 24, struct.pack("<7I", 0x950412de, 5 << 16, 0, 28, 28, 0, 0)]:
    try:
        gettext.GNUTranslations(io.BytesIO(bad))
    except OSError as e:
        print("OSError", e.args)
corrupt = struct.pack("<7I", 0x950412de, 0, 1, 28, 36, 0, 0) + struct.pack("<4I", 100, 1000, 1, 0)
try:
    gettext.GNUTranslations(io.BytesIO(corrupt))
except OSError as e:
    print("OSError", e.args)

for expr in ["n != 1", "n>1", "0", "n==1 ? 0 : n==2 ? 1 : 2", "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)",
             "n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5", "!(n == 1)", "n/2 + n*3 - 1"]:
    f = gettext.c2py(expr)
    print(expr, [f(n) for n in (0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 100, 111, 1000)])
for expr in ["n==1 && 2", "2 && 3", "0 || 5", "1 < 2 < 3", "3 > 2 > 1", "!5", "!0", "n-1-1", "7%3", "1 ? 2 : 3 ? 4 : 5", "1 + n ? 7 : 8"]:
    print(expr, gettext.c2py(expr)(2))
for bad in ["-n", "n/0", "12n", "nn", "n ) x", "n >)= 1", "n ? 1 :: 2", "n == 1 ?", "n ? 1 2", "n == ", "(n", "n)", "n ++ 1 ?", "x", "n; import os", "os.system('x')", "(" * 30 + "n" + ")" * 30, "n" + " " * 1000]:
    try:
        print(bad, "accepted", gettext.c2py(bad)(2))
    except ValueError as e:
        print(repr(bad[:20]), "ValueError", e)
    except ZeroDivisionError as e:
        print(repr(bad), "ZeroDivisionError", e)
f = gettext.c2py("n != 1")
try:
    f("2")
except TypeError as e:
    print("TypeError", e)
