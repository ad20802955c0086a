# repr() and ascii() of short Latin-1 strs (objects/str_repr.cpp repr_latin1_short: one pass
# into a local buffer up to 64 characters; longer text takes the two-pass path): every code
# point below 256 alone and in context, the quote choice, the 64/65-character boundary,
# str subclasses and str.__repr__ overrides.
import random
out = []
for c in range(256):
    ch = chr(c)
    out.append(repr(ch) + ascii(ch) + repr("a" + ch + "'") + repr(ch * 64) + repr(ch * 65))
print(len(out), sum(len(x) for x in out))
print("\n".join(out[:40]))
print(hash("".join(out)) == hash("".join(out)), "".join(out).count("\\x"))
for s in ["", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nul\x00",
          "caf\xe9", "\xa0\xad\xa1\xff\x7f\x80\x9f", "a" * 64, "a" * 63 + "\xe9", "'" * 64, "\t" * 64, "\x00" * 65]:
    print(repr(s), ascii(s), len(repr(s)), type(repr(s)).__name__)
rng = random.Random(7)
alphabet = [chr(c) for c in range(256)]
total = 0
for n in range(0, 80):
    s = "".join(rng.choice(alphabet) for _ in range(n))
    r = repr(s)
    assert eval(r) == s, (s, r)
    total += len(r) + len(ascii(s))
print(total)
class S(str):
    pass
class R(str):
    def __repr__(self):
        return "R!"
print(repr(S("x'y")), repr(R("x")), repr([R("a"), S("b\n")]), f"{S('q')!r}", "%r" % S("\xe9"))
