# + and * between str/bytes/bytearray and objects whose reflected methods return NotImplemented:
# CPython's sequence-slot errors (can only concatenate / can't concat / can't multiply sequence).
class X:
    def __radd__(self, o): return NotImplemented
for left in ("s", [1], (1,), b"b", bytearray(b"x")):
    try: left + X()
    except TypeError as e: print(e)
    try: left + 1
    except TypeError as e: print(e)
s = "a"
try:
    s += X()
except TypeError as e: print(e)
class Y:
    def __rmul__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
for seq in ("s", [1], (1,), b"b"):
    for expr in (lambda: seq * Y(), lambda: Y() * seq, lambda: seq * 1.5):
        try: expr()
        except TypeError as e: print(e)
try:
    s = "a"; s *= Y()
except TypeError as e: print(e)
for expr in (lambda: 1 + "a", lambda: None * "a", lambda: 2.5 * b"x", lambda: "a" - "b"):
    try: expr()
    except TypeError as e: print(e)
