# asyncio.futures: Future, a result that arrives later, whose done callbacks
# run through the loop's call_soon; isfuture. Error texts are those of
# CPython's C futures ('Result is not set.', 'invalid state').

__all__ = ('Future', 'isfuture')

import contextvars

from . import events
from . import exceptions
from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that behave as asyncio futures (duck typed)."""
    return (hasattr(type(obj), '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cbs):
    names = [format_helpers.format_callback_source(cb, ()) for cb, _ in cbs]
    if len(names) > 2:
        names = [names[0], '<%d more>' % (len(names) - 2), names[-1]]
    return 'cb=[%s]' % ', '.join(names)


class Future:
    """A value or exception set later; awaiting it suspends until then."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # True while a Task is being told to wait on this future; None on
    # classes that are not futures (see isfuture).
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = events._get_event_loop() if loop is None else loop
        self._callbacks = []

    def __del__(self):
        # An exception nobody asked for is reported when the future goes.
        if not self._log_traceback:
            return
        self._log_traceback = False
        try:
            self._loop.call_exception_handler({
                'message': f'{type(self).__name__} exception was never '
                           f'retrieved',
                'exception': self._exception,
                'future': self,
            })
        except Exception:
            pass

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=%r' % (self._exception,))
            else:
                info.append('result=' + format_helpers.short_repr(self._result))
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        # The error a cancelled future raises: the one a task caught, else
        # a new one carrying the cancel() message. Handed out once.
        exc = self._cancelled_exc
        self._cancelled_exc = None
        if exc is not None:
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for cb, context in callbacks:
            self._loop.call_soon(cb, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        # fn runs in `context`, by default a copy of the context current now.
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(cb, ctx) for cb, ctx in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def _check_pending(self):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')

    def set_result(self, result):
        self._check_pending()
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        self._check_pending()
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self          # the Task running us waits for this future
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    get_loop = getattr(fut, 'get_loop', None)
    if get_loop is not None:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)
