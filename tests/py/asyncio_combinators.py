# asyncio: gather (order, return_exceptions, cancellation), wait (all three
# return_when modes, timeout), wait_for, as_completed, timeout()/timeout_at().
import asyncio


async def job(name, delay, result=None, exc=None, log=None):
    if log is not None:
        log.append('start ' + name)
    await asyncio.sleep(delay)
    if log is not None:
        log.append('end ' + name)
    if exc is not None:
        raise exc
    return result if result is not None else name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def gather_part():
    log = []
    print(await asyncio.gather(job('a', 0.15, log=log), job('b', 0.03, log=log),
                               job('c', 0, log=log)))
    print(log)
    print(await asyncio.gather())
    t = asyncio.create_task(job('same', 0))
    print(await asyncio.gather(t, t, job('other', 0)))
    res = await asyncio.gather(job('ok', 0), job('bad', 0, exc=ValueError('v')),
                               return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(job('ok', 0.01), job('bad', 0, exc=KeyError('k')))
    except KeyError as e:
        print('gather raised', repr(e))
    await asyncio.sleep(0.02)   # the other child still finished

    # a cancelled child: CancelledError propagates / is returned
    async def cancelled_child():
        raise asyncio.CancelledError('child msg')
    try:
        await asyncio.gather(job('x', 0), cancelled_child())
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args)
    r = await asyncio.gather(job('x', 0), cancelled_child(), return_exceptions=True)
    print([repr(x) for x in r])
    c1 = asyncio.create_task(job('c1', 1))
    c1.cancel()
    r = await asyncio.gather(c1, return_exceptions=True)
    print([repr(x) for x in r])

    # cancelling the gather cancels its children
    log = []
    g = asyncio.gather(job('g1', 1, log=log), job('g2', 1, log=log))
    await asyncio.sleep(0)
    print(g.cancel('stop'), g.done())
    try:
        await g
    except asyncio.CancelledError as e:
        print('outer gather cancelled', e.args)
    print(log, g.cancelled())


async def wait_part():
    t1 = asyncio.create_task(job('t1', 0.01), name='t1')
    t2 = asyncio.create_task(job('t2', 0.6), name='t2')
    t3 = asyncio.create_task(job('t3', 0.2, exc=RuntimeError('t3 failed')), name='t3')
    done, pending = await asyncio.wait([t1, t2, t3], return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', names(done), names(pending))
    done, pending = await asyncio.wait([t1, t2, t3], return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', names(done), names(pending))
    done, pending = await asyncio.wait([t1, t2, t3], timeout=0.001)
    print('timeout', names(done), names(pending))
    done, pending = await asyncio.wait([t1, t2, t3])
    print('ALL_COMPLETED', names(done), names(pending), repr(t3.exception()))
    for bad in ([], t1):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ':', e)
    try:
        await asyncio.wait([t1], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


async def wait_for_part():
    print(await asyncio.wait_for(job('quick', 0.001), timeout=1))
    print(await asyncio.wait_for(job('none', 0), None))
    log = []
    async def slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append('slow cancelled')
            raise
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e) is TimeoutError, type(e.__cause__).__name__)
    print(log)
    try:
        await asyncio.wait_for(slow(), 0)
    except TimeoutError:
        print('TimeoutError with timeout 0', log)
    t = asyncio.create_task(job('done already', 0))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(job('err', 0, exc=IndexError('ix')), 1)
    except IndexError as e:
        print('IndexError', e)


async def as_completed_part():
    order = []
    coros = [job('three', 0.3), job('one', 0.01), job('two', 0.15)]
    for c in asyncio.as_completed(coros):
        order.append(await c)
    print(order)
    it = asyncio.as_completed([job('fast', 0.001), job('slowest', 1)], timeout=0.02)
    for c in it:
        try:
            print('as_completed got', await c)
        except asyncio.TimeoutError:
            print('as_completed timed out')
    s = asyncio.sleep(0)
    try:
        next(asyncio.as_completed(s))
    except TypeError as e:
        print('TypeError:', e)
    s.close()


async def timeout_part():
    async with asyncio.timeout(1) as cm:
        print(await job('in time', 0.001), cm.expired())
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
            print('not reached')
    except TimeoutError as e:
        print('timeout() raised TimeoutError', cm.expired(), repr(cm))
        print(asyncio.current_task().cancelling())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at raised TimeoutError', cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        cm.reschedule(loop.time() + 1)
        print(cm.when() > loop.time())
        cm.reschedule(None)
        await asyncio.sleep(0.01)
    print(repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    # an error inside passes through unchanged
    try:
        async with asyncio.timeout(1):
            raise LookupError('inner')
    except LookupError as e:
        print('LookupError', e)
    # expired while the body catches the cancellation: no TimeoutError
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('body caught the cancellation')
    print('after swallowing', cm.expired())
    # nested timeouts: the inner one fires
    try:
        async with asyncio.timeout(1) as outer_cm:
            try:
                async with asyncio.timeout(0.01) as inner_cm:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner expired', inner_cm.expired(), outer_cm.expired())
    except TimeoutError:
        print('outer should not fire')


async def main():
    await gather_part()
    await wait_part()
    await wait_for_part()
    await as_completed_part()
    await timeout_part()

asyncio.run(main())
