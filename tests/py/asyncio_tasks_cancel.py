# asyncio: Future and Task: results, errors, callbacks, reprs, names, step
# interleaving, cancel(msg), cancelling/uncancel, current_task, all_tasks,
# ensure_future, shield, iscoroutine(function).
import asyncio


def show(x):
    print(repr(x).replace(__file__, 'FILE'))


def futures_part(loop):
    f = loop.create_future()
    show(f)
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)
    def done_cb(fut):
        print('done_cb', fut.result())
    def other_cb(fut):
        print('other_cb')
    f.add_done_callback(done_cb)
    f.add_done_callback(other_cb)
    f.add_done_callback(other_cb)
    print(f.remove_done_callback(other_cb))
    show(f)
    f.set_result([1, 2, 'three'])
    show(f)
    print(f.done(), f.cancelled(), f.result(), f.exception())
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print(f.cancel())
    g = loop.create_future()
    g.set_exception(ValueError('bad value'))
    show(g)
    print(repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print('ValueError:', e)
    h = loop.create_future()
    try:
        h.set_exception(StopIteration)
    except TypeError as e:
        print('TypeError:', e)
    h.set_exception(KeyError)
    print(repr(h.exception()))
    c = loop.create_future()
    print(c.cancel('because'), c.cancel(), c.cancelled(), c.done())
    show(c)
    try:
        c.result()
    except asyncio.CancelledError as e:
        print('CancelledError:', e.args)
    try:
        c.exception()
    except asyncio.CancelledError as e:
        print('CancelledError:', e.args)
    long = loop.create_future()
    long.set_result('x' * 100)
    show(long)
    lst = loop.create_future()
    lst.set_result(list(range(20)))
    show(lst)
    print(asyncio.isfuture(f), asyncio.isfuture(1), f.get_loop() is loop)
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception),
          asyncio.TimeoutError is TimeoutError)


async def worker(name, n, log):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    futures_part(loop)
    await asyncio.sleep(0)          # the done callbacks above run now
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    log = []
    a = asyncio.create_task(worker('a', 3, log))
    b = asyncio.create_task(worker('b', 2, log), name='bee')
    c = loop.create_task(worker('c', 1, log), name=42)
    show(a)
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name('sea')
    print(c.get_name(), a.get_coro().__name__, a.done())
    print(len(asyncio.all_tasks()))
    print(await a, await b, await c)
    print(log)
    show(b)
    try:
        a.set_result(1)
    except RuntimeError as e:
        print('RuntimeError:', e)

    # cancel a waiting task; the coroutine sees CancelledError
    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print('sleeper got', repr(e))
            raise
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    show(t)
    print(t.cancel('stop it'), t.cancelling())
    show(t)
    try:
        await t
    except asyncio.CancelledError as e:
        print('await cancelled task:', repr(e))
    print(t.cancelled(), t.done(), t.cancel())
    show(t)

    # cancel before the first step: the coroutine never starts
    async def never():
        print('never printed')
    t2 = asyncio.create_task(never())
    t2.cancel()
    show(t2)
    try:
        await t2
    except asyncio.CancelledError as e:
        print('t2 cancelled', e.args)

    # a task that swallows cancellation and finishes normally
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('stubborn ignores; cancelling =', asyncio.current_task().cancelling())
            print('uncancel ->', asyncio.current_task().uncancel())
        await asyncio.sleep(0)
        return 'survived'
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())

    # exception in a task
    async def fails():
        await asyncio.sleep(0)
        raise ZeroDivisionError('division by zero!')
    t4 = asyncio.create_task(fails())
    try:
        await t4
    except ZeroDivisionError as e:
        print('t4 raised', e)
    show(t4)
    print(repr(t4.exception()))

    # awaiting a future set from a callback; step order
    fut = loop.create_future()
    async def waiter(tag):
        r = await fut
        print('waiter', tag, 'got', r)
    w1 = asyncio.create_task(waiter(1))
    w2 = asyncio.create_task(waiter(2))
    await asyncio.sleep(0)
    show(fut)
    loop.call_soon(fut.set_result, 'hello')
    await asyncio.gather(w1, w2)

    # ensure_future
    co = worker('e', 1, [])
    ef = asyncio.ensure_future(co)
    print(type(ef).__name__, asyncio.ensure_future(ef) is ef, await ef)
    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'custom awaitable'
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(123)
    except TypeError as e:
        print('TypeError:', e)
    try:
        asyncio.create_task(lambda: 1)
    except TypeError as e:
        print('TypeError:', str(e).split(' at ')[0])

    # shield
    async def slow():
        await asyncio.sleep(0.01)
        return 'slow result'
    inner = asyncio.create_task(slow())
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner cancelled?', inner.cancelled())
    print(await inner)

    # iscoroutine / iscoroutinefunction
    co = worker('z', 0, [])
    print(asyncio.iscoroutine(co), asyncio.iscoroutine(worker),
          asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(show),
          asyncio.iscoroutinefunction(co))
    co.close()
    print(await asyncio.sleep(0, 'slept'), await asyncio.sleep(0.001, result=5))

    # a task awaiting itself
    async def selfish():
        await asyncio.current_task()
    try:
        await asyncio.create_task(selfish())
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(':')[0])
    return 'main result'

print(asyncio.run(main()))
