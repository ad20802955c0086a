# types for Bastion: names for the interpreter's built-in types, and the two typing objects
# the language makes itself — GenericAlias (`list[int]`, PEP 585) and UnionType
# (`int | None`, PEP 604) — with CPython 3.11's repr, equality, hashing, attribute
# forwarding, substitution and isinstance rules. Original code written for Bastion.

import sys as _sys


def _type_of(make):
    # The type of what make() returns; None where this interpreter has no such object.
    try:
        return type(make())
    except (AttributeError, KeyError, IndexError, TypeError):
        return None


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
CellType = _type_of(lambda: (lambda x: lambda: x)(0).__closure__[0])
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = _type_of(lambda: object.__init__)
MethodWrapperType = _type_of(lambda: object().__str__)
MethodDescriptorType = _type_of(lambda: str.join)
ClassMethodDescriptorType = _type_of(lambda: dict.__dict__['fromkeys'])
ModuleType = type(_sys)
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = _type_of(lambda: _e.__traceback__.tb_frame)
GetSetDescriptorType = _type_of(lambda: FunctionType.__dict__['__code__'])
MemberDescriptorType = _type_of(lambda: FunctionType.__dict__['__globals__'])
async def _c():
    pass
_c = _c()
CoroutineType = type(_c)
_c.close()  # closed: not "never awaited"
async def _ag():
    yield
_ag = _ag()
AsyncGeneratorType = type(_ag)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
del _f, _g, _C, _c, _ag


def _type_repr(obj):
    # Objects/genericaliasobject.c ga_repr_item
    if obj is ...:
        return '...'
    if isinstance(obj, GenericAlias):
        return repr(obj)
    try:
        qualname = obj.__qualname__
        module = obj.__module__
    except AttributeError:
        return repr(obj)
    if not hasattr(obj, '__origin__') or not hasattr(obj, '__args__'):
        if module == 'builtins':
            return qualname
        return f'{module}.{qualname}'
    return repr(obj)


def _is_typevar_like(obj):
    return not isinstance(obj, type) and hasattr(obj, '__typing_subst__')


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        if _is_typevar_like(a):
            if a not in params:
                params.append(a)
            continue
        sub = getattr(a, '__parameters__', None)
        if isinstance(sub, tuple):
            for p in sub:
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(alias, params, args, item):
    # Objects/genericaliasobject.c _Py_subs_parameters, without TypeVarTuple/ParamSpec.
    if not params:
        raise TypeError(f"{alias!r} is not a generic class")
    items = item if isinstance(item, tuple) else (item,)
    if len(items) != len(params):
        raise TypeError(f"Too {'many' if len(items) > len(params) else 'few'} arguments for {alias!r};"
                        f" actual {len(items)}, expected {len(params)}")
    mapping = dict(zip(params, items))
    out = []
    for a in args:
        if isinstance(a, type):
            out.append(a)
        elif _is_typevar_like(a):
            out.append(mapping[a])
        else:
            sub = getattr(a, '__parameters__', None)
            if isinstance(sub, tuple) and sub:
                sub_items = tuple(mapping[p] for p in sub)
                out.append(a[sub_items[0] if len(sub_items) == 1 else sub_items])
            else:
                out.append(a)
    return tuple(out)


_GA_OWN = frozenset({
    '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
    '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__',
    '__copy__', '__deepcopy__',
})


