"""atexit for Bastion: functions to call when the interpreter exits.

Registered functions run last-registered first when the interpreter is torn down
(gc/teardown.cpp, gc_run_exit_functions), before any module is released, while all of
Python still works. An exception in one is reported as CPython reports it ("Exception
ignored in atexit callback: ...") and the next one still runs. Written for Bastion.
"""

__all__ = ["register", "unregister"]

# (func, args, kwargs) in registration order, None where one was unregistered;
# teardown takes them from the end.
_handlers = []


def register(func, /, *args, **kwargs):
    """Call func(*args, **kwargs) at interpreter exit; returns func (usable as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Forget every registration of func (compared with ==). As in CPython, the
    emptied places still count in _ncallbacks() until the handlers run or are cleared."""
    for i, h in enumerate(_handlers):
        if h is not None and h[0] == func:
            _handlers[i] = None


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _pop():
    # The next handler to run at exit (the newest), or None; called by teardown, which
    # calls it as func(*args, **kwargs) and reports its errors.
    while _handlers:
        h = _handlers.pop()
        if h is not None:
            return h
    return None


def _run_exitfuncs():
    """Run and forget every handler now, newest first (errors propagate to the caller)."""
    while True:
        h = _pop()
        if h is None:
            break
        func, args, kwargs = h
        func(*args, **kwargs)
