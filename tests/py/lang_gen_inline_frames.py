# Generators resumed by FOR_ITER and SEND run in the caller's loop (eval.cpp,
# generator.cpp's *_inline): everything Python can observe must stay as when they ran
# through __next__/send: gi_running, frames, exception state, PEP 479, close/throw during
# nested `yield from`, re-entrancy errors and the recursion limit.
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def relay(source):
    for x in source:
        yield x


def delegate(source):
    result = yield from source
    return result


def returns(value):
    yield 1
    yield 2
    return value


# for over a generator, break, then resume from native code and from for again
g = numbers(10)
for x in g:
    if x == 3:
        break
print("after break", next(g), list(g), next(g, "done"))
print("sum", sum(relay(relay(numbers(100)))), list(delegate(relay(numbers(5)))))

# yield from a generator: the return value comes back through SEND
def outer():
    r = yield from returns("ret")
    yield ("got", r)
    r2 = yield from delegate(returns("deep"))
    yield ("got2", r2)
print(list(outer()))

# send through nested yield from (SEND resumes the inner generator with the value)
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            if v == "stop":
                return received
    finally:
        print("echo finally", received)

def mid():
    res = yield from echo()
    print("mid got", res)
    yield "mid-after"

def top():
    res = yield from mid()
    yield ("top", res)

t = top()
print(next(t), t.send("a"), t.send("b"), t.send("stop"))
print(next(t, "exhausted"))

# throw and close during nested yield from
def catcher(tag):
    try:
        yield tag + "-1"
        yield tag + "-2"
    except KeyError as e:
        print("caught in", tag, repr(e))
        yield tag + "-handled"
    finally:
        print("finally", tag)

def chain():
    yield from catcher("inner")
    yield "chain-end"

c = chain()
print(next(c))
print(c.throw(KeyError("k")))
print(next(c))
print(next(c, "end"))
c = chain()
print(next(c), c.gi_yieldfrom.__name__, c.gi_yieldfrom.gi_running)
c.close()
print("closed", c.gi_frame, c.gi_suspended)

def closer():
    for x in relay(catcher("relayed")):
        yield x
c = closer()
print(next(c))
c.close()

# gi_running, gi_frame, frames seen by sys._getframe while running from a for loop
def introspect():
    me = yield
    f = sys._getframe()
    print("running", me.gi_running, f.f_code.co_name, f.f_back.f_code.co_name,
          me.gi_frame is f, me.gi_suspended)
    yield "x"

def driver():
    it = introspect()
    next(it)
    it.send(it)
    print("suspended", it.gi_running, it.gi_suspended, it.gi_frame.f_back)
    for v in it:
        print("for got", v)
driver()

def frames_of_chain():
    names = []
    f = sys._getframe()
    while f is not None and len(names) < 5:
        names.append(f.f_code.co_name)
        f = f.f_back
    yield names

def level2():
    yield from frames_of_chain()

def level1():
    for v in level2():
        yield v

def caller():
    for names in level1():
        print("chain", names)
caller()

# re-entrant next() and for over itself: ValueError
def reentrant():
    yield next(me)

me = reentrant()
try:
    for _ in me:
        pass
except ValueError as e:
    print("ValueError", e)

def self_for():
    yield 1
    for x in me2:
        yield x
me2 = self_for()
try:
    print(list(me2))
except ValueError as e:
    print("ValueError", e)

# PEP 479: StopIteration raised in a generator driven by for
def raises_stop():
    yield 1
    raise StopIteration("inside")

try:
    for x in raises_stop():
        pass
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)

def raises_stop_deep():
    yield from relay(raises_stop())
try:
    print(list(raises_stop_deep()))
except RuntimeError as e:
    print("RuntimeError deep", e, type(e.__cause__).__name__, e.__cause__.__cause__)

def next_in_gen():
    it = iter(())
    yield next(it)
try:
    for x in next_in_gen():
        print("never")
except RuntimeError as e:
    print("RuntimeError next", e)

# exceptions through generators driven by for, caught by the caller
def fails(n):
    yield n
    raise ValueError("bad %d" % n)

def total(gens):
    s = 0
    for g in gens:
        try:
            for x in g:
                s += x
        except ValueError as e:
            print("caught", e)
    return s
print(total([fails(1), fails(2), numbers(3)]))

# handled-exception state: each generator keeps its own while suspended
def exc_state():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

try:
    raise IndexError("outer")
except IndexError:
    for name in exc_state():
        print("exc_info in gen", name, sys.exc_info()[0].__name__)
print("after", sys.exc_info())

def swallows():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

g = swallows()
for x in g:
    break
del g

def ignores_exit():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                return
            ignored = True
g = ignores_exit()
for x in g:
    break
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
g.close()
print("closed twice", g.gi_frame)

# return inside try/finally of a generator consumed by for
def fin():
    try:
        yield 1
        return
    finally:
        print("fin finally")
print([x for x in fin()])

# recursion limit through generator chains driven by for
def deep(n):
    if n == 0:
        yield 0
    else:
        for x in deep(n - 1):
            yield x + 1

def deep_from(n):
    if n == 0:
        yield 0
    else:
        yield from deep_from(n - 1)

print(list(deep(50)), list(deep_from(50)))
for maker in (deep, deep_from):
    try:
        list(maker(100000))
    except RecursionError:
        print("RecursionError", maker.__name__)
print(list(deep(100))[-1])

# generator subclasses are impossible; an iterator class with __next__ in a for loop
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(relay(It())), list(delegate(It())))

# send into a just-started generator through SEND is always None; a non-None send errors
def fresh():
    yield 1
try:
    fresh().send(5)
except TypeError as e:
    print("TypeError", e)

# a generator that yields itself out of its own frame and is dropped mid-loop
def producer():
    try:
        for i in numbers(5):
            yield i
    finally:
        print("producer finally")

for v in producer():
    if v == 2:
        break
print("done")
