# Asynchronous generators (PEP 525) and asynchronous comprehensions (PEP 530): asend,
# athrow, aclose, the awaitables' states and errors, ag_* attributes, aiter()/anext(), and
# the compile-time rules; driven by hand and by asyncio.
import asyncio
import collections.abc
import re
import types


class Suspend:
    """An awaitable that suspends once, passing `value` up to whoever drives the task."""
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got


def drive(aw, sends=()):
    """Run an awaitable by hand; returns (yielded values, result or exception repr)."""
    it = aw.__await__() if hasattr(aw, '__await__') and not hasattr(aw, 'send') else aw
    out = []
    sends = list(sends)
    value = None
    try:
        while True:
            out.append(it.send(value))
            value = sends.pop(0) if sends else None
    except StopIteration as e:
        return out, ('result', e.value)
    except BaseException as e:
        return out, ('raised', type(e).__name__, str(e))


async def counter(n):
    for i in range(n):
        yield i


async def with_await(n):
    for i in range(n):
        got = await Suspend(f'tick{i}')
        yield (i, got)


print('--- basics')
g = counter(3)
print(type(g).__name__, isinstance(g, types.AsyncGeneratorType), isinstance(g, collections.abc.AsyncGenerator))
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(g)))
print(g.__aiter__() is g, g.ag_running, g.ag_await, g.ag_code.co_name, g.__name__, g.__qualname__)
print(bool(g.ag_code.co_flags & 0x200), g.ag_frame is not None)
a = g.__anext__()
print(type(a).__name__, re.sub(r'0x[0-9a-f]+', 'ADDR', repr(a)))
print(drive(a))
print(drive(a))
print(drive(g.__anext__()), drive(g.__anext__()), drive(g.__anext__()), drive(g.__anext__()))
print(g.ag_frame)

print('--- inner awaits pass through')
g = with_await(2)
print(drive(g.__anext__(), ['a']))
print(drive(g.__anext__(), ['b']))
print(drive(g.__anext__()))

print('--- asend')
async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            if v == 'stop':
                break
    finally:
        print('echo finally', received)

g = echo()
print(drive(g.asend(None)))
print(drive(g.asend('x')))
print(drive(g.asend('y')))
print(drive(g.asend('stop')))
print(drive(g.asend('z')))
g = echo()
print(drive(g.asend('first')))   # non-None into a just-started one

print('--- athrow')
async def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', e)
            yield 'recovered'
        except KeyError:
            return

g = catcher()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError('boom'))))
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError, ValueError('v2'))))
print(drive(g.athrow(KeyError)))
print(drive(g.athrow(ValueError)))
print(drive(counter(2).athrow(TypeError('unstarted'))))
try:
    print(drive(g.athrow(1)))
except TypeError as e:
    print('TypeError', e)

print('--- aclose')
async def closing_gen():
    try:
        yield 1
        yield 2
    finally:
        print('closing_gen finally')

g = closing_gen()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.aclose()))
print(drive(g.__anext__()))
g = closing_gen()
print(drive(g.aclose()))     # never started: nothing runs

async def awaits_in_finally():
    try:
        yield 1
    finally:
        got = await Suspend('cleanup')
        print('cleanup got', got)

g = awaits_in_finally()
print(drive(g.__anext__()))
print(drive(g.aclose(), ['done']))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'

g = stubborn()
print(drive(g.__anext__()))
print(drive(g.aclose()))

print('--- awaitable reuse and running')
g = counter(3)
a = g.__anext__()
print(drive(a))
print(drive(a))
a = g.aclose()
print(drive(a))
print(drive(a))
a = g.asend(None)
a.close()
print(drive(a))
g = with_await(3)
a1 = g.__anext__()
print(a1.send(None), g.ag_running)
a2 = g.__anext__()
print(drive(a2))
print(drive(g.aclose()))
print(drive(g.athrow(ValueError)))
print(drive(a1, ['late']))

print('--- PEP 479 / 525 conversions')
async def raises_stop():
    yield 1
    raise StopIteration('inner')

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration('inner')

for fn in (raises_stop, raises_stop_async):
    g = fn()
    print(drive(g.__anext__()))
    try:
        g.__anext__().send(None)
    except RuntimeError as e:
        print('RuntimeError', e, type(e.__cause__).__name__)

print('--- already executing')
async def reenter():
    yield await Suspend(None)

g = reenter()
a = g.__anext__()
a.send(None)
try:
    g.asend(None).send(None)
except RuntimeError as e:
    print('RuntimeError', e)

print('--- async comprehensions')
async def comprehensions():
    print([x async for x in counter(4)])
    print([x * y async for x in counter(3) for y in range(2)])
    print({x % 2 async for x in counter(5)})
    print({x: x * x async for x in counter(3) if x != 1})
    print([x async for x in counter(6) if x % 2 if x > 1])
    print([await Suspend(x) for x in range(2)])
    print([[y async for y in counter(x)] for x in range(3)])
    gen = (x * 10 async for x in counter(3))
    print(type(gen).__name__, [v async for v in gen])
    print([p async for p in with_await(2)])
    return 'comprehensions done'

print(drive(comprehensions(), [None, 'w0', 'w1', None, None, 'r0', 'r1']))

def sync_outer():
    return (x async for x in counter(2))

print(type(sync_outer()).__name__)

print('--- compile-time rules')
for src in [
    'async def f():\n    yield 1\n    return 2\n',
    'async def f():\n    yield 1\n    return\n',
    'def f():\n    return [x async for x in y]\n',
    '[x async for x in y]\n',
    'def f():\n    return [await x for x in y]\n',
    'def f():\n    return (await x for x in y)\n',
    'def f():\n    return ([y async for y in x] for x in z)\n',
    'async def f():\n    yield from x\n',
    'async def f():\n    return {k: v async for k, v in y}\n',
]:
    try:
        compile(src, 'src', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)

print('--- aiter / anext')
async def use_anext():
    it = aiter(counter(2))
    print(await anext(it), await anext(it), await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    print(await anext(counter(0), None))
    return 'ok'

print(drive(use_anext()))
for bad in (lambda: aiter(1), lambda: anext(1), lambda: anext([1], 2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

class BadAiter:
    def __aiter__(self):
        return 1

try:
    aiter(BadAiter())
except TypeError as e:
    print('TypeError', e)

print('--- asyncio')
async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print('ticker finally', n)

async def main():
    total = [i async for i in ticker(3, 0)]
    print('total', total)
    async for i in ticker(5, 0):
        if i == 2:
            break
    seen = []
    async def consume(name, n):
        async for i in ticker(n, 0):
            seen.append((name, i))
    await asyncio.gather(consume('a', 2), consume('b', 3))
    print(sorted(seen))
    g = ticker(4, 0)
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    return 'main done'

print(asyncio.run(main()))

print('--- collected while suspended')
async def dropped():
    try:
        yield 1
        yield 2
    finally:
        print('dropped finally')

g = dropped()
print(drive(g.__anext__()))
del g
print('after del')
