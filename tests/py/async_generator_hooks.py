# sys.set_asyncgen_hooks / get_asyncgen_hooks: firstiter runs at a generator's first
# awaitable, the finalizer (taken then) replaces close() when it is dropped suspended and may
# keep it alive; asyncio's loop uses them to close generators on the loop (after `break`
# out of `async for`, and in shutdown_asyncgens); weak references to generator kinds.
import asyncio
import gc
import sys
import weakref


def drive(aw, sends=()):
    sends = list(sends)
    value = None
    out = []
    try:
        while True:
            out.append(aw.send(value))
            value = sends.pop(0) if sends else None
    except StopIteration as e:
        return out, e.value
    except BaseException as e:
        return out, repr(e)


print(sys.get_asyncgen_hooks(), type(sys.get_asyncgen_hooks()).__name__)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter, hooks.finalizer, tuple(hooks))
for kwargs in ({'firstiter': 1}, {'finalizer': 'x'}, {'firstiter': 1, 'finalizer': 2}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print('TypeError', e)
try:
    sys.set_asyncgen_hooks(1, 2, 3)
except TypeError as e:
    print('TypeError', e)

events = []
kept = []


def firstiter(agen):
    events.append(('firstiter', agen.__name__))


def finalizer(agen):
    events.append(('finalizer', agen.__name__))
    kept.append(agen)


sys.set_asyncgen_hooks(firstiter, finalizer)
print(sys.get_asyncgen_hooks().firstiter is firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks(firstiter=firstiter)


async def agen_a():
    try:
        yield 1
        yield 2
    finally:
        events.append('a finally')


async def agen_b():
    yield 1


g = agen_a()
events.append('made')
a1 = g.__anext__()
a2 = g.__anext__()
print(drive(a1), events)
del g, a1, a2
gc.collect()
print(events)
print(len(kept), kept[0].__name__)
print(drive(kept.pop().aclose()), events)

events.clear()
g = agen_b()
print(drive(g.__anext__()), drive(g.__anext__()))
del g
gc.collect()
print(events)   # exhausted: no finalizer

events.clear()
g = agen_a()
print(drive(g.asend(None)))
sys.set_asyncgen_hooks(None, None)   # the generator keeps the finalizer it took
del g
gc.collect()
print(events, len(kept))
print(drive(kept.pop().aclose()), events)

events.clear()
g = agen_a()
print(drive(g.__anext__()))   # no hooks now: closed at once when dropped
del g
print(events)

sys.set_asyncgen_hooks(firstiter=lambda agen: 1 / 0)
try:
    agen_b().__anext__()
except ZeroDivisionError as e:
    print('firstiter raised', e)
sys.set_asyncgen_hooks(None, None)

print('--- weak references')


async def coro():
    pass


c = coro()
r1 = weakref.ref(c)
g = agen_b()
r2 = weakref.ref(g)
print(r1() is c, r2() is g)
c.close()
del c, g
print(r1(), r2())

print('--- asyncio')


async def ticker(name):
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print('cleanup', name)


async def main():
    loop = asyncio.get_running_loop()
    print(sys.get_asyncgen_hooks().firstiter == loop._asyncgen_firstiter_hook)
    async for x in ticker('broken'):
        break
    print('after break')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('after sleeps')
    g = ticker('left suspended')
    await g.__anext__()
    global keep
    keep = g
    print('main done')


asyncio.run(main())
print('after run', sys.get_asyncgen_hooks())
