# Inline generator resume/suspend (FOR_ITER / SEND / YIELD_VALUE in the caller's loop,
# vm/generator_fast.h): the generator's handled exception is its own while it runs and is
# kept across yields; the caller's comes back after each yield; `yield from` starts its
# delegate with None whatever was sent; "generator already executing" when a running
# generator is resumed by for or yield from; PEP 479 and the recursion limit inline.
import sys


def exc_name():
    e = sys.exc_info()[1]
    return None if e is None else type(e).__name__


def seen_states(n):
    for i in range(n):
        yield ("gen sees", exc_name())
        if i == 1:
            try:
                raise KeyError(i)
            except KeyError:
                yield ("gen in handler", exc_name())
                yield ("gen still in handler", exc_name())
        yield ("gen after", exc_name())


try:
    raise ValueError("caller")
except ValueError:
    for item in seen_states(3):
        print(item, "caller sees", exc_name())
print("outside", exc_name())


def relay(g):
    r = yield from g
    return r


try:
    raise IndexError("caller2")
except IndexError:
    g = relay(seen_states(2))
    print(g.send(None), exc_name())
    for item in g:
        print("relayed", item, exc_name())


# A just-started delegate: `yield from` resumes it with None, whatever the outer send carried.
def fresh():
    yield 1


def pusher(inner):
    yield "ready"
    yield from inner


p = pusher(fresh())
print(next(p))
print(p.send("dropped by pusher's bare yield"))
try:
    p.send("x")
except StopIteration as e:
    print("inner finished", repr(e.value))

def fresh2():
    yield 1
    yield 2


def direct():
    inner = fresh2()
    # the first resume of a delegate is a send(None), later ones carry the value
    got = yield from inner
    return got


d = direct()
print(next(d), d.send(5))
try:
    d.send(6)
except StopIteration as e:
    print("stop", e.value)


# Re-entrancy: a generator resumed by for/yield from while it runs.
def self_iter():
    yield 1
    for x in me:
        yield x


me = self_iter()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def self_delegate():
    yield 1
    yield from me2


me2 = self_delegate()
print(next(me2))
try:
    next(me2)
except ValueError as e:
    print("ValueError", e)


# A generator that raised inside an inline resume is finished; the caller's handler sees it.
def boom():
    yield 1
    raise StopIteration("pep479")


try:
    for x in boom():
        print("boom item", x)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# Deep inline chains of generators still stop at the recursion limit as before.
def chain(depth):
    if depth == 0:
        yield "bottom"
    else:
        for x in chain(depth - 1):
            yield x


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    print(list(chain(50)))
    try:
        print(list(chain(400)))
    except RecursionError as e:
        print("RecursionError")
finally:
    sys.setrecursionlimit(old)
