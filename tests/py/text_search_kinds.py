# Substring search over every pair of kinds (1, 2, 4 bytes per code point): find, rfind,
# count, in, replace (with narrowing of the result), split, startswith/endswith, with
# random texts, needles and start/end bounds; a checksum of the results, then samples.
import random
random.seed(5)
alpha = ["a", "b", "ab", "\xe9", "\u65e5", "\U0001f600", " "]
def rs(n):
    return "".join(random.choice(alpha) for _ in range(n))
out = []
for trial in range(1500):
    h = rs(random.randint(0, 40))
    if trial % 3 == 0:
        h += "\U0001f600"
    if trial % 3 == 1:
        h += "\u65e5"
    n = rs(random.randint(0, 5))
    st = random.randint(-5, 45)
    en = random.randint(-5, 45)
    r = h.replace(n, "X") if n else h.replace(n, "-", 3)
    out.append((h.find(n), h.rfind(n), h.count(n), h.find(n, st, en), h.rfind(n, st, en), h.count(n, st, en), n in h,
                r, len(r), max(r) if r else "", h.split(n) if n else h.split(), h.startswith(n, st), h.endswith(n, st, en)))
big = rs(5000) + "\U0001f600"
for k in range(40):
    n = big[k * 100:k * 100 + k]
    out.append((big.find(n), big.rfind(n), big.count(n), big.find(n + "zz"), big.count(n, 7, 3000)))
text = str(out)
cs = 0
for ch in text:
    cs = (cs * 31 + ord(ch)) % 1000000007
print(len(text), cs)
print(out[:5])
print(out[-5:])
w = "x" * 100 + "\u65e5" + "y" * 100
print(w.replace("\u65e5", "z").isascii(), w.replace("\u65e5", "\U0001f600").count("\U0001f600"), len(w.split("\u65e5")))
print("abc\u65e5".replace("\u65e5", "") == "abc", ("\U0001f600" + "a" * 50).replace("\U0001f600", "\xe9").encode("latin-1")[:3])
