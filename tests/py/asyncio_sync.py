# asyncio: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier: FIFO
# wakeup order, async with, cancellation of a waiter, errors, repr tails.
import asyncio


def tail(obj):
    # the part of the repr after the address
    r = repr(obj)
    return r[r.index('['):]


async def lock_part():
    lock = asyncio.Lock()
    log = []
    print(lock.locked(), tail(lock))
    async def user(name, n):
        async with lock:
            log.append(name + ' in')
            for _ in range(n):
                await asyncio.sleep(0)
            log.append(name + ' out')
    tasks = [asyncio.create_task(user(c, 2)) for c in 'abc']
    await asyncio.sleep(0)
    print(lock.locked(), tail(lock))
    await asyncio.gather(*tasks)
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await lock.acquire(), lock.locked())
    # a cancelled waiter is skipped
    async def waiter(name):
        await lock.acquire()
        log.append(name + ' acquired')
        lock.release()
    log.clear()
    w1 = asyncio.create_task(waiter('w1'))
    w2 = asyncio.create_task(waiter('w2'))
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, w1.cancelled(), w2.done(), lock.locked())


async def event_part():
    ev = asyncio.Event()
    print(ev.is_set(), tail(ev))
    log = []
    async def waits(name):
        log.append(name + ' waiting')
        r = await ev.wait()
        log.append(f'{name} woke {r}')
    ts = [asyncio.create_task(waits(n)) for n in ('x', 'y')]
    await asyncio.sleep(0)
    print(tail(ev))
    ev.set()
    ev.set()
    await asyncio.gather(*ts)
    print(log, ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print('event wait timed out', tail(ev))


async def condition_part():
    cond = asyncio.Condition()
    items = []
    log = []
    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f'{name} took {items.pop(0)}')
    async def waiter(name):
        async with cond:
            r = await cond.wait()
            log.append(f'{name} notified {r} locked={cond.locked()}')
    cs = [asyncio.create_task(consumer(f'c{i}')) for i in range(2)]
    ws = [asyncio.create_task(waiter(f'w{i}')) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()          # wakes c0 only
    await asyncio.sleep(0.001)
    async with cond:
        items.append(2)
        cond.notify(2)         # c1 and w0
    await asyncio.sleep(0.001)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs, *ws)
    print(log)
    for meth in (cond.notify, cond.wait):
        try:
            r = meth()
            if asyncio.iscoroutine(r):
                await r
        except RuntimeError as e:
            print('RuntimeError:', e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print(c2.locked())


async def semaphore_part():
    sem = asyncio.Semaphore(2)
    active = []
    peak = []
    async def work(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.001 * (i % 3 + 1))
            active.remove(i)
        return i
    print(await asyncio.gather(*(work(i) for i in range(6))), max(peak))
    print(sem.locked(), tail(sem))
    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    async def rel():
        await asyncio.sleep(0)
        s0.release()
    asyncio.create_task(rel())
    print(await s0.acquire(), s0.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    b = asyncio.BoundedSemaphore(1)
    async with b:
        print('bounded held', b.locked())
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    s = asyncio.Semaphore(1)
    await s.acquire()
    order = []
    async def take(name):
        await s.acquire()
        order.append(name)
    ts = [asyncio.create_task(take(n)) for n in 'pqr']
    await asyncio.sleep(0)
    ts[1].cancel()
    s.release()
    s.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(order, [t.cancelled() for t in ts])
    for t in ts:
        t.cancel()


async def barrier_part():
    b = asyncio.Barrier(3)
    print(tail(b), b.parties, b.n_waiting, b.broken)
    log = []
    async def arrive(n):
        await asyncio.sleep(n / 1000)
        log.append(f'{n} arrives')
        i = await b.wait()
        log.append(f'{n} passes index {i}')
        return i
    ts = [asyncio.create_task(arrive(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(await asyncio.gather(*ts), log)
    print(tail(b))
    b2 = asyncio.Barrier(2)
    async def waits():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            print('BrokenBarrierError:', e)
    t = asyncio.create_task(waits())
    await asyncio.sleep(0)
    print(tail(b2))
    await b2.reset()
    await t
    t = asyncio.create_task(waits())
    await asyncio.sleep(0)
    await b2.abort()
    await t
    print(tail(b2), b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError:', e)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)
    async with asyncio.Barrier(1) as pos:
        print('async with Barrier(1) ->', pos)


async def main():
    await barrier_part()
    await lock_part()
    await event_part()
    await condition_part()
    await semaphore_part()

asyncio.run(main())
