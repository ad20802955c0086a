# fnmatch against CPython: fnmatchcase on random patterns with *, ?, [seq], [!seq], ranges,
# stray brackets and escapes (results only; translate's text is Bastion's own), filter,
# fnmatch, bytes patterns.
import fnmatch
import random

random.seed(3)
alpha = "ab.*?[]!-^\\c"
bits = []
for _ in range(4000):
    pat = ''.join(random.choice(alpha) for _ in range(random.randint(0, 7)))
    name = ''.join(random.choice("ab.c-!^[]\\\n") for _ in range(random.randint(0, 6)))
    bits.append("1" if fnmatch.fnmatchcase(name, pat) else "0")
for i in range(0, len(bits), 100):
    print("".join(bits[i:i + 100]))
print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.fnmatch("A.PY", "*.py"))
print(fnmatch.fnmatchcase(b"x.py", b"*.py"), fnmatch.fnmatch("[x]", "[[]x]"),
      fnmatch.fnmatch("a.b", "[..]"), fnmatch.fnmatch("z", "[z-a]"), fnmatch.fnmatch("-", "[a-]"))
print(fnmatch.translate("*.py") == fnmatch.translate("*.py"))
