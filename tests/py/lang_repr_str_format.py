# __repr__, __str__, __format__: fallbacks, format specs, and errors
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"

print(str(R()), repr(R()), f"{R()}", f"{R()!r}")
print(str(S()), repr(S()).startswith("<__main__.S object at"))
print(str(Both()), repr(Both()), [Both()], (Both(),), {"k": Both()})
print("%s %r" % (Both(), Both()))

class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(format(Fmt(), "x>10"), f"{Fmt():abc}", "{:spec}".format(Fmt()), f"{Fmt()!s:>3}"[:3])

class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}", f"{Plain():}")
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)

class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
class BadFormat:
    def __format__(self, spec):
        return 1
for fn, obj in [(repr, BadRepr()), (str, BadStr()), (format, BadFormat())]:
    try:
        fn(obj)
    except TypeError as e:
        print("TypeError:", e)

# __str__ falls back to __repr__
class OnlyRepr:
    def __repr__(self):
        return "only-repr"
print(str(OnlyRepr()), f"{OnlyRepr()}")

# subclass of str with __str__
class MyStr(str):
    def __str__(self):
        return "custom"
print(str(MyStr("x")), repr(MyStr("x")), MyStr("x") + "y")

# formatting builtins through format()
print(format(3.14159, ".2f"), format(255, "#x"), format("s", "^5"), format(1234567, ","), format(0.5, "%"))
print(ascii("é"), ascii(R()), repr("é"))

# recursion in repr of containers
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
