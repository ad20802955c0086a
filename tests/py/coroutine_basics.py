# Coroutines (PEP 492) driven by hand, without asyncio: async def makes a coroutine object,
# await delegates to coroutines and to objects with __await__, send/throw/close work as
# for generators with the coroutine wording, and the attributes are the cr_* family.
import types


class Suspend:
    """An awaitable that suspends once, handing `value` to the driver."""
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return ("resumed", got)


def run(coro, sends=()):
    """Drives `coro` to completion, printing what it yields; returns its result."""
    sends = list(sends)
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as stop:
            return stop.value
        print("  yielded", yielded)
        value = sends.pop(0) if sends else None


async def add(a, b):
    return a + b


async def chain():
    x = await add(1, 2)
    y = await Suspend("first")
    z = await Suspend("second")
    return x, y, z


c = chain()
print(type(c).__name__, type(c), c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_origin)
print(c.cr_code is chain.__code__, c.cr_frame is not None, c.cr_suspended)
print(hex(chain.__code__.co_flags & 0x1a0))  # CO_COROUTINE, not CO_GENERATOR
print("result", run(c, ["a", "b"]))
print(c.cr_frame, c.cr_suspended)

# A finished coroutine cannot run again (unlike a generator, which just stops).
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c.throw(ValueError("x"))
except RuntimeError as e:
    print("RuntimeError", e)
print("close of finished:", c.close())

# Not iterable; await of non-awaitables.
async def bad(x):
    return await x

for obj in [1, "s", [1], None]:
    co = bad(obj)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError", e)

class AwaitReturnsNonIter:
    def __await__(self):
        return 42

class AwaitReturnsCoro:
    def __await__(self):
        return add(1, 1)

for obj in [AwaitReturnsNonIter(), AwaitReturnsCoro()]:
    co = bad(obj)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError", e)
    finally:
        co.close()

try:
    iter(add(1, 2))
except TypeError as e:
    print("TypeError", e)

# coro.__await__() gives a coroutine_wrapper iterator.
co = chain()
w = co.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w), w.send("A"))
try:
    w.send("B")
except StopIteration as e:
    print("StopIteration", e.value)

# Awaiting a coroutine that is already being awaited.
async def waits_on(other):
    return await other

inner = chain()
outer1 = waits_on(inner)
print(outer1.send(None))
outer2 = waits_on(inner)
try:
    outer2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
outer1.close()
print(inner.cr_frame, inner.cr_await)

# throw() goes to the innermost awaited object; exceptions propagate out through awaits.
async def catcher():
    try:
        await Suspend("waiting")
    except KeyError as e:
        return "caught " + repr(e)

co = catcher()
print(co.send(None))
try:
    co.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration", e.value)

async def raiser():
    raise ValueError("inside")

async def outer():
    try:
        await raiser()
    except ValueError as e:
        print("outer caught", e)
        raise
try:
    run(outer())
except ValueError as e:
    print("propagated", e)

# PEP 479 wording for coroutines; "already executing"; close() runs finally blocks.
async def stops():
    raise StopIteration("x")
try:
    stops().send(None)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

async def reenter():
    me.send(None)
me = reenter()
try:
    me.send(None)
except ValueError as e:
    print("ValueError", e)

async def with_finally():
    try:
        await Suspend(1)
    finally:
        print("finally ran")
co = with_finally()
co.send(None)
co.close()
print(co.cr_frame)

async def ignores_exit():
    try:
        await Suspend(1)
    except GeneratorExit:
        await Suspend(2)
co = ignores_exit()
co.send(None)
try:
    co.close()
except RuntimeError as e:
    print("RuntimeError", e)
co = add(1, 2)
try:
    co.send(5)
except TypeError as e:
    print("TypeError", e)
co.close()

# types.coroutine: a generator-based coroutine can be awaited.
@types.coroutine
def legacy():
    got = yield "legacy"
    return got * 2

async def uses_legacy():
    return await legacy()
print("result", run(uses_legacy(), [21]))

print(repr(add(1, 2))[:26])
print(isinstance(add(1, 2), types.CoroutineType) if hasattr(types, "CoroutineType") else True)
