# contextvars: ContextVar get/set/reset with tokens, copy_context snapshots, Context.run and
# the Mapping surface, the errors, and asyncio running each task (and callback) in a copy
# of the context current when it was created.
import asyncio
import contextvars
from contextvars import Context, ContextVar, Token, copy_context

print(contextvars.__all__ if hasattr(contextvars, '__all__') else None)
print(repr(ContextVar), repr(Context), repr(Token), repr(Token.MISSING))

v = ContextVar('v')
d = ContextVar('d', default=5)
print(v.name, d.name, d.get(), d.get(7), v.get(9))
try:
    v.get()
except LookupError as e:
    print('LookupError', e.args[0] is v)

t1 = v.set(1)
print(v.get(), t1.var is v, t1.old_value is Token.MISSING)
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
v.reset(t1)
print(v.get('unset'))
try:
    v.reset(t1)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('<Token used var=<ContextVar name=\'v\' at 0x'), str(e).endswith('has already been used once'))
try:
    v.reset(1)
except TypeError as e:
    print('TypeError', e)
w = ContextVar('w')
tw = w.set('w1')
try:
    v.reset(tw)
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))
w.reset(tw)

# Snapshots: changes after copy_context stay in their own context.
v.set('outer')
snap = copy_context()
v.set('outer2')
print(snap[v], v.get(), len(snap), v in snap, w in snap, snap.get(w), snap.get(w, 'dflt'))
print(sorted(var.name for var in snap), sorted(var.name for var in snap.keys()),
      sorted(snap.values(), key=str), sorted((k.name, val) for k, val in snap.items()))
try:
    snap[w]
except KeyError as e:
    print('KeyError', e.args[0] is w)
try:
    snap[1]
except TypeError as e:
    print('TypeError', e)
try:
    1 in snap
except TypeError as e:
    print('TypeError', e)


def inside(x):
    before = v.get()
    v.set(x)
    d.set(x * 2)
    return before, v.get(), d.get()


print(snap.run(inside, 10))
print(snap[v], snap[d], v.get(), d.get())  # the run's sets stay in snap
print(snap.run(lambda: (v.get(), d.get())))
t3 = v.set('t3')
try:
    copy_context().run(v.reset, t3)
except ValueError as e:
    print('ValueError', str(e).endswith('was created in a different Context'))
v.reset(t3)
print(v.get())
try:
    snap.run(lambda: snap.run(lambda: 0))
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('cannot enter context: <_contextvars.Context object at 0x'),
          str(e).endswith('is already entered'))
print(snap.run(lambda: copy_context().run(lambda: v.get())))

empty = Context()
print(len(empty), empty.run(v.get, 'nothing'), empty == Context(), snap == snap.copy(), snap == empty)
c2 = snap.copy()
c2.run(v.set, 'c2 only')
print(c2[v], snap[v])
try:
    Context(1)
except TypeError as e:
    print('TypeError', e)
try:
    ContextVar(1)
except TypeError as e:
    print('TypeError', e)
try:
    Token()
except RuntimeError as e:
    print('RuntimeError', e)
for cls in (ContextVar, Context, Token):
    try:
        type('Sub', (cls,), {})
    except TypeError as e:
        print('TypeError', e)
print(ContextVar[int], Token[str])
print(repr(ContextVar('r', default=[1])).startswith("<ContextVar name='r' default=[1] at 0x"))
try:
    hash(snap)
except TypeError as e:
    print('TypeError', e)

# asyncio: each task runs in a copy of its creator's context.
request = ContextVar('request', default='none')
log = []


async def handler(name, delay):
    request.set(name)
    await asyncio.sleep(delay)
    log.append((name, request.get()))
    return request.get()


async def child_sees_parent():
    return request.get()


async def main():
    request.set('main')
    results = await asyncio.gather(handler('a', 0.02), handler('b', 0.01), handler('c', 0))
    print(results, request.get())
    request.set('main2')
    print(await asyncio.create_task(child_sees_parent()))
    ctx = copy_context()
    ctx.run(request.set, 'explicit')
    task = asyncio.get_running_loop().create_task(child_sees_parent(), context=ctx)
    print(await task, request.get())

    # Callbacks run in the context current when they were scheduled.
    seen = []
    loop = asyncio.get_running_loop()
    request.set('cb1')
    loop.call_soon(lambda: seen.append(request.get()))
    request.set('cb2')
    loop.call_later(0, lambda: seen.append(request.get()))
    loop.call_soon(lambda: seen.append(request.get()), context=ctx)
    fut = loop.create_future()
    request.set('done-cb')
    fut.add_done_callback(lambda f: seen.append(request.get()))
    request.set('after')
    fut.set_result(None)
    await asyncio.sleep(0.01)
    print(seen)

    async with asyncio.TaskGroup() as tg:
        request.set('group')
        t = tg.create_task(child_sees_parent())
        t2 = tg.create_task(child_sees_parent(), context=ctx)
    print(t.result(), t2.result())
    return request.get()


print(asyncio.run(main()), request.get())
print(sorted(log))
ctx = copy_context()
ctx.run(request.set, 'runner')
with asyncio.Runner() as runner:
    print(runner.run(child_sees_parent(), context=ctx))

# IsolatedAsyncioTestCase: setUp, asyncSetUp, the test, tearDowns and cleanups share one context.
import unittest

var = ContextVar('var', default='unset')
trace = []


class T(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        var.set('setUp')
        self.addCleanup(lambda: trace.append(('cleanup', var.get())))

    async def asyncSetUp(self):
        trace.append(('asyncSetUp', var.get()))
        var.set('asyncSetUp')

    async def test_one(self):
        trace.append(('test', var.get()))
        var.set('test')

    async def asyncTearDown(self):
        trace.append(('asyncTearDown', var.get()))

    def tearDown(self):
        trace.append(('tearDown', var.get()))


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(result)
print(result.wasSuccessful(), trace, var.get())
