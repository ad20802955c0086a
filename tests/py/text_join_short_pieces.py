# BUILD_STRING / str concatenation of short pieces (objects/str_object.cpp copy_short: 1-32
# bytes in at most two fixed-size copies): every piece length 0..40 at every offset, mixed
# with wider kinds, f-strings, `s += t` growing in place, and str.join.
import random
rng = random.Random(11)
alpha = "abcdefghijklmnopqrstuvwxyz0123456789"
pieces = ["".join(rng.choice(alpha) for _ in range(n)) for n in range(41)]
out = []
for a in pieces:
    for b in pieces[::3]:
        s = f"{a}{b}|{len(a)}"
        t = a + b
        u = "x"
        u += a
        u += b
        assert s == a + b + "|" + str(len(a)), (a, b, s)
        assert t == "".join([a, b]) and u == "x" + a + b
        out.append(len(s) + len(t) + len(u))
print(sum(out), len(out))
wide = ["\xe9", "\u0101", "\U0001f600", ""]
for w in wide:
    for a in pieces[:20]:
        s = f"{a}{w}{a}"
        assert s == a + w + a and len(s) == 2 * len(a) + len(w)
        r = a
        r += w
        r += a
        assert r == s, (a, w, r)
print(f"{pieces[7]}-{pieces[16]}-{pieces[32]}-{pieces[33]}", "".join(pieces[:9]), "-".join(pieces[14:18]))
print([f"{p}" for p in pieces[:5]], [p + "" for p in pieces[:4]])
