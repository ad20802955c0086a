# asyncio: TaskGroup (3.11): waiting for children, the first failure
# cancelling siblings and the body, ExceptionGroup contents, except*,
# outside cancellation, misuse errors, reprs.
import asyncio


async def child(name, delay, log, exc=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise
    if exc is not None:
        log.append(name + ' raises')
        raise exc
    log.append(name + ' done')
    return name


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        t1 = tg.create_task(child('a', 0.15, log))
        t2 = tg.create_task(child('b', 0.01, log), name='bee')
        print(repr(tg), t2.get_name())
    print(repr(tg), t1.result(), t2.result(), log)

    # one failure cancels the sibling and the body
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('slow', 1, log))
            tg.create_task(child('bad', 0.01, log, ValueError('boom')))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append('body cancelled')
                raise
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
        print(str(eg))
    print(log)
    print('cancelling after group:', asyncio.current_task().cancelling())

    # several failures collected in order
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('e1', 0.01, log, KeyError('k')))
            tg.create_task(child('e2', 0.01, log, TypeError('t')))
            tg.create_task(child('e3', 0.3, log))
    except* KeyError as eg:
        print('except* KeyError', [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print('except* TypeError', [repr(e) for e in eg.exceptions])
    print(log)

    # an error raised by the body joins the group
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('c', 1, log))
            await asyncio.sleep(0)
            raise RuntimeError('body failed')
    except ExceptionGroup as eg:
        print([repr(e) for e in eg.exceptions], log)

    # cancelled from outside: children cancelled, CancelledError propagates
    log = []
    async def runs_group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('x', 1, log))
            tg.create_task(child('y', 1, log))
            await asyncio.sleep(1)
    outer = asyncio.create_task(runs_group())
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', sorted(log))

    # misuse
    tg = asyncio.TaskGroup()
    coro = child('z', 0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)
    coro = child('z', 0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

    # children that finish immediately and an empty group
    async with asyncio.TaskGroup() as tg:
        pass
    results = []
    async with asyncio.TaskGroup() as tg:
        for i in range(5):
            tg.create_task(child(str(i), 0.04 * (5 - i), results))
    print(results)

    # nested groups
    log = []
    try:
        async with asyncio.TaskGroup() as outer_tg:
            async def inner_group():
                async with asyncio.TaskGroup() as inner_tg:
                    inner_tg.create_task(child('inner', 0.01, log, OSError('io')))
            outer_tg.create_task(inner_group())
            outer_tg.create_task(child('sibling', 1, log))
    except ExceptionGroup as eg:
        print(repr(eg))
    print(log)

asyncio.run(main())
