# CALL of a builtin method that LOAD_METHOD left unbound (eval.cpp call_method_descr):
# the native runs with self and the arguments straight from the stack when self's type
# is exactly the method's type; everything else (subclasses, overrides, methods fetched
# from the class, classmethod descriptors) takes the generic path. Also `str(x)` of a
# small int (call_str_one). Every result and message must be CPython's.


def show(thunk):
    try:
        r = thunk()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


# str methods with 0, 1, 2 and 3 arguments, at each width.
for s in ["gamma-alpha", "gämmä-älphä", "γάμμα-ἄλφα", "\U0001f600a\U0001f600-\U0001f601a"]:
    a = s[1]
    show(lambda: s.upper())
    show(lambda: s.lower())
    show(lambda: s.find(a))
    show(lambda: s.find(a, 2))
    show(lambda: s.find(a, 2, 6))
    show(lambda: s.count(a))
    show(lambda: s.replace(a, "o"))
    show(lambda: s.replace(a, "\U0001f602", 1))
    show(lambda: s.startswith(s[:3]))
    show(lambda: s.startswith((s[2:4], s[:2]), 0, 5))
    show(lambda: s.endswith(s[-2:]))
    show(lambda: s.split("-"))
    show(lambda: s.split("-", 1))
    show(lambda: s.partition(a))
    show(lambda: "-".join([s, s]))
    show(lambda: s.index(a, 1, 9))
    show(lambda: s.center(20, "*"))

# Wrong counts, wrong types and keywords.
s = "hello"
show(lambda: s.upper(1))
show(lambda: s.find())
show(lambda: s.find("l", 1, 2, 3))
show(lambda: s.find(1))
show(lambda: s.find("l", "x"))
show(lambda: s.replace("l"))
show(lambda: s.replace("l", "L", 1, 2))
show(lambda: s.replace("l", 2))
show(lambda: s.startswith())
show(lambda: s.startswith(1))
show(lambda: s.startswith(("h", 1)))
show(lambda: s.upper(x=1))
f = s.find
show(lambda: f("l", start=1))  # a bound method: METH_VARARGS names the bare method
show(lambda: s.split(sep="l"))
show(lambda: s.split(sep="l", maxsplit=1))
show(lambda: s.split(maxsplit=0))
show(lambda: s.split(bad=1))
show(lambda: s.encode(encoding="ascii"))
show(lambda: s.encode("ascii", errors="strict"))
show(lambda: s.index("z"))
show(lambda: s.join([1]))
show(lambda: s.center())
show(lambda: s.center(5, "*", x=1))
show(lambda: s.join())
show(lambda: s.join(x=[]))
show(lambda: s.partition())
show(lambda: s.rpartition("l", x=1))
show(lambda: s.zfill(x=3))
show(lambda: s.strip(x=3))
show(lambda: s.replace(1, "x"))
show(lambda: s.replace("l", "x", x=1))
show(lambda: s.removeprefix())
show(lambda: s.translate({}, x=1))
show(lambda: s.title(1))
show(lambda: s.isdigit(x=1))
show(lambda: s.isalnum(1, 2))
show(lambda: s.isspace())
show(lambda: s.upper(1, x=2))
show(lambda: s.count())
show(lambda: s.rfind("l", 0, 1, 2))
show(lambda: s.rindex())
show(lambda: s.endswith("o", 0, 5, 1))
show(lambda: str.maketrans("a", "b", x=1))
for m in ["lower", "upper", "swapcase", "casefold", "title", "capitalize", "isalpha", "isdecimal", "isnumeric",
          "isprintable", "isascii", "islower", "isupper", "istitle", "isidentifier"]:
    f = getattr(s, m)
    show(lambda: f(x=1))
    show(lambda: f(1))
args = ("l",)
kwargs = {"maxsplit": 1}
show(lambda: s.split(*args, **kwargs))
show(lambda: s.find(*args))

# bytes, list and dict methods.
b = b"abcabc"
show(lambda: b.upper())
show(lambda: b.find(b"c"))
show(lambda: b.replace(b"a", b"x", 1))
show(lambda: b.split(b"b"))
show(lambda: b.find())
show(lambda: b.count(b"a", 0, 1, 2))
show(lambda: b.startswith())
show(lambda: b.replace(b"a"))
lst = [3, 1, 2]
show(lambda: lst.append(4))
show(lambda: lst.index(2))
show(lambda: lst.insert(0, 9))
show(lambda: lst.pop())
show(lambda: lst.pop(0))
show(lambda: lst.sort(reverse=True))
show(lambda: lst.sort(key=None, reverse=False))
show(lambda: lst.sort(1))
show(lambda: lst.append())
show(lambda: lst.append(1, 2))
show(lambda: lst.append(x=1))
show(lambda: lst.index(99))
print(lst)
d = {"a": 1}
show(lambda: d.get("a"))
show(lambda: d.get("z", 5))
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
show(lambda: d.get([]))
show(lambda: d.setdefault("b", 2))
show(lambda: d.pop("a"))
show(lambda: d.pop("zz"))
show(lambda: d.update(x=3))
show(lambda: d.fromkeys("ab", 0))  # a classmethod descriptor called on an instance
print(sorted(d.items()))
n = 7
show(lambda: n.bit_length())
show(lambda: n.to_bytes(2, "big"))
show(lambda: n.to_bytes(length=2, byteorder="little"))
show(lambda: (2.5).as_integer_ratio())
show(lambda: (1, 2, 1).count(1))


