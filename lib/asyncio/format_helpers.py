# asyncio.format_helpers: the text of callbacks, coroutines and values in the
# reprs and error messages of handles, futures and tasks (CPython's layout,
# including reprlib's length limits, which are reproduced here in small).

import functools
import itertools


# -- a small reprlib: the limits CPython's reprlib.repr applies by default --
_MAXLEVEL = 6
_MAXSTRING = 30
_MAXOTHER = 30
_MAXLONG = 40
_MAXITEMS = 6
_MAXDICT = 4


def _trim(s, limit):
    if len(s) <= limit:
        return s
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return s[:head] + '...' + s[len(s) - tail:]


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _short_iterable(items, size, level, left, right, trail=''):
    if level <= 0 and size:
        body = '...'
    else:
        parts = [short_repr(x, level - 1)
                 for x in itertools.islice(items, _MAXITEMS)]
        if size > _MAXITEMS:
            parts.append('...')
        body = ', '.join(parts)
        if size == 1 and trail:
            right = trail + right
    return left + body + right


def short_repr(x, level=_MAXLEVEL):
    """repr(x) shortened the way reprlib.repr shortens it."""
    t = type(x)
    if t is str:
        s = repr(x[:_MAXSTRING])
        if len(s) > _MAXSTRING:
            s = _trim(repr(x), _MAXSTRING)
        return s
    if t is int:
        return _trim(repr(x), _MAXLONG)
    if t is list:
        return _short_iterable(x, len(x), level, '[', ']')
    if t is tuple:
        return _short_iterable(x, len(x), level, '(', ')', ',')
    if t is set:
        if not x:
            return 'set()'
        return _short_iterable(_sorted_if_possible(x), len(x), level, '{', '}')
    if t is frozenset:
        if not x:
            return 'frozenset()'
        return _short_iterable(_sorted_if_possible(x), len(x), level,
                               'frozenset({', '})')
    if t is dict:
        if not x:
            return '{}'
        if level <= 0:
            return '{...}'
        parts = []
        for key in itertools.islice(_sorted_if_possible(x), _MAXDICT):
            parts.append('%s: %s' % (short_repr(key, level - 1),
                                     short_repr(x[key], level - 1)))
        if len(x) > _MAXDICT:
            parts.append('...')
        return '{%s}' % ', '.join(parts)
    try:
        s = repr(x)
    except Exception:
        return '<%s instance at %#x>' % (t.__name__, id(x))
    return _trim(s, _MAXOTHER)


# -- callbacks --
def _function_source(func):
    while True:
        inner = getattr(func, '__wrapped__', None)
        if inner is None:
            break
        func = inner
    if isinstance(func, functools.partial):
        return _function_source(func.func)
    code = getattr(func, '__code__', None)
    if code is not None and not hasattr(func, '__self__'):
        return code.co_filename, code.co_firstlineno
    return None


def _format_args(args, kwargs):
    items = [short_repr(a) for a in (args or ())]
    if kwargs:
        items.extend('%s=%s' % (k, short_repr(v)) for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def format_callback(func, args, kwargs=None, suffix=''):
    """'name(args)' for func called with args (partials unwrapped)."""
    if isinstance(func, functools.partial):
        suffix = _format_args(args, kwargs) + suffix
        return format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    if not name:
        name = repr(func)
    return name + _format_args(args, kwargs) + suffix


def format_callback_source(func, args):
    """'name(args) at file:line' (the location only for Python functions)."""
    text = format_callback(func, args)
    source = _function_source(func)
    if source:
        text += ' at %s:%s' % source
    return text


# -- coroutines --
def format_coroutine(coro):
    """'name() running at file:line' or 'name() done, defined at file:line'."""
    name = (getattr(coro, '__qualname__', None)
            or getattr(coro, '__name__', None) or type(coro).__name__)
    name += '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return name + ' running' if running else name
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return '%s running at %s:%s' % (name, filename, frame.f_lineno)
    return '%s done, defined at %s:%s' % (name, filename, code.co_firstlineno)
