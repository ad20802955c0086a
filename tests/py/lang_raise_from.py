# raise ... from ...; __cause__, __context__, __suppress_context__, __traceback__
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as r:
    print(repr(r.__cause__), repr(r.__context__), r.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("suppressed") from None
except RuntimeError as r:
    print(repr(r.__cause__), repr(r.__context__), r.__suppress_context__)

# from a class: instantiated
try:
    raise ValueError from KeyError
except ValueError as v:
    print(repr(v.__cause__))

for bad in [5, "x"]:
    try:
        raise ValueError from bad
    except TypeError as e:
        print("TypeError:", e)

try:
    raise 5
except TypeError as e:
    print("TypeError:", e)

class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# setting the attributes directly
e = ValueError("x")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
e.__context__ = None
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)
try:
    e.__context__ = "s"
except TypeError as err:
    print("TypeError:", err)

# context chains are not cyclic
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError:
            raise a
except ValueError as final:
    print(repr(final), repr(final.__context__), repr(final.__context__.__context__))

# context is set even when re-raising through functions
def inner():
    raise TypeError("inner")
try:
    try:
        raise OSError("first")
    except OSError:
        inner()
except TypeError as t:
    print(repr(t.__context__))
