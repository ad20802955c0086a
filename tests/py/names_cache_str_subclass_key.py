# The name caches' absence proofs (vm/name_cache.h) hold only while the keys alone decide
# a name's absence: a str-subclass key equal to a builtin's name sits in globals, its class
# first refusing equality, then losing that __eq__ with no change to either dict.
class Name(str):
    def __eq__(self, other):
        return False
    __hash__ = str.__hash__

globals()[Name("len")] = lambda x: "shadow"

def f():
    return len("ab")

def run():
    out = []
    for i in range(6):
        out.append(f())
        if i == 2:
            del Name.__eq__
    return out

print(run())


# LOAD_NAME (exec with globals and one locals dict kept across runs: the name cache's proof
# covers both dicts before builtins).
code = compile("r = len('abc')", "<s>", "exec")


class Other(str):
    def __eq__(self, other):
        return False

    __hash__ = str.__hash__


g = {"__builtins__": __builtins__}
g[Other("len")] = lambda x: "other-shadow"
seen = []
loc = {"x": 1}
for i in range(6):
    exec(code, g, loc)
    seen.append(loc["r"])
    if i == 2:
        del Other.__eq__
print(seen)
