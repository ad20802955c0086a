# Generators in every state (new, suspended, running, finished, closed) resumed by each
# native caller (next, send, throw, close, sum, zip, list, tuple, min, any, dict, str.join,
# sorted, a for loop, yield from): results, errors and the gi_* attributes.

def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i += got
        i += 1
    return "done %d" % i


def state(g):
    frame = g.gi_frame
    return (g.gi_running, frame is not None, g.gi_code is not None and g.gi_code.co_name,
            g.gi_yieldfrom, g.gi_suspended)


g = counter(3)
print("new", state(g))
print(next(g), state(g))
print(g.send(1), state(g))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value, state(g))
print("finished send", end=" ")
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
print("finished next", next(g, "dflt"))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("finished throw", repr(e))
print("finished close", g.close(), state(g))

# gi_code stays the code object after exhaustion and after close (CPython keeps it).
g = counter(1)
code = g.gi_code
list(g)
print(g.gi_code is code, g.gi_code is counter.__code__)
g = counter(5)
next(g)
g.close()
print(g.gi_code is counter.__code__, g.gi_frame)
g = counter(5)
g.close()
print("closed new", g.gi_code is counter.__code__, state(g))

# Sending non-None to a new generator; throw into a new one.
g = counter(3)
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e, state(g))
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("ValueError", e, state(g))
print(list(g))

# Resuming a running generator: every native caller says so.
def selfish():
    while True:
        for how in ("next", "send", "sum", "zip", "list", "throw", "close"):
            try:
                if how == "next":
                    next(me)
                elif how == "send":
                    me.send(1)
                elif how == "sum":
                    sum(me)
                elif how == "zip":
                    list(zip(me, me))
                elif how == "list":
                    list(me)
                elif how == "throw":
                    me.throw(KeyError)
                else:
                    me.close()
            except ValueError as e:
                print(how, "ValueError", e, me.gi_running)
        yield 1

me = selfish()
print(next(me), me.gi_running)
me.close()

# StopIteration values through send, next(), yield from.
def ret(v):
    yield 1
    return v

def outer():
    r = yield from ret("inner value")
    print("yield from got", r)
    r2 = yield from ret(None)
    print("yield from got", r2)
    return "outer value"

g = outer()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value))
g = ret(42)
next(g)
try:
    g.send("x")
except StopIteration as e:
    print("StopIteration", e.value, e.args)

# Native consumers over a generator that raises part-way: the error, and the generator is done.
def raising(n, exc):
    for i in range(n):
        yield i
    raise exc

for name, consume in [("sum", sum), ("list", list), ("tuple", tuple), ("min", min),
                      ("sorted", sorted), ("set", set), ("any", lambda g: any(x > 100 for x in g)),
                      ("zip", lambda g: list(zip(g, range(10)))),
                      ("join", lambda g: "".join(str(x) for x in g)),
                      ("dict", lambda g: dict((x, x) for x in g)),
                      ("enumerate", lambda g: list(enumerate(g))),
                      ("map", lambda g: list(map(str, g)))]:
    g = raising(3, KeyError(name))
    try:
        consume(g)
    except KeyError as e:
        print(name, "KeyError", e, state(g), next(g, "exhausted"))

# PEP 479 through each consumer.
for name, consume in [("sum", sum), ("list", list), ("next", next), ("zip", lambda g: list(zip(g)))]:
    g = raising(2, StopIteration("leak"))
    try:
        if name == "next":
            next(g), next(g), next(g)
        else:
            consume(g)
    except RuntimeError as e:
        print(name, "RuntimeError", e, repr(e.__cause__))

# throw()/close() while suspended inside try/finally, and a generator that ignores GeneratorExit.
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

g = guarded()
next(g)
print("close ->", g.close(), state(g))
g = guarded()
next(g)
try:
    g.throw(IndexError("thrown"))
except IndexError as e:
    print("IndexError", e, state(g))

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    g.throw(KeyError("stop"))  # not caught: it finishes the generator
except KeyError as e:
    print("KeyError", e, state(g))

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield "caught %s" % e

g = catcher()
print(next(g), g.throw(ValueError("v1")), next(g), g.throw(ValueError, "v2"))
g.close()

# yield from a generator with send and throw forwarded; gi_yieldfrom while delegating.
def inner():
    total = 0
    while True:
        try:
            v = yield total
        except KeyError:
            total = -1
            continue
        if v is None:
            return total
        total += v

def delegator():
    result = yield from inner()
    yield "result %d" % result

g = delegator()
print(next(g), g.gi_yieldfrom is not None, g.gi_yieldfrom.gi_code.co_name)
print(g.send(5), g.send(7), g.throw(KeyError), g.send(3))
print(next(g), g.gi_yieldfrom)

# yield from a plain iterator, with send(None) and throw.
def over_list():
    yield from [1, 2, 3]

g = over_list()
print(next(g), g.send(None), g.gi_yieldfrom is not None)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)

# Generators resumed by sum() deep inside each other: fine at modest depth.
def layer(src):
    for x in src:
        yield x

src = iter(range(10))
for _ in range(50):
    src = layer(src)
print(sum(src))
