# `async with` and `async for` (PEP 492) driven by hand: the protocol calls, their order,
# exceptions through __aexit__ (suppressing or not), break/continue/return leaving the
# blocks, StopAsyncIteration ending the loop, else clauses, and CPython's TypeErrors.
class Yield:
    def __await__(self):
        return (yield "tick")


def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as stop:
            print("  (ticks: %d)" % ticks)
            return stop.value


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Yield()
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await Yield()
        return self.suppress


async def basic():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("c", suppress=True):
        raise KeyError("suppressed")
    try:
        async with Manager("d"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    async with Manager("ret"):
        return "returned"

print(run(basic()))


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        await Yield()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def loops():
    total = 0
    async for x in Counter(3):
        total += x
    else:
        print("else ran", total)
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 4:
            break
        print("x", x)
    else:
        print("not reached")
    async for a, b in Pairs():
        print("pair", a, b)
    try:
        async for x in Failing():
            print("got", x)
    except RuntimeError as e:
        print("caught", e)
    async for x in Counter(2):
        async for y in Counter(1):
            print("nested", x, y)
    async for x in Counter(10):
        if x == 3:
            return x


class Pairs:
    def __init__(self):
        self.items = [(1, 2), (3, 4)]

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise RuntimeError("anext failed")

print(run(loops()))


# The protocol errors, with CPython's messages.
class NoAexit:
    async def __aenter__(self):
        return 1

class AenterNotAwaitable:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return None

class AexitNotAwaitable:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 5

class AiterNoAnext:
    def __aiter__(self):
        return 1

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

async def use_with(obj):
    async with obj:
        pass

async def use_for(obj):
    async for x in obj:
        pass

for make, obj in [(use_with, 1), (use_with, NoAexit()), (use_with, AenterNotAwaitable()),
                  (use_with, AexitNotAwaitable()), (use_for, [1, 2]), (use_for, AiterNoAnext()),
                  (use_for, AnextNotAwaitable())]:
    try:
        run(make(obj))
    except TypeError as e:
        print("TypeError", e, "| cause:", type(e.__cause__).__name__)


# An exception thrown in while suspended inside `async with` reaches __aexit__.
async def suspended_in_with():
    async with Manager("thrown"):
        await Yield()

co = suspended_in_with()
print(co.send(None), co.send(None))
try:
    co.throw(LookupError("from outside"))
except LookupError as e:
    print("LookupError", e)
except StopIteration:
    print("stopped")
