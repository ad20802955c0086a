# asyncio.coroutines: iscoroutine and iscoroutinefunction.

__all__ = ('iscoroutinefunction', 'iscoroutine')

import functools

_CO_COROUTINE = 0x80
_is_coroutine = object()   # marker CPython's old @coroutine left on functions


async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def iscoroutinefunction(func):
    """True for a function defined with async def (also through a bound
    method or functools.partial)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    while True:
        if isinstance(func, functools.partial):
            func = func.func
        elif hasattr(func, '__func__') and hasattr(func, '__self__'):
            func = func.__func__
        else:
            break
    code = getattr(func, '__code__', None)
    flags = getattr(code, 'co_flags', 0)
    return isinstance(flags, int) and bool(flags & _CO_COROUTINE)


def iscoroutine(obj):
    """True for a coroutine object (or an object that has every method of
    collections.abc.Coroutine)."""
    t = type(obj)
    if t is _CoroutineType:
        return True
    return all(hasattr(t, m) for m in ('send', 'throw', 'close', '__await__'))
