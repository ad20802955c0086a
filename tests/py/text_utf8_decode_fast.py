# UTF-8 decoding's fast path (objects/codecs_utf8.cpp): ASCII runs eight bytes at a time,
# the result's kind from the widest lead byte, and every invalid input falling back to the
# general decoder with CPython's error positions and handlers.
import random

samples = ["", "a", "abcdefgh", "abcdefghi", "caf\xe9", "\xe9" * 17, "x" * 7 + "\xff",
           "\u0100", "\u07ff", "\u0800", "\uffff", "\ud7ff", "\ue000", "\U00010000", "\U0010ffff",
           "ascii then \u65e5\u672c", "\U0001f600" * 9 + "tail", "mixed caf\xe9 \u65e5 \U0001f600 ok" * 5,
           "12345678\xe9", "1234567\xe9", "\x00\x7f\x80\xff"]
for s in samples:
    b = s.encode("utf-8")
    d = b.decode("utf-8")
    assert d == s, (s, d)
    print(len(d), ascii(d)[:40], str(b, "utf-8") == s, bytearray(b).decode() == s, memoryview(b).tobytes().decode() == s)
    # the result is canonical: equal to (and hashes as) the same text built another way
    assert hash(d) == hash("".join(list(s)))

bad = [b"\x80", b"abc\x80", b"abcdefgh\xc0\x80", b"\xc2", b"\xc2A", b"\xe0\x80\x80", b"\xe0\xa0",
       b"\xed\xa0\x80", b"\xed\x9f\xbf", b"\xf0\x80\x80\x80", b"\xf0\x90\x80", b"\xf4\x90\x80\x80",
       b"\xf4\x8f\xbf\xbf", b"\xf5\x80\x80\x80", b"\xff", b"12345678\xe9", b"\xe6\x97\xa5\xe6\x97",
       b"ok" * 20 + b"\xf0\x9f\x98"]
for b in bad:
    try:
        print(ascii(b.decode("utf-8")))
    except UnicodeDecodeError as e:
        print("error", e.start, e.end, e.reason)
    for errors in ("replace", "ignore", "surrogateescape", "backslashreplace"):
        print(" ", errors, ascii(b.decode("utf-8", errors)))
print(ascii(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))

# A str subclass's constructor and the utf-8-sig BOM take the same path.
class S(str):
    pass
print(type(S(b"caf\xc3\xa9", "utf-8")).__name__, S(b"caf\xc3\xa9", "utf-8"))
print(ascii(b"\xef\xbb\xbfcaf\xc3\xa9".decode("utf-8-sig")))

# Random round trips over every width, with invalid bytes sprinkled in.
rng = random.Random(6)
alphabet = ["a", "Z", " ", "\x7f", "\x80", "\xe9", "\xff", "\u0100", "\u07ff", "\u0800", "\u65e5", "\uffff",
            "\U00010000", "\U0001f600", "\U0010ffff"]
ok = errs = 0
for trial in range(3000):
    s = "".join(rng.choice(alphabet) * rng.randint(1, 9) for _ in range(rng.randint(0, 12)))
    b = bytearray(s.encode("utf-8"))
    assert b.decode("utf-8") == s
    if b and rng.random() < 0.5:
        b[rng.randrange(len(b))] = rng.randrange(256)
    try:
        d = bytes(b).decode("utf-8")
        assert d.encode("utf-8") == bytes(b)
        ok += 1
    except UnicodeDecodeError as e:
        errs += 1
        assert bytes(b).decode("utf-8", "replace").count("\ufffd") >= 1
print(ok + errs, ok > 0, errs > 0)

# ASCII/Latin-1 encoding with "ignore" drops exactly the unencodable units, at every width.
for s in ["", "abc", "\xe9abc\xe9", "a\u65e5b\u65e5", "\U0001f600", "x\U0001f600y" * 5, "\u65e5" * 10 + "z"]:
    print(s.encode("ascii", "ignore"), s.encode("latin-1", "ignore"), s.encode("ascii", "replace"))
