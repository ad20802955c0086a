# asyncio.base_events: the event loop. A queue of ready handles and a heap of
# timers; each iteration runs the callbacks that were ready when it started.
# There is no I/O: when nothing is ready the loop sleeps (time.sleep) until
# the next timer is due. Also the default exception handler's stderr text.

__all__ = ('BaseEventLoop', 'EventLoop')

import collections
import heapq
import sys
import time
import traceback
import warnings
import weakref

from . import coroutines
from . import events
from . import exceptions
from . import futures

# When more than this many timers are scheduled and over half of them are
# cancelled, the heap is rebuilt without them.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

try:
    _CLOCK_RESOLUTION = time.get_clock_info('monotonic').resolution
except Exception:
    _CLOCK_RESOLUTION = 1e-09


def _stop_when_done(fut):
    # run_until_complete's callback: stop the loop once its future is done
    # (not for SystemExit/KeyboardInterrupt, which stop it by propagating).
    if not fut.cancelled():
        if isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._running = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._exception_handler = None
        self._task_factory = None
        self._current_handle = None
        self._debug = False
        # Async generators first iterated while this loop ran (sys.set_asyncgen_hooks), so
        # that shutdown_asyncgens() can close those still suspended.
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- futures and tasks --
    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        from . import tasks
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running --
    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._running = True
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def _asyncgen_finalizer_hook(self, agen):
        # A suspended async generator was dropped: close it on the loop, where its
        # finally blocks may await.
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        from . import tasks
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_stop_when_done)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()    # it is reported by the raise
            raise
        finally:
            future.remove_done_callback(_stop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        from . import tasks
        tasks._forget_loop(self)     # its unfinished tasks can never run now

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    async def shutdown_asyncgens(self):
        """Close every async generator of this loop that is still suspended."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        from . import tasks
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing_agens],
                                     return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        """Nothing to do: there is no executor (no threads)."""

    def time(self):
        return time.monotonic()

    # -- scheduling --
    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        # One thread: the same as call_soon (CPython's also wakes the selector).
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if (coroutines.iscoroutine(callback) or
                coroutines.iscoroutinefunction(callback)):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), '
                            f'got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _drop_cancelled_timers(self):
        count = len(self._scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

    def _run_once(self):
        """One iteration: wait for the first timer if nothing is ready, move
        due timers to the ready queue, then run what is ready now."""
        self._drop_cancelled_timers()
        if not self._ready and not self._stopping:
            if not self._scheduled:
                raise RuntimeError(
                    'Event loop has nothing to run: no callback is ready and '
                    'no timer is scheduled (Bastion has no I/O to wait for)')
            delay = self._scheduled[0]._when - self.time()
            if delay > 0:
                time.sleep(min(delay, 86400.0))
        end_time = self.time() + _CLOCK_RESOLUTION
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._run()
            finally:
                self._current_handle = None
        handle = None

    # -- errors --
    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the context to stderr as CPython's asyncio logger does."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            value = context[key]
            if key in ('source_traceback', 'handle_traceback'):
                value = ''.join(traceback.format_list(value)).rstrip()
            else:
                value = repr(value)
            lines.append(f'{key}: {value}')
        text = '\n'.join(lines)
        exc = context.get('exception')
        if exc is not None:
            tb = ''.join(traceback.format_exception(type(exc), exc,
                                                    exc.__traceback__))
            if tb.endswith('\n'):
                tb = tb[:-1]
            text += '\n' + tb
        sys.stderr.write(text + '\n')

    def _report_failure(self, message, exc):
        text = message + '\n' + ''.join(
            traceback.format_exception(type(exc), exc, exc.__traceback__))
        sys.stderr.write(text if text.endswith('\n') else text + '\n')

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._report_failure('Exception in default exception handler',
                                     exc)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc2:
                self._report_failure(
                    'Exception in default exception handler while handling '
                    'an unexpected error in custom exception handler', exc2)

    # -- debug --
    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)


class EventLoop(BaseEventLoop):
    """The loop new_event_loop() makes."""
