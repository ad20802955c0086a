# Exceptions raised and caught in loops (session 6 raise paths): messages, tracebacks of
# re-raised exceptions with their line numbers read lazily, AttributeError name/obj,
# KeyError for unusual keys, reprs that raise, except with class tuples, with-statements.
import sys
import traceback


class ParseError(ValueError):
    def __init__(self, position):
        super().__init__(position)
        self.position = position


def parse(i):
    if i % 3 == 0:
        raise ParseError(i)
    return i


def lines_of(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0))
        tb = tb.tb_next
    return out


caught = []
for i in range(7):
    try:
        parse(i)
    except ParseError as e:
        caught.append((e.position, e.args, str(e), repr(e), lines_of(e)))
for c in caught:
    print(c)


def reraiser(n):
    try:
        parse(n)
    except ParseError:
        raise


def wrapper(n):
    try:
        reraiser(n)
    except ValueError as e:
        raise RuntimeError("wrapped") from e


for n in (0, 3):
    try:
        wrapper(n)
    except RuntimeError as e:
        print(lines_of(e))
        print(lines_of(e.__cause__))
        print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))

# The same exception raised again and again: its traceback grows by one entry per raise.
saved = KeyError("k")
for i in range(3):
    try:
        raise saved
    except KeyError as e:
        print(i, len(lines_of(e)), [ln for _, ln, _ in lines_of(e)])


class Obj:
    pass


class BadRepr:
    def __repr__(self):
        raise ZeroDivisionError("repr fails")


class HashKey:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, HashKey) and other.v == self.v

    def __repr__(self):
        return "HashKey(%r)" % (self.v,)


for obj in (Obj(), 5, "s", None, [1], BadRepr()):
    for name in ("missing", "x\u00e9y", "\U0001f600"):
        try:
            getattr(obj, name)
        except AttributeError as e:
            print(type(obj).__name__, repr(str(e)), e.args, e.name == name, e.obj is obj)

for name in ("missing", "x\u00e9y"):
    try:
        getattr(Obj, name)
    except AttributeError as e:
        print(repr(str(e)), e.args)

for _ in range(3):
    try:
        Obj().nothing
    except AttributeError as e:
        print(str(e), e.name, type(e.obj).__name__)

d = {}
for key in (1, "a", (1, 2), (), 2.5, -0.0, None, HashKey(3), frozenset(), b"x", "", ("",)):
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)

try:
    d[BadRepr()]
except TypeError as e:
    print("unhashable?", e)
except KeyError as e:
    print("KeyError args", type(e.args[0]).__name__)
    try:
        str(e)
    except ZeroDivisionError as z:
        print("str raised", z)

# except with a class tuple, nested tuples are not flattened (TypeError), non-classes refused.
for exc in (TypeError("t"), ValueError("v"), KeyError("k"), ParseError(1)):
    try:
        try:
            raise exc
        except (TypeError, ValueError):
            print("tuple caught", type(exc).__name__)
    except KeyError:
        print("outer caught", type(exc).__name__)

try:
    try:
        raise ValueError("x")
    except ((ValueError,),):
        print("nested tuple caught")
except TypeError as e:
    print("TypeError", e)

try:
    try:
        raise ValueError("x")
    except (ValueError, 5):
        print("caught with a bad entry")
except TypeError as e:
    print("TypeError", e)


class Guard:
    def __init__(self):
        self.entered = 0
        self.seen = []

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, kind, value, tb):
        self.seen.append((kind and kind.__name__, value and value.args, tb is not None and tb.tb_lineno > 0))
        return kind is KeyError


g = Guard()
for i in range(6):
    try:
        with g:
            if i % 3 == 0:
                raise KeyError(i)
            if i % 3 == 1:
                raise IndexError(i)
    except IndexError as e:
        print("escaped", e.args, len(lines_of(e)))
print(g.entered, g.seen)

# try/finally in a loop, with returns and a raise crossing the finally.
def fin(i):
    try:
        if i & 1:
            raise TypeError("odd")
        return "even"
    finally:
        sys.stdout.write("finally %d\n" % i)


for i in range(4):
    try:
        print(fin(i))
    except TypeError as e:
        print("caught", e, sys.exc_info()[0].__name__)
print(sys.exc_info())

# __context__ across a handler, and add_note.
try:
    try:
        {}["first"]
    except KeyError:
        raise AttributeError("second")
except AttributeError as e:
    e.add_note("a note")
    print(repr(e.__context__), e.__notes__, e.__suppress_context__)
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
