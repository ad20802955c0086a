# ExceptionGroup.split / subgroup / derive: by type, by tuple, by predicate; metadata copied
def show(e, indent=0):
    pad = "  " * indent
    if e is None:
        print(pad + "None")
        return
    if isinstance(e, BaseExceptionGroup):
        print(pad + f"{type(e).__name__}({e.message!r})")
        for sub in e.exceptions:
            show(sub, indent + 1)
    else:
        print(pad + repr(e))

eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4)]),
])

match, rest = eg.split(ValueError)
print("-- split ValueError")
show(match)
show(rest)

match, rest = eg.split((TypeError, KeyError))
print("-- split (TypeError, KeyError)")
show(match)
show(rest)

print("-- split by predicate")
match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
show(match)
show(rest)

print("-- whole group matches")
m, r = eg.split(Exception)
print(m is eg, r)

print("-- nothing matches")
m, r = eg.split(OSError)
print(m, r is eg)

print("-- subgroup")
show(eg.subgroup(KeyError))
print(eg.subgroup(ZeroDivisionError))
print(eg.subgroup(lambda e: True) is eg)

print("-- metadata")
eg.add_note("a note")
eg.__cause__ = RuntimeError("cause")
eg.__context__ = LookupError("ctx")
m, r = eg.split(ValueError)
print(m.__notes__, m.__cause__, m.__context__)
print(m.__notes__ is eg.__notes__)

print("-- derive")
d = eg.derive([OSError(5)])
print(type(d).__name__, d.message, d.exceptions)
print(d.__notes__ if hasattr(d, "__notes__") else "no notes")

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)

mine = MyEG("custom", [ValueError(1), TypeError(2)])
m, r = mine.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)

for bad in [1, "x", (ValueError, 1)]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)

for call in [lambda: eg.split(), lambda: eg.subgroup(ValueError, 1), lambda: eg.derive()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
