# subclassing str and bytes
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("ada")
print(n, repr(n), n.shout(), type(n.upper()).__name__, n + "x", type(n + "x").__name__)
print(n == "ada", "ada" == n, hash(n) == hash("ada"), {n: 1}["ada"], len(n), n[0], type(n[0]).__name__)
print(n.title(), f"{n:>5}", "%s" % n, str(n), type(str(n)).__name__)

class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        self.original = v
u = Upper("hi")
print(u, u.original, u.lower())

class Reversed(str):
    def __str__(self):
        return self[::-1]
    def __len__(self):
        return 99
r = Reversed("abc")
print(str(r), len(r), f"{r}", r.join(["1", "2"]), repr(r))

class MyBytes(bytes):
    pass
b = MyBytes(b"xyz")
print(b, b[0], b.upper(), type(b.upper()).__name__, b.decode(), len(b))

# str methods return plain str
class S(str):
    pass
for result in [S("a").strip(), S("a") * 2, S("a,b").split(",")[0], S("%s") % 1, S("x").replace("x", "y")]:
    print(type(result).__name__, end=" ")
print()
