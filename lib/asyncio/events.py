# asyncio.events: callback handles (Handle, TimerHandle), the abstract loop,
# and which loop is current or running (get_event_loop, set_event_loop,
# new_event_loop, get_running_loop) with a minimal default policy.

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle',
           'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop')


import contextvars

from . import format_helpers


class Handle:
    """A callback scheduled by call_soon; cancel() stops it running."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr',
                 '_source_traceback', '_context')

    def __init__(self, callback, args, loop, context=None):
        # The callback runs in `context`, by default a copy of the context current now.
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers.format_callback_source(
                self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<%s>' % ' '.join(self._repr_info())

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            contextvars._run_in(self._context, self._callback, self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            where = format_helpers.format_callback_source(
                self._callback, self._args)
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + where,
                'exception': exc,
                'handle': self,
            })
        self = None


class TimerHandle(Handle):
    """A callback scheduled for a loop time by call_at or call_later."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, 'when=%s' % self._when)
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The interface of an event loop (BaseEventLoop implements it)."""

    def _unimplemented(self, *args, **kwargs):
        raise NotImplementedError

    run_forever = run_until_complete = stop = is_running = _unimplemented
    is_closed = close = call_soon = call_later = call_at = _unimplemented
    time = create_future = create_task = _unimplemented
    call_exception_handler = default_exception_handler = _unimplemented
    get_exception_handler = set_exception_handler = _unimplemented
    get_debug = set_debug = _unimplemented


class AbstractEventLoopPolicy:
    """Decides what the current event loop is."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop, made on first use unless set_event_loop was called."""

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread %r."
                               % 'MainThread')
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop "
                            f"or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        from .base_events import EventLoop
        return EventLoop()


_policy = None
_running_loop = None


def get_running_loop():
    """The running event loop; RuntimeError when none is running."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy "
                        f"or None, not '{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    """The running loop, else the current one (made on first use)."""
    if _running_loop is not None:
        return _running_loop
    return get_event_loop_policy().get_event_loop()


_get_event_loop = get_event_loop


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
