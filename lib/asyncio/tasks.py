# asyncio.tasks: Task (the step machine that drives a coroutine with send and
# throw, waking when the future it awaits is done), create_task,
# ensure_future, current_task, all_tasks, sleep, and the combinators
# gather, shield, wait, wait_for, as_completed.

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
           'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
           'current_task', 'all_tasks',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

import contextvars
import itertools

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures

_task_name_counter = itertools.count(1)
_live_tasks = set()        # tasks not yet done (all_tasks filters by loop)
_current_tasks = {}        # loop -> the task running a step on it


def current_task(loop=None):
    """The task running on loop (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of tasks of loop that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_live_tasks)
            if futures._get_loop(t) is loop and not t.done()}


def _register_task(task):
    _live_tasks.add(task)


def _unregister_task(task):
    _live_tasks.discard(task)


def _forget_loop(loop):
    for task in [t for t in _live_tasks if futures._get_loop(t) is loop]:
        _live_tasks.discard(task)


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {running!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {running!r}.")
    del _current_tasks[loop]


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            return
        set_name(name)


def _drop_step_frame(exc):
    # The traceback of an error leaving the coroutine starts at the step
    # that called send/throw; CPython's (C) step adds no frame, so drop it.
    tb = exc.__traceback__
    if tb is not None and tb.tb_next is not None:
        exc.__traceback__ = tb.tb_next


class Task(futures.Future):
    """A coroutine scheduled to run on the loop, itself a Future."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._name = ('Task-%d' % next(_task_name_counter) if name is None
                      else str(name))
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._num_cancels_requested = 0
        # Every step runs in the task's context: a copy of the creator's by default.
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        _live_tasks.add(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested > 0 and not self.done():
            info[0] = 'cancelling'
        info.insert(1, 'name=%r' % self.get_name())
        info.insert(2, 'coro=<%s>' % format_helpers.format_coroutine(self._coro))
        if self._fut_waiter is not None:
            info.insert(3, 'wait_for=%r' % (self._fut_waiter,))
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None)
        return [] if frame is None else [frame]

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        """Ask the coroutine to stop: a CancelledError is thrown into it at
        its next step. False when the task is already done."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The wakeup will throw the CancelledError in; the waiter is
                # kept, in case the coroutine ignores it and waits again.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            self._run_step(exc)
        finally:
            _leave_task(self._loop, self)
            if self.done():
                _live_tasks.discard(self)
            self = None

    def _run_step(self, exc):
        coro = self._coro
        Future = futures.Future
        try:
            if exc is None:
                yielded = coro.send(None)
            else:
                yielded = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() came while the coroutine was finishing
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
            return
        except exceptions.CancelledError as cancelled:
            _drop_step_frame(cancelled)
            self._cancelled_exc = cancelled   # result() re-raises this one
            Future.cancel(self)
            return
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            _drop_step_frame(error)
            Future.set_exception(self, error)
            return
        self._wait_on(yielded)

    def _wait_on(self, yielded):
        # What the coroutine yielded decides when the next step runs.
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(yielded) is not self._loop:
                problem = RuntimeError(f'Task {self!r} got Future {yielded!r} '
                                       f'attached to a different loop')
            elif not blocking:
                problem = RuntimeError(f'yield was used instead of yield from '
                                       f'in task {self!r} with {yielded!r}')
            elif yielded is self:
                problem = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self._task_wakeup, context=self._context)
                self._fut_waiter = yielded
                if self._must_cancel:
                    if yielded.cancel(msg=self._cancel_message):
                        self._must_cancel = False
                return
        elif yielded is None:
            # a bare yield (sleep(0)): run again on the next iteration
            self._loop.call_soon(self._step, context=self._context)
            return
        elif hasattr(yielded, 'gi_code') and hasattr(yielded, 'send'):
            problem = RuntimeError(f'yield was used instead of yield from for '
                                   f'generator in task {self!r} with '
                                   f'{yielded!r}')
        else:
            problem = RuntimeError(f'Task got bad yield: {yielded!r}')
        self._loop.call_soon(self._step, problem, context=self._context)

    def _task_wakeup(self, future):
        # The awaited future is done: resume the coroutine with its outcome.
        # A Future's error is taken without raising it here, so that its
        # traceback gains no frames of asyncio's own.
        exc = None
        if isinstance(future, futures.Future):
            if future.cancelled():
                exc = future._make_cancelled_error()
            elif future._exception is not None:
                future._log_traceback = False
                exc = future._exception.with_traceback(future._exception_tb)
        else:
            try:
                future.result()
            except BaseException as error:
                exc = error
        if exc is None:
            self._step()
        else:
            self._step(exc)
        self = None

    # CPython's C tasks show this callback as Task.task_wakeup() in reprs
    _task_wakeup.__qualname__ = 'Task.task_wakeup'


def create_task(coro, *, name=None, context=None):
    """Schedule coro on the running loop as a Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


async def _wrap_awaitable(awaitable):
    return await awaitable


def _isawaitable(obj):
    return coroutines.iscoroutine(obj) or hasattr(type(obj), '__await__')


def ensure_future(coro_or_future, *, loop=None):
    """A future as is; a coroutine or awaitable wrapped in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


class _Yield:
    # awaiting this yields None to the task once: sleep(0)
    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Return result after delay seconds; sleep(0) just lets others run."""
    if delay <= 0:
        await _Yield()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled,
                             future, result)
    try:
        return await future
    finally:
        handle.cancel()


# -- gather --
class _GatheringFuture(futures.Future):
    """gather's future: cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of results, in argument order. Without
    return_exceptions the first error (or cancellation) of a child is
    propagated at once and the other children keep running."""
    if not coros_or_futures:
        outer = events._get_event_loop().create_future()
        outer.set_result([])
        return outer

    children = []
    futs_by_arg = {}
    state = {'total': 0, 'finished': 0}
    loop = None
    outer = None

    def _child_done(fut):
        state['finished'] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()    # mark it retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == state['total']:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = exceptions.CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg in futs_by_arg:
            fut = futs_by_arg[arg]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            state['total'] += 1
            futs_by_arg[arg] = fut
            fut.add_done_callback(_child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """A future that follows arg but whose cancellation leaves arg running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done)

    inner.add_done_callback(_inner_done)
    outer.add_done_callback(_outer_done)
    return outer


# -- wait, wait_for, as_completed --
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()

    def release(f):
        _release_waiter(waiter)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Await fut; after timeout seconds cancel it and raise TimeoutError."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def release(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs; returns (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = {ensure_future(f, loop=loop) for f in fs}

    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = [len(fs)]

    def _on_completion(f):
        remaining[0] -= 1
        if (remaining[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """An iterator of coroutines; awaiting each gives the next result to
    arrive (TimeoutError for those left when timeout expires)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue
    done = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('run_coroutine_threadsafe: Bastion has no threads')