# Subclasses: an inherited method runs the generic way, an override runs the override.
class S(str):
    def upper(self):
        return "S.upper:" + str.upper(self)


class T(str):
    pass


class L(list):
    def append(self, x):
        list.append(self, x * 10)


for v in [S("abc"), T("abc"), "abc"]:
    show(lambda: v.upper())
    show(lambda: v.find("b"))
    show(lambda: v.replace("b", "B"))
l2 = L()
l2.append(1)
list.append(l2, 2)
print(l2)

# Descriptors fetched from the class and called unbound.
show(lambda: str.upper("abc"))
show(lambda: str.upper(S("abc")))
show(lambda: str.upper(1))
show(lambda: str.upper())
show(lambda: str.find("abc", "c"))
show(lambda: str.find(b"abc", "c"))
show(lambda: list.append([], 1))
show(lambda: list.append((), 1))
show(lambda: dict.get({1: 2}, 1))
up = str.upper
show(lambda: up("xyz"))
show(lambda: up(x="xyz"))


# A method replaced on a subclass between calls at one site.
class R(str):
    pass


def call_upper(v):
    return v.upper()


r = R("abc")
print(call_upper(r), call_upper("abc"))
R.upper = lambda self: "patched"
print(call_upper(r), call_upper("abc"))
del R.upper
print(call_upper(r), call_upper("abc"))
R.upper = staticmethod(lambda: "static")
print(call_upper(r))
R.upper = 5
show(lambda: call_upper(r))
del R.upper


# The same site seeing several types, one after the other.
def site(v):
    return v.count(v[0])


for v in ["aab", b"aab", [1, 1, 2], (1, 2, 1), T("aab"), "aab", bytearray(b"aab")]:
    print(type(v).__name__, site(v))


# Exceptions raised from inside the native, caught, and the loop going on.
def loop():
    out = []
    for x in ["a1", "b", "c3", 4, "d"]:
        try:
            out.append(x.index("1") if x != "c3" else x.rindex("3"))
        except ValueError as e:
            out.append("VE:" + str(e))
        except AttributeError as e:
            out.append("AE:" + str(e))
    return out


print(loop())


# Many calls at one site (the loop's steady state), results identical to CPython.
def many(n):
    words = ["alpha", "beta", "gämma", "δelta", "\U0001f600psi"]
    total = 0
    parts = []
    for i in range(n):
        w = words[i % 5]
        t = w.upper() + "-" + w[1:3] + w.replace("a", "o")
        if t.startswith("GAMMA") or t.endswith("psi"):
            total += len(t)
        total += t.find("o")
        parts.append(t)
    return total, ",".join(parts[:7]), len(parts)


print(many(1000))

# str(x): small ints (both signs, the edges of the small range), big ints, other types,
# keywords and counts; str of a value whose __str__ returns a str subclass.
for x in [0, 7, -7, 10, -10, 2**40, -(2**40), 2**62 - 1, -(2**62), 2**62, 2**63, -(2**63) - 1, 10**30, True,
          False, None, 1.5, "s", b"b", [1], (1,)]:
    show(lambda: str(x))
show(lambda: str())
show(lambda: str(1, 2))
show(lambda: str(object=5))
show(lambda: str(b"abc", "ascii"))
show(lambda: str(5, encoding="ascii"))


class Sub(str):
    def __init__(self, *a):
        print("Sub.__init__", [type(x).__name__ for x in a])


class H:
    def __str__(self):
        return Sub("from __str__")


show(lambda: str(H()))
show(lambda: type(str(H())))
s = ""
for i in range(30):
    s += str(i % 10) + str(-i)
print(s)
str_ = str
print(str_(42), str_(-42))


def shadowed():
    str = repr
    return str(5), str("x")


print(shadowed())

# f-strings, format() and str.format() of small ints with an empty spec (format_int's
# direct path) against every other spec and conversion, and ints just outside the range.
for i in [0, 5, -5, 99, -(2**62), 2**62 - 1, 2**62, -(2**62) - 1, True, False]:
    print(f"{i}|{i!s}|{i!r}|{i!a}|{i:}|{i:5}|{i:x}", format(i), format(i, ""), "{}".format(i), "{0!r:>4}".format(i),
          str(i), repr(i))
