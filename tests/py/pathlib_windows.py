# PureWindowsPath: drives, UNC shares, extended prefixes, backslashes and forward slashes,
# case-insensitive equality and relative_to, joining rules for drives and roots,
# reserved names, as_posix and as_uri.
from pathlib import PureWindowsPath as W

for s in ("c:\\Windows\\System32", "C:/a/b", "c:", "c:rel\\x", "\\rooted", "/also/rooted",
          "\\\\server\\share\\dir\\f.txt", "//server/share", "//server/share/",
          "\\\\?\\c:\\very\\long", "\\\\?\\UNC\\srv\\sh\\x", "\\\\server", "a\\b/c", ".",
          "", "d:.", "x.tar.gz", "c:\\dir\\.ext"):
    p = W(s)
    print(repr(s), str(p), repr(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          repr(p.name), p.suffixes, str(p.parent), p.is_absolute(), p.as_posix())
print(W("c:/a", "d:b"), W("c:/a", "c:b"), W("c:/a", "/b"), W("c:", "/", "a"))
print(W("c:/a") / "d:b", W("c:/a") / "c:b", W("c:/a") / "/b", W("c:/a") / "\\\\s\\h\\x")
print(W("C:/A/b") == W("c:/a/B"), hash(W("C:/A")) == hash(W("c:/a")), W("a") < W("B"))
print(W("C:/Users/Me/file").relative_to("c:/users"), W("c:/x").is_relative_to("C:/"))
try:
    W("c:/a").relative_to("d:/a")
except ValueError as e:
    print("ValueError:", e)
print([W(n).is_reserved() for n in ("con", "CON.txt", "nul:", "com1", "lpt9.x", "conin$",
                                     "coM\xb9", "a/aux", "console", "\\\\s\\h\\con", "")])
print(W("c:/a b/ü.txt").as_uri(), W("//srv/share/x y").as_uri())
try:
    W("c:rel").as_uri()
except ValueError as e:
    print("ValueError:", e)
print(W("C:/Dir/F.TXT").match("*.txt"), W("C:/Dir/F.TXT").match("c:/dir/*"),
      W("C:/Dir/F.TXT").match("d:/dir/*"), W("a\\b").match("A/B"))
print(W("c:/a/b.py").with_name("c.txt"), W("c:/a/b.py").with_suffix(".pyc"))
for bad in ("c:", "c:x", "x\\y", "\\"):
    try:
        W("c:/a/b.py").with_name(bad)
    except ValueError as e:
        print("ValueError:", e)
print(list(W("c:/a/b/c").parents), list(W("\\\\s\\h\\x\\y").parents))
