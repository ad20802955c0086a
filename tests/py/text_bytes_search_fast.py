# bytes/bytearray search through the memchr+compare path (and its switch to memmem after
# many false candidates: texts full of the needle's first byte), count/replace/split/find
# over str kind 1 too, and hex() with and without a separator.
import random
random.seed(11)
out = []
for trial in range(800):
    h = bytes(random.choice(b"aab\x00\x01") for _ in range(random.randint(0, 60)))
    n = bytes(random.choice(b"ab\x00\x01") for _ in range(random.randint(0, 4)))
    st, en = random.randint(-3, 63), random.randint(-3, 63)
    out.append((h.find(n), h.rfind(n), h.count(n), h.find(n, st, en), h.count(n, st, en), n in h,
                h.replace(n, b"XY"), h.split(n) if n else h.split(), bytearray(h).find(n)))
    hs, ns = h.decode("latin-1"), n.decode("latin-1")
    out.append((hs.find(ns), hs.count(ns), hs.replace(ns, "Z"), hs.split(ns) if ns else hs.split()))
worst = b"a" * 5000 + b"ab" + b"a" * 3000 + b"ab"
print(worst.find(b"ab"), worst.count(b"ab"), worst.find(b"a" * 40 + b"b"), worst.rfind(b"aab"), len(worst.replace(b"ab", b"")))
ws = worst.decode()
print(ws.find("ab"), ws.count("ab"), ws.find("a" * 40 + "b"), ws.count("a" * 70 + "b"), ws.find("a" * 100 + "b"))
text = repr(out)
cs = 0
for ch in text:
    cs = (cs * 31 + ord(ch)) % 1000000007
print(len(text), cs, out[:4])
data = bytes(range(256)) * 3
print(data.hex()[:40], data.hex(":")[:40], data.hex("-", 4)[:40], data.hex(" ", -3)[-20:], b"".hex(), b"\x00".hex(","),
      bytearray(b"\xab\xcd").hex(), memoryview(b"\x12\x34").hex())
