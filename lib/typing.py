# typing for Bastion: enough of the typing module that annotated programs import and run —
# special forms and generic aliases that subscript and print like CPython's (List[int] ->
# typing.List[int]), TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, overload,
# TYPE_CHECKING, get_type_hints/get_origin/get_args. No static checking is performed.
# Original code written for Bastion after CPython 3.11's documented behaviour.

import types as _types

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)) and not isinstance(obj, _GenericAlias):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __reduce__(self):
        return self._name


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ((),):
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        args = tuple(subst.get(a, a) for a in self.__args__)
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __mro_entries__(self, bases):
        if self._name and self.__origin__ is not Generic:
            return (self.__origin__,) if self.__origin__ not in bases else ()
        if self.__origin__ is Generic:
            for b in bases:
                if b is not self and isinstance(b, _GenericAlias) and b.__origin__ is Generic:
                    return ()
            return (Generic,)
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_Final):
    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams and not (
                self._name == 'Tuple'):
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments"
                            f" for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if p is None:
            p = type(None)
        if isinstance(p, (_UnionGenericAlias, _types.UnionType)):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, tuple(flat))


def _optional_getitem(self, parameters):
    return Union[parameters, type(None)]


def _generic_form_getitem(self, parameters):
    return _GenericAlias(self, parameters if isinstance(parameters, tuple) else (parameters,),
                         self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters, 'Literal')


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _generic_form_getitem)
Final = _SpecialForm('Final', _generic_form_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
TypeGuard = _SpecialForm('TypeGuard', _generic_form_getitem)
Required = _SpecialForm('Required', _generic_form_getitem)
NotRequired = _SpecialForm('NotRequired', _generic_form_getitem)
Concatenate = _SpecialForm('Concatenate', _generic_form_getitem)
Unpack = _SpecialForm('Unpack', _generic_form_getitem)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    alias = _GenericAlias(params[0], params[1:])
    alias.__metadata__ = params[1:]
    return alias


Annotated = _SpecialForm('Annotated', _annotated_getitem)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __typing_subst__(self, arg):
        return arg

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError("Parameters to Generic[...] must all be type variables "
                                    "or parameter specification variables.")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for b in cls.__dict__.get('__orig_bases__', ()):
            for a in getattr(b, '__args__', ()):
                if isinstance(a, TypeVar) and a not in params:
                    params.append(a)
        cls.__parameters__ = tuple(params)


class Protocol(Generic):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy


def get_overloads(func):
    return []


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def dataclass_transform(**kwargs):
    return lambda cls: cls


def get_origin(tp):
    if isinstance(tp, (_types.GenericAlias, _types.UnionType)):
        return tp.__origin__ if isinstance(tp, _types.GenericAlias) else _types.UnionType
    if isinstance(tp, _GenericAlias):
        if tp.__origin__ is Union or isinstance(tp, _UnionGenericAlias):
            return Union
        if isinstance(tp.__origin__, _SpecialForm):
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
    else:
        hints.update(getattr(obj, '__annotations__', {}))
    for k, v in list(hints.items()):
        if v is None:
            hints[k] = type(None)
        elif isinstance(v, str):
            g = globalns if globalns is not None else getattr(obj, '__globals__', {})
            try:
                hints[k] = eval(v, g, localns)
            except Exception:
                pass
    return hints


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


Hashable = _SpecialGenericAlias(object, 0, 'Hashable')
Sized = _SpecialGenericAlias(object, 0, 'Sized')
List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
Tuple = _SpecialGenericAlias(tuple, -1, 'Tuple', inst=False)
Type = _SpecialGenericAlias(type, 1, 'Type', inst=False)
Callable = _SpecialGenericAlias(object, -1, 'Callable')
Iterable = _SpecialGenericAlias(object, 1, 'Iterable')
Iterator = _SpecialGenericAlias(object, 1, 'Iterator')
Generator = _SpecialGenericAlias(object, 3, 'Generator')
Sequence = _SpecialGenericAlias(object, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(list, 1, 'MutableSequence')
Mapping = _SpecialGenericAlias(object, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(dict, 2, 'MutableMapping')
AbstractSet = _SpecialGenericAlias(object, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(set, 1, 'MutableSet')
Collection = _SpecialGenericAlias(object, 1, 'Collection')
Container = _SpecialGenericAlias(object, 1, 'Container')
Reversible = _SpecialGenericAlias(object, 1, 'Reversible')
KeysView = _SpecialGenericAlias(object, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(object, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(object, 1, 'ValuesView')
Awaitable = _SpecialGenericAlias(object, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(object, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(object, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(object, 1, 'AsyncIterator')
DefaultDict = _SpecialGenericAlias(dict, 2, 'DefaultDict', inst=False)
OrderedDict = _SpecialGenericAlias(dict, 2, 'OrderedDict', inst=False)
Counter = _SpecialGenericAlias(dict, 1, 'Counter', inst=False)
ChainMap = _SpecialGenericAlias(dict, 2, 'ChainMap', inst=False)
Deque = _SpecialGenericAlias(list, 1, 'Deque', inst=False)
Text = str
SupportsInt = SupportsFloat = SupportsIndex = SupportsAbs = SupportsRound = SupportsBytes = object


def _make_nmtuple(name, fields, defaults, module):
    field_names = tuple(fields)
    ndefaults = len(defaults)

    def __new__(cls, *args, **kwargs):
        values = list(args)
        if len(values) > len(field_names):
            raise TypeError(f'{name}.__new__() takes {len(field_names) + 1} positional '
                            f'arguments but {len(values) + 1} were given')
        for fname in field_names[len(values):]:
            if fname in kwargs:
                values.append(kwargs.pop(fname))
            else:
                index = field_names.index(fname)
                if index >= len(field_names) - ndefaults:
                    values.append(defaults[index - (len(field_names) - ndefaults)])
                else:
                    missing = [f for f in field_names[len(values):] if f not in kwargs]
                    missing = [f for f in missing
                               if field_names.index(f) < len(field_names) - ndefaults]
                    quoted = [repr(m) for m in missing]
                    if len(quoted) == 1:
                        text = quoted[0]
                    else:
                        text = ', '.join(quoted[:-1]) + ' and ' + quoted[-1]
                    raise TypeError(f"{name}.__new__() missing {len(missing)} required "
                                    f"positional argument{'s' if len(missing) > 1 else ''}: {text}")
        if kwargs:
            raise TypeError(f"{name}.__new__() got an unexpected keyword argument "
                            f"'{next(iter(kwargs))}'")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            f'{n}={v!r}' for n, v in zip(field_names, self)) + ')'

    def _asdict(self):
        return dict(zip(field_names, self))

    def _replace(self, **kwds):
        values = [kwds.pop(n, v) for n, v in zip(field_names, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    ns = {'__new__': __new__, '__repr__': __repr__, '_asdict': _asdict, '_replace': _replace,
          '_make': _make, '_fields': field_names, '__slots__': (), '__match_args__': field_names,
          '_field_defaults': dict(zip(field_names[len(field_names) - ndefaults:], defaults)),
          '__module__': module, '__getnewargs__': lambda self: tuple(self)}
    for index, fname in enumerate(field_names):
        ns[fname] = property(lambda self, _i=index: self[_i], doc=f'Alias for field number {index}')
    return type(name, (tuple,), ns)


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        annotations = ns.get('__annotations__', {})
        defaults = []
        for fname in annotations:
            if fname in ns:
                defaults.append(ns[fname])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {fname} cannot follow default"
                                f" field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(list(annotations)[:len(defaults)])}")
        nm_tpl = _make_nmtuple(typename, list(annotations), defaults, ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '__orig_bases__'):
                continue
            if key not in annotations and key not in ('_fields', '__slots__'):
                setattr(nm_tpl, key, value)
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    import sys
    module = sys._getframe(1).f_globals.get('__name__', '__main__') if hasattr(sys, '_getframe') else '__main__'
    nt = _make_nmtuple(typename, [n for n, t in fields], [], module)
    nt.__annotations__ = dict(fields)
    return nt


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries
_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        tp_dict.__annotations__ = annotations
        tp_dict.__total__ = total
        tp_dict.__required_keys__ = frozenset(annotations) if total else frozenset()
        tp_dict.__optional_keys__ = frozenset() if total else frozenset(annotations)
        return tp_dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields)}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
