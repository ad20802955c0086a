# A __hash__ returning a value that fits 64 bits keeps it (str hashes use all 64 bits); wider ints are reduced.
class S(str):
    def __hash__(self): return str.__hash__(self)
print(hash(S("abc")) == hash("abc"))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in [0, -1, -2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 10**30, -10**30]:
    print(v, hash(H(v)))
d = {S("abc"): 1}
print(d.get("abc"))
