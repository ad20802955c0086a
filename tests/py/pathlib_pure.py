# Pure paths: parsing (extra slashes, '.', two leading slashes), the parts and name
# properties, joining with / and joinpath, parents, relative_to/is_relative_to,
# with_name/with_stem/with_suffix and their errors, match, as_posix/as_uri, bytes/fspath,
# equality, hashing and ordering, and constructor errors.
import os

from pathlib import PurePath, PurePosixPath, PureWindowsPath

p = PurePosixPath("/usr//local/./lib/python3.11/", "site-packages", "pkg.tar.gz")
print(p, repr(p))
print(p.parts, p.drive, repr(p.root), p.anchor)
print(p.name, p.suffix, p.suffixes, p.stem)
print(p.parent, p.parent.parent)
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[-2])
print(p.parents[1:3], p.parents[::-2], repr(p.parents))
try:
    p.parents[7]
except IndexError as e:
    print("IndexError", e)
for s in ("", ".", "/", "//", "///", "//a/b", "///a", "a/b/", "./a", "a/./b", "a/../b",
          "..", ".bashrc", "x.", "a..b", "..x", "...", "x.tar.", " sp ace "):
    q = PurePosixPath(s)
    print(repr(s), str(q), q.parts, repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem),
          str(q.parent), q.is_absolute())
print(PurePosixPath("a") / "b" / PurePosixPath("c"), "x" / PurePosixPath("y"),
      PurePosixPath("a") / "/abs" / "z", PurePosixPath("a").joinpath("b", "c/d"))
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("/a/b/c").relative_to("/"),
      PurePosixPath("a/b").relative_to("a", "b"), PurePosixPath("/a/b").relative_to("/a/b"))
for a, b in (("/a/b", "/c"), ("a/b", "/a"), ("/a", "a"), ("a", "")):
    try:
        print(PurePosixPath(a).relative_to(b))
    except ValueError as e:
        print("ValueError:", e)
try:
    PurePosixPath("a").relative_to()
except TypeError as e:
    print("TypeError:", e)
print(PurePosixPath("/a/b").is_relative_to("/a"), PurePosixPath("/a/b").is_relative_to("/b"))
q = PurePosixPath("/dir/file.tar.gz")
print(q.with_name("x.py"), q.with_stem("new"), q.with_suffix(".bz2"), q.with_suffix(""),
      PurePosixPath("README").with_suffix(".md"))
for call in (lambda: q.with_name(""), lambda: q.with_name("a/b"), lambda: q.with_name("/"),
             lambda: q.with_suffix("md"), lambda: q.with_suffix("."),
             lambda: q.with_suffix("./x"), lambda: PurePosixPath("/").with_name("x"),
             lambda: PurePosixPath("").with_suffix(".x"), lambda: PurePosixPath("a").as_uri()):
    try:
        print(call())
    except ValueError as e:
        print("ValueError:", e)
print(PurePosixPath("/a/b.py").match("*.py"), PurePosixPath("/a/b.py").match("a/*.py"),
      PurePosixPath("/a/b.py").match("/*.py"), PurePosixPath("/a/b.py").match("/a/*.py"),
      PurePosixPath("a/b.py").match("b/*.py"), PurePosixPath("b.PY").match("*.py"),
      PurePosixPath("x/[ab].txt").match("[!c].txt"))
try:
    PurePosixPath("a").match("")
except ValueError as e:
    print("ValueError:", e)
print(PurePosixPath("/tmp/a b/ü%.txt").as_uri(), PurePosixPath("//host/x").as_uri())
print(bytes(PurePosixPath("/a/é")), os.fspath(PurePosixPath("a/b")), str(PurePosixPath()))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") == PurePosixPath("A"),
      PurePosixPath("a") == "a", PurePosixPath("a") != PureWindowsPath("a"))
print(sorted([PurePosixPath(x) for x in ("b", "a/c", "/z", "a", "a/b")]))
print(PurePosixPath("a") < PurePosixPath("b"), PurePosixPath("a/b") > PurePosixPath("a"))
try:
    PurePosixPath("a") < PureWindowsPath("b")
except TypeError as e:
    print("TypeError:", e)
try:
    PurePosixPath("a") < "b"
except TypeError as e:
    print("TypeError:", e)
print(len({PurePosixPath("a/b"), PurePosixPath("a//b"), PurePosixPath("a/./b")}))
for bad in (b"bytes", 5, None):
    try:
        PurePosixPath(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    PurePosixPath("a") / 5
except TypeError as e:
    print("TypeError:", e)


class Fs:
    def __fspath__(self):
        return "from/fspath"


print(PurePosixPath(Fs(), "x"), PurePosixPath(PurePosixPath("/p"), "q"))
print(type(PurePath("x")).__name__, isinstance(PurePosixPath("x"), PurePath),
      isinstance(PurePosixPath("x"), os.PathLike))
print(PurePosixPath("/a/b").__reduce__())
print(PurePosixPath("/a").is_reserved(), PurePosixPath("nul").is_reserved())
