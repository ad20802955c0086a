# asyncio: event loop basics: call_soon/call_later/call_at ordering, handles,
# run_until_complete, run_forever/stop, close, running-loop errors, run, Runner.
import asyncio


def show(x):
    print(repr(x).replace(__file__, 'FILE'))


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
order = []

def cb(tag, *rest):
    order.append(tag)

h1 = loop.call_soon(cb, 'soon1')
h2 = loop.call_soon(cb, 'soon2', 1, 'two')
h3 = loop.call_soon(cb, 'cancelled')
h3.cancel()
show(h2)
show(h3)
print(h3.cancelled(), h1.cancelled())
t0 = loop.time()
loop.call_later(0.03, cb, 'later30')
loop.call_later(0.01, cb, 'later10')
loop.call_at(t0 + 0.02, cb, 'at20')
t4 = loop.call_later(0.015, cb, 'later15-cancelled')
t4.cancel()
print(type(t4).__name__, t4.cancelled(), t4.when() > t0)
loop.call_later(0.05, loop.stop)
loop.run_forever()
print(order)

# callbacks scheduled while running run on the next iteration
order.clear()
def chain(n):
    order.append(n)
    if n < 3:
        loop.call_soon(chain, n + 1)
    order.append('after%d' % n)
loop.call_soon(chain, 0)
loop.call_soon(cb, 'x')
loop.call_soon(loop.stop)
loop.run_forever()
print(order)
loop.run_until_complete(asyncio.sleep(0))
print(order)

async def coro(v):
    print('running:', asyncio.get_running_loop() is loop, loop.is_running())
    await asyncio.sleep(0.001)
    return v * 10

print(loop.run_until_complete(coro(4)))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'fut-value')
print(loop.run_until_complete(fut))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)

async def nested():
    s = asyncio.sleep(0)
    try:
        loop.run_until_complete(s)
    except RuntimeError as e:
        print('RuntimeError:', e)
    s.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError:', e)
    c = coro(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()
loop.run_until_complete(nested())
print(asyncio.get_event_loop() is loop)
loop.close()
loop.close()
print(loop.is_closed())
c = coro(1)
for call in (lambda: loop.call_soon(cb, 1), lambda: loop.create_task(c),
             lambda: loop.run_forever()):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError:', e)
c.close()
asyncio.set_event_loop(None)

# asyncio.run
async def main(n):
    await asyncio.sleep(0)
    return n + 1
print(asyncio.run(main(1)))
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)

# leftover tasks are cancelled when run() ends
async def forever(tag):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print('cancelled at shutdown:', tag)
        raise
    finally:
        print('finally', tag)

async def main2():
    asyncio.create_task(forever('a'))
    await asyncio.sleep(0)
    return 'main2 done'
print(asyncio.run(main2()))

# Runner
with asyncio.Runner() as runner:
    print(runner.run(main(10)))
    print(runner.run(main(20)))
    l = runner.get_loop()
    print(l.is_closed(), l.is_running())
print(l.is_closed())
m = main(1)
try:
    runner.run(m)
except RuntimeError as e:
    print('RuntimeError:', e)
m.close()

# an exception from main propagates
async def bad():
    await asyncio.sleep(0)
    raise KeyError('oops')
try:
    asyncio.run(bad())
except KeyError as e:
    print('KeyError:', e)

# call_soon inside a coroutine and loop.time monotonic
async def timing():
    lp = asyncio.get_running_loop()
    f = lp.create_future()
    lp.call_later(0.01, f.set_result, 'timer fired')
    a = lp.time()
    print(await f, lp.time() - a >= 0.009)
asyncio.run(timing())
