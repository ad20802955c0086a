"""Thread objects and synchronization primitives for a single-threaded interpreter
(the 3.11 `threading` interface).

Bastion runs one thread. This module, written from CPython 3.11's documentation, keeps the
interface so that ordinary programs and libraries that use locks run unchanged, with these
honest semantics:

- `Thread.start()` runs the thread's `run()` to completion at once, in the caller; while it
  runs, `current_thread()` is that thread and `get_ident()` its identifier (so `local`
  data is per thread). After `start()` returns, `is_alive()` is False and `join()` returns
  at once. An exception escaping `run()` goes to `threading.excepthook`, as in CPython.
- Nothing else can run while the program waits, so a wait that CPython would end only when
  another thread acts — a blocking `acquire` of a held lock, `Condition.wait()`,
  `Event.wait()` on an unset event, a `Barrier` of more than one party — raises
  RuntimeError naming the reason instead of hanging forever. Given a timeout, the same
  wait sleeps for the timeout and then reports failure as CPython would (False, or
  BrokenBarrierError).
- `Timer.start()` sleeps for the interval (unless cancelled first) and then calls the
  function, in the caller.
"""

import os as _os
import sys as _sys
import time as _time
from collections import namedtuple as _namedtuple

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_MAIN_IDENT = 1

_running = []               # the threads whose run() is in progress, innermost last
_next_ident = _MAIN_IDENT + 1


def get_ident():
    """The identifier of the running thread (the main thread's, or that of the Thread
    whose run() is in progress)."""
    return _running[-1]._ident if _running else _MAIN_IDENT


def get_native_id():
    return get_ident()


def _forever(what):
    raise RuntimeError(what + " would block forever: Bastion has no other thread "
                       "that could wake it")


def _check_timeout(blocking, timeout, message):
    """The timeout of a lock acquire in seconds (None: none), after CPython's checks."""
    if not blocking:
        if timeout != -1:
            raise ValueError(message)
        return None
    if timeout == -1:
        return None
    if timeout < 0:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timestamp too large to convert to C _PyTime_t")
    return timeout


def _sleep(seconds):
    if seconds > 0:
        _time.sleep(seconds)


# ---- locks -------------------------------------------------------------------------------

class lock:
    """A primitive lock (`threading.Lock()`)."""

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_timeout(blocking, timeout,
                                 "can't specify a timeout for a non-blocking call")
        if not self._held:
            self._held = True
            return True
        if not blocking:
            return False
        if timeout is None:
            _forever("Lock.acquire() on a held lock")
        _sleep(timeout)
        return False

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    def locked(self):
        return self._held

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _at_fork_reinit(self):
        self._held = False

    def __repr__(self):
        return "<%s %s.%s object at %#x>" % ("locked" if self._held else "unlocked",
                                             type(self).__module__, type(self).__qualname__,
                                             id(self))


lock.__module__ = '_thread'
LockType = lock


def Lock():
    """A new primitive lock."""
    return lock()


_allocate_lock = Lock


class RLock:
    """A reentrant lock: the thread that holds it may acquire it again."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_timeout(blocking, timeout,
                                 "can't specify a timeout for a non-blocking call")
        me = get_ident()
        if self._count == 0 or self._owner == me:
            self._owner = me
            self._count += 1
            return True
        if not blocking:
            return False
        if timeout is None:
            _forever("RLock.acquire() on a lock another thread holds")
        _sleep(timeout)
        return False

    __enter__ = acquire

    def release(self):
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._owner = None
        self._count = 0

    def __repr__(self):
        return "<%s %s.%s object owner=%r count=%d at %#x>" % (
            "locked" if self._count else "unlocked", type(self).__module__,
            type(self).__qualname__, self._owner or 0, self._count, id(self))


RLock.__module__ = '_thread'
_PyRLock = _CRLock = RLock


# ---- condition, semaphores, event, barrier ------------------------------------------------

class Condition:
    """A condition variable over a lock (an RLock by default). No other thread can notify
    it, so wait() without a timeout raises RuntimeError."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None:
            return owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        save = getattr(self._lock, '_release_save', None)
        if save is not None:
            return save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        restore = getattr(self._lock, '_acquire_restore', None)
        if restore is not None:
            restore(state)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            _forever("Condition.wait() without a timeout")
        state = self._release_save()
        try:
            _sleep(timeout)
        finally:
            self._acquire_restore(state)
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            _forever("Condition.wait_for() with a false predicate and no timeout")
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


