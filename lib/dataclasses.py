# dataclasses for Bastion: @dataclass (init, repr, eq, order, frozen, unsafe_hash,
# kw_only), field(), fields(), asdict(), astuple(), replace(), is_dataclass(),
# make_dataclass(), __post_init__ and InitVar/ClassVar basics. Methods are generated as
# source text and exec'd so their signatures and error messages are CPython's.
# Original code written for Bastion after CPython 3.11's documented behaviour.

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, '__name__', None) or repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


class _HasDefaultFactory:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('ClassVar') or annotation.startswith('typing.ClassVar')
    name = getattr(annotation, '_name', None) or getattr(annotation, '__name__', None)
    origin = getattr(annotation, '__origin__', None)
    return name == 'ClassVar' or getattr(origin, '_name', None) == 'ClassVar'


def _is_initvar(annotation):
    return annotation is InitVar or isinstance(annotation, InitVar) or (
        isinstance(annotation, str) and annotation.startswith('InitVar'))


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING and type(f.default).__hash__ is None \
            and isinstance(f.default, (list, dict, set)):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _make_fn(name, args, body, globals, locals, return_type=None, qualname=None):
    txt = f' def {name}({", ".join(args)}):\n' + '\n'.join('  ' + b for b in (body or ['pass']))
    local_vars = ', '.join(locals.keys())
    src = f'def __create_fn__({local_vars}):\n{txt}\n return {name}'
    ns = {}
    exec(src, globals, ns)
    fn = ns['__create_fn__'](**locals)
    if qualname is not None:
        fn.__qualname__ = qualname
    return fn


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots):
    fields = {}
    globals = {}
    module = getattr(cls, '__module__', None)
    import sys
    if module in sys.modules:
        globals = sys.modules[module].__dict__
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True
    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw = kw_only
    for name, type_ in cls_annotations.items():
        if type_ is KW_ONLY or (isinstance(type_, str) and type_ in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            kw = True
            continue
        cls_fields.append(_get_field(cls, name, type_, kw))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    qual = cls.__qualname__
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__', _init_fn(
            all_init_fields, std_init_fields, kw_only_init_fields, frozen, has_post_init,
            '__dataclass_self__' if 'self' in fields else 'self', globals, qual))
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(flds, globals, qual))
    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', cmp_fields)
        other_tuple = _tuple_str('other', cmp_fields)
        _set_new_attribute(cls, '__eq__', _make_fn(
            '__eq__', ('self', 'other'),
            ['if other.__class__ is self.__class__:',
             f' return {self_tuple}=={other_tuple}',
             'return NotImplemented'], globals, {}, qualname=f'{qual}.__eq__'))
    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _make_fn(
                    name, ('self', 'other'),
                    ['if other.__class__ is self.__class__:',
                     f' return {self_tuple}{op}{other_tuple}',
                     'return NotImplemented'], globals, {}, qualname=f'{qual}.{name}')):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')
    hash_action = _hash_action(unsafe_hash, eq, frozen, has_explicit_hash)
    if hash_action == 'set':
        flds = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        self_tuple = _tuple_str('self', flds)
        cls.__hash__ = _make_fn('__hash__', ('self',), [f'return hash({self_tuple})'], globals, {},
                                qualname=f'{qual}.__hash__')
    elif hash_action == 'none':
        cls.__hash__ = None
    elif hash_action == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + '(' + ', '.join(
                f.name + ': ' + _type_name(f.type) for f in all_init_fields) + ')'
        except Exception:
            cls.__doc__ = ''
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    return cls


def _type_name(t):
    if isinstance(t, str):
        return t
    if isinstance(t, type):
        return t.__name__ if t.__module__ == 'builtins' else t.__module__ + '.' + t.__qualname__
    return repr(t)


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        if has_explicit_hash:
            return 'error'
        return 'set'
    if eq and frozen:
        return None if has_explicit_hash else 'set'
    if eq and not frozen:
        return None if has_explicit_hash else 'none'
    return None


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return f'({",".join([f"{obj_name}.{f.name}" for f in fields])},)'


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals, qual):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    locals = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
              '__dataclass_builtins_object__': object}
    for f in fields:
        locals[f'_type_{f.name}'] = f.type
    body = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name)
        if line:
            body.append(line)
    if has_post_init:
        params = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({params})')
    if not body:
        body = ['pass']
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [_init_param(f) for f in kw_only_fields]
    fn = _make_fn('__init__', args, body, globals, locals, qualname=f'{qual}.__init__')
    fn.__annotations__['return'] = None  # CPython's generated __init__ is "-> None"
    return fn


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f'=_dflt_{f.name}'
    else:
        default = '=_HAS_DEFAULT_FACTORY'
    return f'{f.name}:_type_{f.name}{default}'


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _field_init(f, frozen, locals, self_name):
    default_name = f'_dflt_{f.name}'
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = (f'{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}')
        else:
            value = f'{default_name}()'
    else:
        if f.init:
            if f.default is not MISSING:
                locals[default_name] = f.default
            value = f.name
        else:
            if f.default is MISSING:
                return None
            locals[default_name] = f.default
            value = default_name
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _repr_fn(fields, globals, qual):
    fn = _make_fn('__repr__', ('self',),
                  ['return self.__class__.__qualname__ + f"(' +
                   ', '.join([f"{f.name}={{self.{f.name}!r}}" for f in fields]) + ')"'],
                  globals, {}, qualname=f'{qual}.__repr__')
    return _recursive_repr(fn)


def _recursive_repr(user_function):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__wrapped__ = user_function
    return wrapper


def _frozen_get_del_attr(cls, fields, globals):
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    fields_str = '(' + ','.join(repr(f.name) for f in fields) + (',)' if fields else ')')
    return (_make_fn('__setattr__', ('self', 'name', 'value'),
                     (f'if type(self) is cls or name in {fields_str}:',
                      ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                      'super(cls, self).__setattr__(name, value)'),
                     globals, locals, qualname=f'{cls.__qualname__}.__setattr__'),
            _make_fn('__delattr__', ('self', 'name'),
                     (f'if type(self) is cls or name in {fields_str}:',
                      ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                      'super(cls, self).__delattr__(name)'),
                     globals, locals, qualname=f'{cls.__qualname__}.__delattr__'))


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
              weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
