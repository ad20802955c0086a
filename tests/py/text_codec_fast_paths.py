# The codec fast paths: ASCII/Latin-1 encoding with strict/ignore/replace per kind, one-scan
# UTF-8 decoding and the ASCII check, against the error-handling paths they skip.
samples = ["", "abc", "caf\xe9", "\u65e5\u672c", "a\U0001f600b", "x\ud800y", "\xff\x80\x7f", "mixed caf\xe9 \u65e5 \U0001f600 end" * 3]
for s in samples:
    for enc in ("ascii", "latin-1", "utf-8"):
        for err in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
            try:
                r = s.encode(enc, err)
                print(enc, err, r)
            except UnicodeEncodeError as e:
                print(enc, err, "UEE", e.start, e.end, e.reason)
bs = [b"", b"abc", b"caf\xc3\xa9", b"\xe6\x97\xa5", b"\xf0\x9f\x98\x80", b"\xff", b"a\x80b", b"\xed\xa0\x80", b"abc" * 20 + b"\xc3", b"x" * 40 + b"\xe9" + b"y" * 40]
for b in bs:
    for enc in ("ascii", "latin-1", "utf-8"):
        for err in ("strict", "ignore", "replace", "surrogateescape"):
            try:
                print(enc, err, ascii(b.decode(enc, err)))
            except UnicodeDecodeError as e:
                print(enc, err, "UDE", e.start, e.end, e.reason)
print(len(("\u65e5" * 1000 + "abc").encode("latin-1", "ignore")), ("\U0001f600" * 3).encode("ascii", "replace"))
