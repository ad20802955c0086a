# contextlib's asynchronous pieces: asynccontextmanager (enter, exit, exceptions swallowed
# or replaced, a generator that does not stop), aclosing, nullcontext under `async with`,
# AsyncExitStack (async and sync callbacks in LIFO order, suppression, errors raised by
# callbacks and their __context__, pop_all), AsyncContextDecorator, and the sync ExitStack.
import asyncio
import contextlib


log = []


@contextlib.asynccontextmanager
async def resource(name, swallow=False):
    log.append(f'open {name}')
    try:
        await asyncio.sleep(0)
        yield name.upper()
    except ValueError as e:
        log.append(f'{name} saw {e!r}')
        if not swallow:
            raise
    finally:
        await asyncio.sleep(0)
        log.append(f'close {name}')


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@contextlib.asynccontextmanager
async def replaces():
    try:
        yield
    except KeyError:
        raise TypeError('replaced')


class Agen:
    def __init__(self):
        self.closed = False

    async def aclose(self):
        await asyncio.sleep(0)
        self.closed = True


class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    async def __aenter__(self):
        log.append(f'enter {self.name}')
        return self.name

    async def __aexit__(self, typ, val, tb):
        log.append(f'exit {self.name} {typ.__name__ if typ else None}')
        return self.suppress


async def main():
    async with resource('a') as r:
        log.append(f'body {r}')
    async with resource('b', swallow=True):
        raise ValueError('swallowed')
    try:
        async with resource('c'):
            raise ValueError('kept')
    except ValueError as e:
        log.append(f'outside {e}')
    for cm in (no_yield, two_yields):
        try:
            async with cm():
                pass
        except RuntimeError as e:
            log.append(f'RuntimeError {e}')
    try:
        async with replaces():
            raise KeyError('k')
    except TypeError as e:
        log.append(f'TypeError {e} context={e.__context__!r}')

    thing = Agen()
    async with contextlib.aclosing(thing) as t:
        log.append(f'aclosing same={t is thing} closed={thing.closed}')
    log.append(f'after aclosing closed={thing.closed}')
    async with contextlib.nullcontext(42) as v:
        log.append(f'nullcontext {v}')

    async with contextlib.AsyncExitStack() as stack:
        log.append(await stack.enter_async_context(AsyncCM('x')))
        stack.enter_context(contextlib.nullcontext())
        stack.callback(log.append, 'sync callback')

        async def acb(msg):
            await asyncio.sleep(0)
            log.append(msg)
        stack.push_async_callback(acb, 'async callback')
        stack.push_async_exit(AsyncCM('pushed'))
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(AsyncCM('suppressor', suppress=True))

            async def failing_exit(*exc):
                raise OSError('from exit')
            stack.push_async_exit(failing_exit)
            raise KeyError('body')
        log.append('suppressed all')
    except Exception as e:
        log.append(f'unexpected {e!r}')
    try:
        async with contextlib.AsyncExitStack() as stack:
            async def failing_exit(*exc):
                raise OSError('from exit')
            stack.push_async_exit(failing_exit)
            raise KeyError('body')
    except OSError as e:
        log.append(f'OSError {e} context={e.__context__!r}')
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(AsyncCM('moved'))
        moved = stack.pop_all()
    log.append('before moved aclose')
    await moved.aclose()

    @resource('decorated')
    async def decorated(x):
        log.append(f'inside decorated {x}')
        return x * 2
    log.append(f'decorated -> {await decorated(21)}')
    return 'done'


print(asyncio.run(main()))
for line in log:
    print(line)

with contextlib.ExitStack() as stack:
    stack.callback(print, 'sync stack callback')
    stack.enter_context(contextlib.nullcontext())
print(isinstance(contextlib.AsyncExitStack(), contextlib.AbstractAsyncContextManager))
