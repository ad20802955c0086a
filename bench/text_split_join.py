# Text: split/join, find/replace/count on large text, and UTF-8 encode/decode of large
# mixed-script text (ASCII, Latin-1, BMP and astral characters).
def make_text(n):
    words = ["alpha", "beta", "gamma", "delta", "caf\xe9", "na\xefve", "\u65e5\u672c", "\U0001f600ok"]
    parts = []
    for i in range(n):
        parts.append(words[(i * 7) % 8])
    return " ".join(parts)

def split_join(text, rounds):
    total = 0
    for _ in range(rounds):
        words = text.split()
        total += len(words)
        lines = "\n".join(words).splitlines()
        total += len(lines)
        total += len(",".join(words).split(","))
    return total

def find_replace(text, rounds):
    total = 0
    for _ in range(rounds):
        total += text.count("gamma") + text.find("zzz") + text.rfind("beta")
        t = text.replace("alpha", "ALPHA").replace("\u65e5", "x")
        total += len(t) + t.count("ALPHA")
        total += ("needle" in text) + ("delta caf" in text)
    return total

def codecs(text, rounds):
    total = 0
    for _ in range(rounds):
        b = text.encode("utf-8")
        total += len(b)
        total += len(b.decode("utf-8"))
        a = text.encode("ascii", "ignore")
        total += len(a) + len(a.decode("ascii"))
        l = text.encode("latin-1", "replace")
        total += len(l.decode("latin-1"))
    return total

def bytes_ops(rounds):
    data = bytes(range(256)) * 4000
    total = 0
    for _ in range(rounds):
        total += data.count(b"\x00\x01") + data.find(b"\xff\x00\x01\x02\x03") + len(data.split(b"\n"))
        total += len(data.replace(b"ab", b"AB")) + len(data.hex()) + len(bytes.fromhex(data[:4096].hex()))
        ba = bytearray()
        for i in range(2000):
            ba += b"chunk"
            ba.append(i & 255)
        total += len(ba)
    return total

text = make_text(200_000)
print(split_join(text, 8), find_replace(text, 20), codecs(text, 20), bytes_ops(20))
