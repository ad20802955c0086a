# asyncio: exceptions in callbacks go to the loop's exception handler: the
# default one's text (captured from stderr), custom handlers and their
# context, a failing custom handler, errors left at asyncio.run() shutdown.
import asyncio
import io
import sys


def captured(fn):
    """Run fn with stderr captured; print the lines that do not depend on the
    implementation (headers, context keys and the exception line)."""
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        fn()
    finally:
        sys.stderr = old
    for line in buf.getvalue().splitlines():
        if not line.startswith(' '):
            print('stderr|', line.replace(__file__, 'FILE'))


def boom(x, y=None):
    return x / 0


def default_handler_part():
    loop = asyncio.new_event_loop()
    print(loop.get_exception_handler())
    loop.call_soon(boom, 1)
    loop.call_soon(print, 'still running')
    loop.call_soon(loop.stop)
    captured(loop.run_forever)
    captured(lambda: loop.call_exception_handler({'message': 'plain message'}))
    captured(lambda: loop.call_exception_handler({}))
    captured(lambda: loop.call_exception_handler(
        {'message': 'with extras', 'zeta': 1, 'alpha': [1, 2],
         'exception': KeyError('kk')}))
    loop.close()


def custom_handler_part():
    loop = asyncio.new_event_loop()
    seen = []
    def handler(lp, context):
        seen.append(lp is loop)
        print('handler:', context['message'].replace(__file__, 'FILE'))
        print('  keys:', sorted(context))
        print('  exception:', repr(context.get('exception')))
        if 'handle' in context:
            h = repr(context['handle']).replace(__file__, 'FILE')
            if 'when=' in h:     # drop the loop time
                h = h[:h.index(' when=')] + h[h.index(' ', h.index('when=')):]
            print('  handle:', h)
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(boom, 5, 'five')
    loop.call_later(0.001, boom, 6)
    loop.call_later(0.002, loop.stop)
    loop.run_forever()
    print(seen)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print('TypeError:', e)

    def bad_handler(lp, context):
        raise ValueError('handler broke')
    loop.set_exception_handler(bad_handler)
    loop.call_soon(boom, 7)
    loop.call_soon(loop.stop)
    captured(loop.run_forever)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    loop.call_soon(boom, 8)
    loop.call_soon(loop.stop)
    captured(loop.run_forever)
    loop.close()


def shutdown_part():
    async def refuses():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise RuntimeError('refused to die')
    async def main():
        asyncio.create_task(refuses(), name='refuser')
        await asyncio.sleep(0)
        return 'main finished'
    captured(lambda: print(asyncio.run(main())))

    async def task_error():
        loop = asyncio.get_running_loop()
        got = []
        loop.set_exception_handler(lambda lp, ctx: got.append(ctx['message']))
        loop.call_soon(boom, 1)
        await asyncio.sleep(0)
        return got
    print([m.replace(__file__, 'FILE') for m in asyncio.run(task_error())])


default_handler_part()
custom_handler_part()
shutdown_part()