_GA_SLOTS = frozenset({'_origin', '_args', '_parameters', '_starred'})


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __slots__ = ('_origin', '_args', '_parameters', '_starred', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is GenericAlias:
            raise TypeError("GenericAlias() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError(f"GenericAlias expected 2 arguments, got {len(args)}")
        origin, params = args
        self = object.__new__(cls)
        if not isinstance(params, tuple):
            params = (params,)
        object.__setattr__(self, '_origin', origin)
        object.__setattr__(self, '_args', params)
        object.__setattr__(self, '_parameters', None)
        object.__setattr__(self, '_starred', False)
        return self

    def __getattribute__(self, name):
        if name in _GA_OWN or name in _GA_SLOTS:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '_origin'), name)

    def __setattr__(self, name, value):
        if name in _GA_OWN:
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'types.GenericAlias' object has no attribute '{name}'")

    @property
    def __origin__(self):
        return self._origin

    @property
    def __args__(self):
        return self._args

    @property
    def __unpacked__(self):
        return self._starred

    @property
    def __parameters__(self):
        if self._parameters is None:
            object.__setattr__(self, '_parameters', _collect_parameters(self._args))
        return self._parameters

    @property
    def __typing_unpacked_tuple_args__(self):
        if self._starred and self._origin is tuple:
            return self._args
        return None

    def __repr__(self):
        if self._args == ():
            inner = '()'
        else:
            inner = ', '.join(_type_repr(a) for a in self._args)
        return f"{'*' if self._starred else ''}{_type_repr(self._origin)}[{inner}]"

    def __call__(self, *args, **kwargs):
        result = self._origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self._origin,)

    def __getitem__(self, item):
        params = self.__parameters__
        args = _substitute(self, params, self._args, item)
        return GenericAlias(self._origin, args)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        if self._starred != other._starred:
            return False
        return self._origin == other._origin and self._args == other._args

    def __ne__(self, other):
        r = GenericAlias.__eq__(self, other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(self._origin) ^ hash(self._args)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return (GenericAlias, (self._origin, self._args))

    def __dir__(self):
        names = set(dir(self._origin))
        names.update(_GA_OWN - {'__class__', '__reduce_ex__', '__reduce__'})
        names.update(('__class__', '__reduce__', '__reduce_ex__'))
        return sorted(names)

    def __iter__(self):
        starred = GenericAlias(self._origin, self._args)
        object.__setattr__(starred, '_starred', True)
        yield starred



def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union_members(obj):
    if obj is None:
        return (NoneType,)
    if isinstance(obj, UnionType):
        return obj._args
    return (obj,)


def _type_or(a, b):
    # Objects/unionobject.c _Py_union_type_or: flatten, drop duplicates, one member is itself.
    if not _unionable(a) or not _unionable(b):
        return NotImplemented
    if a is None and b is None:
        return NotImplemented
    members = []
    for m in _union_members(a) + _union_members(b):
        duplicate = False
        for seen in members:
            if m is seen or (isinstance(m, GenericAlias) and isinstance(seen, GenericAlias) and m == seen):
                duplicate = True
                break
        if not duplicate:
            members.append(m)
    if len(members) == 1:
        return members[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, '_args', tuple(members))
    object.__setattr__(u, '_parameters', None)
    return u


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __slots__ = ('_args', '_parameters')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __setattr__(self, name, value):
        raise AttributeError(f"'types.UnionType' object has no attribute '{name}'")

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        if self._parameters is None:
            object.__setattr__(self, '_parameters', _collect_parameters(self._args))
        return self._parameters

    def __repr__(self):
        parts = []
        for a in self._args:
            parts.append('None' if a is NoneType else _type_repr(a))
        return ' | '.join(parts)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __ne__(self, other):
        r = UnionType.__eq__(self, other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(frozenset(self._args))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self._args)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._args)

    def __getitem__(self, item):
        params = self.__parameters__
        args = _substitute(self, params, self._args, item)
        result = args[0]
        for a in args[1:]:
            result = result | a
        return result



class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if any(r is self for r in _repr_running):
            return f'{name}(...)'
        _repr_running.append(self)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.pop()
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_repr_running = []


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        "subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def coroutine(func):
    """Makes a generator function awaitable (CO_ITERABLE_COROUTINE on its code), as
    CPython's types.coroutine; coroutine functions are returned unchanged."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and getattr(func, '__code__', None).__class__ is CodeType:
        co_flags = func.__code__.co_flags
        if co_flags & 0x180:  # CO_COROUTINE | CO_ITERABLE_COROUTINE
            return func
        if co_flags & 0x20:  # CO_GENERATOR
            func.__code__ = func.__code__.replace(co_flags=co_flags | 0x100)
            return func
    # Other callables: their results are returned as they are (CPython wraps generator-like
    # objects that are not generators in a private wrapper type).
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapped
