# asyncio: Queue, PriorityQueue, LifoQueue: producer/consumer with a bounded
# queue, join/task_done, the _nowait forms, QueueEmpty/QueueFull, str().
import asyncio


async def producer_consumer():
    q = asyncio.Queue(maxsize=2)
    log = []
    async def producer(name, items):
        for it in items:
            await q.put(it)
            log.append(f'{name} put {it}')
    async def consumer(name):
        while True:
            it = await q.get()
            log.append(f'{name} got {it}')
            await asyncio.sleep(0)
            q.task_done()
    consumers = [asyncio.create_task(consumer(f'c{i}')) for i in range(2)]
    await asyncio.gather(producer('p1', range(4)), producer('p2', 'ab'))
    await q.join()
    print(q.empty(), q.qsize(), q.full())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    for line in log:
        print(line)


async def nowait_forms():
    q = asyncio.Queue(2)
    print(q.maxsize, str(q))
    q.put_nowait('x')
    q.put_nowait('y')
    print(q.full(), q.qsize(), str(q))
    try:
        q.put_nowait('z')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    print(str(q))
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    await q.join()
    print('join returned at once')
    print(repr(q).startswith('<Queue at 0x'))


async def kinds():
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a0')]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    before = str(lq)
    got = []
    for _ in range(4):
        got.append(await lq.get())   # (no async comprehensions in Bastion yet)
    print(before, got)
    uq = asyncio.Queue()
    for i in range(100):
        uq.put_nowait(i)
    print(uq.full(), uq.qsize())


async def blocking_and_cancel():
    q = asyncio.Queue(1)
    log = []
    async def getter(name):
        try:
            log.append(f'{name} got {await q.get()}')
        except asyncio.CancelledError:
            log.append(f'{name} cancelled')
            raise
    g1 = asyncio.create_task(getter('g1'))
    g2 = asyncio.create_task(getter('g2'))
    g3 = asyncio.create_task(getter('g3'))
    await asyncio.sleep(0)
    print(str(q))
    g1.cancel()
    await asyncio.sleep(0)
    await q.put('first')
    await q.put('second')
    await asyncio.sleep(0)
    print(log, str(q))
    await q.put('fill')
    async def putter():
        await q.put('blocked')
        log.append('putter done')
    p = asyncio.create_task(putter())
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait())
    await asyncio.sleep(0)
    print(log, q.get_nowait(), p.done())
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print('get timed out', str(q))


async def pipeline():
    stage1, stage2 = asyncio.Queue(), asyncio.Queue()
    results = []
    async def square():
        while True:
            n = await stage1.get()
            await stage2.put(n * n)
            stage1.task_done()
    async def collect():
        while True:
            results.append(await stage2.get())
            stage2.task_done()
    workers = [asyncio.create_task(square()), asyncio.create_task(collect())]
    for n in range(1, 6):
        stage1.put_nowait(n)
    await stage1.join()
    await stage2.join()
    print(results)
    for w in workers:
        w.cancel()


async def main():
    await producer_consumer()
    await nowait_forms()
    await kinds()
    await blocking_and_cancel()
    await pipeline()

asyncio.run(main())
