# add_note and __notes__
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("while looking up")
        raise
except KeyError as k2:
    print(k2.__notes__)

e2 = ValueError()
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as err:
    print("TypeError:", err)
e3 = ValueError()
e3.__notes__ = ["preset"]
e3.add_note("added")
print(e3.__notes__)
try:
    ValueError().add_note()
except TypeError as err:
    print("TypeError:", err)
