# None and bool: identity, truth values, bool arithmetic, repr.
x = None
print(x, x is None, x is not None, x == None)
print(True, False, not True, not False)
print(True + True, True * 10, False - 1, True / 2)
print(True == 1, False == 0, True is True, bool(None))
print(type(None).__name__, type(True).__name__)
print(repr(None), repr(True), str(False))
print(True and False, True or False, None or "fallback", 0 and "never")
print(True & False, True | False, True ^ True)
print(int(True), float(False), str(True) + "!")
print(isinstance(True, int), isinstance(1, bool))
print(True < 2, False > -1, sum([True, True, False, True]))
