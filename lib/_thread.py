"""The low-level thread interface (3.11's `_thread`) over Bastion's one-thread `threading`.

`start_new_thread` runs the function to completion at once, in the caller, as
`threading.Thread.start()` does (docs/differences.md, threading); an exception escaping it
is reported on sys.stderr as CPython reports it ("Exception ignored in thread started
by: ..."), SystemExit silently. There is no `interrupt_main`.
"""

import sys as _sys
import threading as _threading

error = RuntimeError
LockType = _threading.LockType
RLock = _threading.RLock
TIMEOUT_MAX = _threading.TIMEOUT_MAX
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
stack_size = _threading.stack_size
_local = _threading._local
_excepthook = _threading.excepthook
_ExceptHookArgs = _threading._ExceptHookArgs


def allocate_lock():
    """A new lock (the object `threading.Lock()` returns)."""
    return _threading.Lock()


def allocate():
    """The old name of allocate_lock()."""
    return allocate_lock()


def start_new_thread(function, args, kwargs=None, /):
    """Run function(*args, **kwargs) as a new thread — at once, in the caller — and return
    the thread's identifier."""
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    thread = _threading.Thread(target=function, args=args, kwargs=kwargs or {})
    thread.run = lambda: _run_raw(function, args, kwargs or {})
    thread.start()
    return thread.ident


def _run_raw(function, args, kwargs):
    try:
        function(*args, **kwargs)
    except SystemExit:
        pass
    except BaseException as exc:
        stderr = _sys.stderr
        if stderr is not None:
            print("Exception ignored in thread started by: %r" % (function,), file=stderr)
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=stderr)
            stderr.flush()


def start_new(function, args, kwargs=None, /):
    """The old name of start_new_thread()."""
    return start_new_thread(function, args, kwargs)


def exit():
    """Leave the running thread (raises SystemExit)."""
    raise SystemExit


exit_thread = exit


def _count():
    """How many threads other than the main one are running."""
    return _threading.active_count() - 1
