# generator throw() and close(): handlers, finally blocks, GeneratorExit rules
def worker():
    try:
        while True:
            try:
                v = yield
                print("got", v)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.close()
print("closed")
w.close()  # closing twice is fine

def unhandled():
    yield 1
g = unhandled()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("exhausted after throw")

# throw into a fresh generator raises immediately
g = unhandled()
try:
    g.throw(RuntimeError("fresh"))
except RuntimeError as e:
    print("fresh:", e)

# throw with a type and a value (deprecated form still works)
def catcher():
    try:
        yield
    except TypeError as e:
        yield f"caught {e!r}"
c = catcher()
next(c)
print(c.throw(TypeError("t")))

# yielding during close is an error
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# close returns None; a generator may return during close
def returns_on_close():
    try:
        yield
    except GeneratorExit:
        return "ignored"
r = returns_on_close()
next(r)
print(r.close())

# exception raised in finally during close propagates
def bad_finally():
    try:
        yield
    finally:
        raise ValueError("from finally")
b = bad_finally()
next(b)
try:
    b.close()
except ValueError as e:
    print("ValueError:", e)

# close on a never-started generator does not run its body
def never():
    print("never printed")
    yield
never().close()

# generators are closed when collected: finally runs
def collected():
    try:
        yield 1
    finally:
        print("finally on collection")
g = collected()
next(g)
del g
print("after del")
