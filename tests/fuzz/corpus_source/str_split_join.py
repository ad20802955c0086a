# split and join.
print("a b  c   d".split())
print("a,b,,c".split(","))
print("a,b,c,d".split(",", 2), "a b c".split(None, 1))
print("  leading and trailing  ".split())
print("".split(), "".split(","), "abc".split("abc"), "a--b--c".split("--"))
print("one\ntwo\tthree  four".split())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), repr(", ".join([])), "|".join("abc"))
print(" ".join([str(i) for i in range(5)]))
words = "the quick brown fox".split()
print(len(words), words[-1], " ".join(reversed(words)), "_".join(sorted(words)))
line = "name: Alice ; age: 30 ; city: Paris"
fields = {}
for part in line.split(";"):
    k, v = part.split(":")
    fields[k.strip()] = v.strip()
print(fields)
csv = "1,2,3\n4,5,6\n7,8,9"
rows = [[int(c) for c in r.split(",")] for r in csv.split("\n")]
print(rows, sum([sum(r) for r in rows]))
