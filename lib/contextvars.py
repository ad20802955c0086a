# contextvars for Bastion: context variables (PEP 567) for a single-threaded interpreter.
# Original code written for Bastion after CPython 3.11's documented behaviour.
#
# A Context holds a dict from ContextVar to value that is never changed in place: set()
# and reset() give the current context a new dict, so copy_context() is a snapshot that
# costs O(1) (it shares the dict) and later changes in either context stay in that context.
# There is one thread, so "the current context" is one module global; Context.run makes a
# context current for the length of a call. asyncio runs every callback and every step of
# a task in a context (lib/asyncio/events.py, tasks.py), as CPython does.

from types import GenericAlias as _GenericAlias

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MODULE = '_contextvars'  # where CPython's classes live (their reprs name it)


def _final(kind):
    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type '{_MODULE}.{kind}' is not an acceptable base type")
    return classmethod(__init_subclass__)


class Context:
    """A mapping of context variables to values; Context.run makes it current."""

    __slots__ = ('_data', '_entered')
    __module__ = _MODULE
    __init_subclass__ = _final('Context')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = prev
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    @staticmethod
    def _key(var):
        if type(var) is not ContextVar:
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var

    def __getitem__(self, var):
        return self._data[self._key(var)]

    def get(self, var, default=None):
        return self._data.get(self._key(var), default)

    def __contains__(self, var):
        return self._key(var) in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return dict(self._data).keys()

    def values(self):
        return dict(self._data).values()

    def items(self):
        return dict(self._data).items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __hash__(self):
        raise TypeError(f"unhashable type: '{_MODULE}.Context'")

    def __repr__(self):
        return f'<{_MODULE}.Context object at {id(self):#x}>'


_current = Context()


def _run_in(context, callable, args):
    """context.run(callable, *args) without the keyword-argument dict: asyncio's Handle."""
    global _current
    if context._entered:
        raise RuntimeError(f'cannot enter context: {context!r} is already entered')
    prev = _current
    context._entered = True
    _current = context
    try:
        return callable(*args)
    finally:
        _current = prev
        context._entered = False


def copy_context():
    """A new Context with the current context's variables and values."""
    return _current.copy()


_NO_DEFAULT = object()


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_Missing.__name__ = _Missing.__qualname__ = 'Token.MISSING'
_MISSING = _Missing()


class ContextVar:
    """A context variable: its value is looked up in the current Context."""

    __slots__ = ('_name', '_default', '__weakref__')
    __module__ = _MODULE
    __init_subclass__ = _final('ContextVar')
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        value = _current._data.get(self, _NO_DEFAULT)
        if value is not _NO_DEFAULT:
            return value
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        old = ctx._data.get(self, _MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token._make(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        data = dict(ctx._data)
        if token._old is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __repr__(self):
        text = f'<ContextVar name={self._name!r}'
        if self._default is not _NO_DEFAULT:
            text += f' default={self._default!r}'
        return text + f' at {id(self):#x}>'


class Token:
    """What ContextVar.set returns: ContextVar.reset(token) restores the previous value."""

    __slots__ = ('_ctx', '_var', '_old', '_used')
    __module__ = _MODULE
    __init_subclass__ = _final('Token')
    __class_getitem__ = classmethod(_GenericAlias)
    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _make(cls, ctx, var, old):
        token = object.__new__(cls)
        token._ctx = ctx
        token._var = var
        token._old = old
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'
