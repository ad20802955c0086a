# Pure posix and Windows paths against CPython on 3,000 random paths (parsing, parts, names,
# suffixes, parents, joining, relative_to, with_*, as_uri, comparisons, match): each line is
# a CRC of 100 cases' results.
import random
import binascii
from pathlib import PurePosixPath, PureWindowsPath, PurePath
random.seed(11)
pieces = ["a", "b.txt", ".", "..", "", "/", "//", "///", "c:", "C:", "\\", "x.tar.gz", ".hidden", "d.", "con", "nul.txt", "\\\\srv\\share", "//srv/share/", "\\\\?\\c:\\", "e f", "é"]
def rnd():
    return "".join(random.choice(pieces) for _ in range(random.randint(0, 4)))
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for cls in (PurePosixPath, PureWindowsPath):
    chunk = []
    for n in range(1500):
        args = [rnd() for _ in range(random.randint(0, 3))]
        p = cls(*args)
        q = cls(rnd())
        out = [repr(args), str(p), repr(p), p.parts, p.drive, p.root, p.anchor, p.name, p.suffix,
               p.suffixes, p.stem, str(p.parent), [str(x) for x in p.parents], len(p.parents),
               p.is_absolute(), p.is_reserved(), p.as_posix(),
               show(lambda: p / q), show(lambda: p.joinpath(q, "z")), show(lambda: p.relative_to(q)),
               p.is_relative_to(q), show(lambda: p.with_name("n.py")), show(lambda: p.with_stem("s")),
               show(lambda: p.with_suffix(".md")), show(lambda: p.with_suffix("")),
               show(lambda: p.as_uri()), p == q, p < q, p <= q, hash(p) == hash(cls(str(p))),
               show(lambda: p.match(rnd() or "*")), show(lambda: p.match("*.txt")),
               show(lambda: p.parents[-1]), show(lambda: p.parents[1:]), show(lambda: "pre" / p),
               bytes(p) if cls is PurePosixPath else ""]
        chunk.append(repr(out))
        if n % 100 == 99:
            print(cls.__name__, n + 1, binascii.crc32('\n'.join(chunk).encode()))
            chunk = []
print(PurePath("a", "b"), type(PurePath()).__name__, PurePosixPath() == PureWindowsPath())