class Semaphore:
    """A counter of available units; acquire takes one, release gives n back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            _forever("Semaphore.acquire() with no units left")
        _sleep(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag that wait() waits for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._flag = False

    def is_set(self):
        return self._flag

    def isSet(self):
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            _forever("Event.wait() on an unset event without a timeout")
        _sleep(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A barrier for `parties` threads. With one party, wait() passes at once; with more,
    the others can never arrive."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._broken = False

    def __repr__(self):
        cls = type(self)
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        if self._broken:
            raise BrokenBarrierError
        if self._parties <= 1:
            if self._action:
                try:
                    self._action()
                except:
                    self._broken = True
                    raise
            return 0
        if timeout is None:
            _forever("Barrier.wait() for %d parties" % self._parties)
        _sleep(timeout)
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


# ---- threads -----------------------------------------------------------------------------

_counter_value = 0


def _newname(name_template="Thread-%d"):
    global _counter_value
    _counter_value += 1
    return name_template % _counter_value


_ExceptHookArgs = _namedtuple('_ExceptHookArgs', 'exc_type exc_value exc_traceback thread')
_ExceptHookArgs.__module__ = '_thread'


def ExceptHookArgs(args):
    return _ExceptHookArgs(*args)


def excepthook(args, /):
    """Report an exception that escaped a thread's run() on sys.stderr."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        thread = args.thread
        stderr = getattr(thread, '_stderr', None) if thread is not None else None
        if stderr is None:
            return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=stderr)
    stderr.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control: start() runs run() (by default, target(*args, **kwargs)) to
    completion at once, in the caller."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._started = False
        self._finished = False
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._finished:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        global _next_ident
        self._ident = _next_ident
        _next_ident += 1
        self._started = True
        _running.append(self)
        try:
            try:
                self.run()
            except BaseException:
                exc_type, exc_value, exc_tb = _sys.exc_info()
                try:
                    excepthook(_ExceptHookArgs(exc_type, exc_value, exc_tb, self))
                except BaseException as hook_error:
                    _sys.excepthook(type(hook_error), hook_error, hook_error.__traceback__)
                finally:
                    exc_type = exc_value = exc_tb = None
        finally:
            _running.pop()
            self._finished = True
            _forget_locals(self._ident)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._finished:
            return
        # Still running: it is one of the callers of the current thread.
        if timeout is None:
            _forever("Thread.join() of a thread that is waiting for this one")
        _sleep(max(timeout, 0))

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started and not self._finished

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = _MAIN_IDENT
        self._started = True


_main_thread = None


def main_thread():
    return _main_thread


def current_thread():
    """The Thread whose code is running (the main thread outside every Thread.run())."""
    if _running:
        return _running[-1]
    return _main_thread


def currentThread():
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def enumerate():
    """The main thread and the threads whose run() is in progress."""
    return [_main_thread] + list(_running)


def active_count():
    return 1 + len(_running)


def activeCount():
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


_main_thread = _MainThread()


class Timer(Thread):
    """Call a function after a number of seconds: start() sleeps, then calls it."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            _sleep(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---- thread-local data -------------------------------------------------------------------

# Per local object (by id): [dicts by thread ident, (args, kwargs), weak reference].
_local_state = {}


def _forget_locals(ident):
    """Drop a finished thread's dicts from every local object."""
    for state in list(_local_state.values()):
        state[0].pop(ident, None)


class _local:
    """Thread-local data: attributes set in one thread are not seen from another."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        import weakref
        key = id(self)
        ref = weakref.ref(self, lambda _, key=key: _local_state.pop(key, None))
        dicts = {get_ident(): object.__getattribute__(self, '__dict__')}
        _local_state[key] = [dicts, (args, kw), ref]
        return self

    def _local__enter(self):
        """Make the running thread's dict the object's __dict__ (a new thread's dict is
        made by calling __init__ again with the constructor's arguments)."""
        dicts, (args, kw), _ = _local_state[id(self)]
        me = get_ident()
        d = dicts.get(me)
        if d is None:
            d = dicts[me] = {}
            object.__setattr__(self, '__dict__', d)
            cls = type(self)
            if cls.__init__ is not object.__init__:
                cls.__init__(self, *args, **kw)
        else:
            object.__setattr__(self, '__dict__', d)

    def __getattribute__(self, name):
        if name in ('_local__enter', '__class__'):
            return object.__getattribute__(self, name)
        object.__getattribute__(self, '_local__enter')()
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        object.__getattribute__(self, '_local__enter')()
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        object.__getattribute__(self, '_local__enter')()
        return object.__delattr__(self, name)


_local.__module__ = '_thread'
local = _local


# ---- tracing hooks, stack size -----------------------------------------------------------

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Record a trace function for new threads (Bastion has no sys.settrace: it is never
    called)."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    """Record a profile function for new threads (never called in Bastion)."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0, /):
    """0: threads have no stack of their own. A size other than 0 is checked as CPython
    checks it and then ignored."""
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def _shutdown():
    pass
