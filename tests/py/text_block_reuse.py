# str and bytes blocks are whole words (objects/str_object.cpp str_new_raw, bytes_new_uninit),
# so short ones are reused through the small-block free lists: reused blocks must never show
# old text, and equal text must compare and hash equal however it was built.
chars = ["a", "\xe9", "\u65e5", "\U0001f600"]
seen = {}
for rnd in range(3):
    for c in chars:
        for n in range(0, 70):
            s = c * n
            t = "".join([c] * n)
            u = (c * (n + 3))[3:] if n else ""
            assert s == t == u and hash(s) == hash(t) == hash(u), (c, n)
            b = s.encode("utf-8")
            assert b == bytes(bytearray(b)) and b.decode("utf-8") == s
            assert b[:n] + b[n:] == b and hash(b) == hash(bytes(list(b)))
            key = (c, n)
            if key in seen:
                assert seen[key] == (s, b, repr(s), len(s), len(b))
            seen[key] = (s, b, repr(s), len(s), len(b))
            del s, t, u, b
# Many short temporaries in a loop, each checked as it is made.
total = 0
for i in range(20000):
    s = str(i % 10) + "-" + str(i)
    assert s == "%d-%d" % (i % 10, i)
    r = ("x" * (i % 13)) + s
    assert len(r) == (i % 13) + len(s) and r.endswith(s)
    total += len(r)
print(total, len(seen))
# Growing in place keeps working across widths (s += t with one reference).
s = ""
for i in range(300):
    s += chars[i % 4] * (i % 5)
print(len(s), s.count("a"), s.count("\U0001f600"), hash(s) == hash("".join(chars[i % 4] * (i % 5) for i in range(300))))
