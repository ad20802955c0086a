# copyreg: the registry pickle and copy consult (Python 3.11's `copyreg` interface), written
# for Bastion. Besides CPython's public names it holds the defaults of the pickle protocol
# that CPython writes in C: object.__reduce_ex__, object.__reduce__ and object.__getstate__
# are native doors (objects/object_type.cpp) into _object_reduce_ex, _object_reduce and
# _object_getstate below. Bastion's built-in types that CPython pickles through their own
# __reduce__/__getnewargs__ (complex, range, slice, bytearray, deque, builtin methods, ...)
# are described here too (_native_reduce), so every object has one reduction path.

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # constructor_ob is accepted for backward compatibility only.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


def _register_union():
    try:
        import types
        union = types.UnionType
    except (ImportError, AttributeError):
        return
    pickle(union, pickle_union)


# --- Reconstructors named in pickles ------------------------------------------------------------

def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _is_heap_type(cls):
    # A class statement's class carries __module__ in its own namespace; built-in types do not.
    return '__module__' in cls.__dict__


def _reduce_ex(self, proto):
    """The reduction protocols 0 and 1 use (object.__reduce_ex__ below 2)."""
    assert proto < 2
    cls = self.__class__
    base = object
    for klass in cls.__mro__:
        if not _is_heap_type(klass):
            base = klass
            break
        new = klass.__dict__.get('__new__')
        if new is not None and getattr(new, '__self__', None) is klass and type(new).__name__ == 'builtin_function_or_method':
            base = klass
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled")
    state_dict = self.__getstate__()
    if state_dict:
        return _reconstructor, args, state_dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__, to allow classes with keyword-only
    arguments to be pickled correctly."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of cls's slots and its bases' (mangled as the attributes are), cached in
    cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = klass.__name__.lstrip('_')
                    if stripped:
                        name = '_%s%s' % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# --- The defaults of object.__reduce_ex__ / __reduce__ / __getstate__ ---------------------------

def _builtin_base(cls):
    for klass in cls.__mro__:
        if not _is_heap_type(klass):
            return klass
    return object


def _object_getstate(obj, *args):
    if args:
        raise TypeError("object.__getstate__() takes no arguments (%d given)" % len(args))
    return _getstate_default(obj, False)


def _getstate_default(obj, required):
    cls = type(obj)
    if required and _builtin_base(cls) not in _PLAIN_BASES:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slotnames = _slotnames(cls) if _is_heap_type(cls) else []
    if slotnames and state is not None and any(name in state for name in slotnames):
        # Bastion keeps a slot of a class that also has __dict__ in that dict: the state
        # leaves it to the slots part, as CPython's does.
        state = {k: v for k, v in state.items() if k not in slotnames} or None
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _getstate_for(obj, required):
    cls = type(obj)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is None or getstate is object.__getstate__:
        return _getstate_default(obj, required)
    return obj.__getstate__()


def _getnewargs(obj):
    cls = type(obj)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(obj, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        return args, None
    # The built-in immutable bases whose CPython types define __getnewargs__.
    base = _builtin_base(cls)
    if base in _NEWARGS_BASES:
        return (_NEWARGS_BASES[base](obj),), None
    return None, None


_PLAIN_BASES = {object, list, dict, set, frozenset, BaseException}
_NEWARGS_BASES = {int: int, float: float, str: str, bytes: bytes, tuple: tuple}
_NEWARGS_BASES[complex] = complex
_NEWARGS_BASES[bool] = bool


def _reduce_newobj(obj):
    cls = type(obj)
    if getattr(cls, '__new__', None) is None:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    args, kwargs = _getnewargs(obj)
    hasargs = args is not None
    if not kwargs:
        newobj = __newobj__
        newargs = (cls,) + (args if args is not None else ())
    else:
        newobj = __newobj_ex__
        newargs = (cls, args, kwargs)
    state = _getstate_for(obj, not (hasargs or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _common_reduce(obj, proto):
    native = _native_reduce(obj, proto)
    if native is not None:
        return native
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _object_reduce_ex(obj, protocol=None, *extra):
    if extra or protocol is None:
        given = len(extra) + (0 if protocol is None else 1)
        raise TypeError("object.__reduce_ex__() takes exactly one argument (%d given)" % given)
    if not isinstance(protocol, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(protocol).__name__)
    reduce = getattr(type(obj), '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    return _common_reduce(obj, protocol)


def _object_reduce(obj, *extra):
    if extra:
        raise TypeError("object.__reduce__() takes no arguments (%d given)" % len(extra))
    return _common_reduce(obj, 0)


# --- Reductions CPython's built-in types define in C, for Bastion's native types ----------------

def _reduce_bytearray(obj, proto):
    state = _getstate_for(obj, False)
    if not obj:
        return type(obj), (), state
    if proto < 3:
        return type(obj), (str(bytes(obj), 'latin-1'), 'latin-1'), state
    return type(obj), (bytes(obj),), state


def _reduce_set(obj, proto):
    return type(obj), (list(obj),), _getstate_for(obj, False)


def _reduce_range(obj, proto):
    return range, (obj.start, obj.stop, obj.step)


def _reduce_slice(obj, proto):
    return slice, (obj.start, obj.stop, obj.step)


# Exceptions: BaseException.__reduce__ is (type, args) or (type, args, __dict__); the fields
# CPython keeps in C members (Bastion: ExceptionObject::fields) are not in __dict__, except
# ImportError's name and path, which its reduction adds to the state, and OSError's filenames,
# which go back into args.
def _reduce_exception(obj, proto):
    state = dict(getattr(obj, '__dict__', None) or {})
    args = obj.args
    if isinstance(obj, OSError):
        filename = getattr(obj, 'filename', None)
        if len(args) == 2 and filename is not None:
            filename2 = getattr(obj, 'filename2', None)
            args = args + ((filename,) if filename2 is None else (filename, None, filename2))
    elif isinstance(obj, ImportError):
        for name in ('name', 'path'):
            value = getattr(obj, name, None)
            if value is not None:
                state[name] = value
    if state:
        return type(obj), args, state
    return type(obj), args


def _reduce_raise(message):
    # A type CPython refuses in its own __reduce_ex__ (protocol 2 on); below 2 copyreg's
    # _reduce_ex refuses it first.
    def reduce(obj, proto):
        if proto < 2:
            raise TypeError(f"cannot pickle {type(obj).__name__!r} object")
        raise TypeError(message)
    return reduce


def _reduce_builtin_function(obj, proto):
    owner = getattr(obj, '__self__', None)
    if owner is None or type(owner).__name__ == 'module':
        return obj.__qualname__ if owner is None else obj.__name__
    return getattr, (owner, obj.__name__)


def _reduce_singleton_name(name):
    return lambda obj, proto: name


def _reduce_method(obj, proto):
    return getattr, (obj.__self__, obj.__func__.__name__)


def _reduce_deque(obj, proto):
    state = _getstate_for(obj, False)
    if obj.maxlen is None:
        args = ()
    else:
        args = ((), obj.maxlen)
    return type(obj), args, state, iter(obj)


def _reduce_defaultdict(obj, proto):
    args = () if obj.default_factory is None else (obj.default_factory,)
    return type(obj), args, None, None, iter(obj.items())


def _build_native_table():
    table = {
        bytearray: _reduce_bytearray,
        set: _reduce_set,
        frozenset: _reduce_set,
        range: _reduce_range,
        slice: _reduce_slice,
        type(len): _reduce_builtin_function,
        type(NotImplemented): _reduce_singleton_name('NotImplemented'),
        type(Ellipsis): _reduce_singleton_name('Ellipsis'),
        memoryview: _reduce_raise("cannot pickle memoryview objects"),
        type(_reduce_raise.__code__): _reduce_raise("cannot pickle code objects"),
    }

    class _C:
        def m(self):
            pass
    table[type(_C().m)] = _reduce_method
    for name in ('_collections', 'collections'):
        try:
            mod = __import__(name)
        except ImportError:
            continue
        deque = getattr(mod, 'deque', None)
        if deque is not None and not _is_heap_type(deque):
            table[deque] = _reduce_deque
            _INHERITED.add(deque)
        defaultdict = getattr(mod, 'defaultdict', None)
        if defaultdict is not None and not _is_heap_type(defaultdict):
            table[defaultdict] = _reduce_defaultdict
            _INHERITED.add(defaultdict)
    _INHERITED.update((set, frozenset, bytearray))
    return table


_NATIVE = {}
_INHERITED = set()


def _native_reduce(obj, proto):
    # Built on first use: the table names types from modules copyreg must not import early.
    if not _NATIVE:
        _NATIVE.update(_build_native_table())
    cls = type(obj)
    fn = _NATIVE.get(cls)
    if fn is None and isinstance(obj, BaseException):
        return _reduce_exception(obj, proto)
    if fn is None:
        # A subclass inherits the reduction of its built-in base (set, bytearray, deque, ...).
        base = _builtin_base(cls)
        if base is not cls and base in _INHERITED:
            fn = _NATIVE.get(base)
    return None if fn is None else fn(obj, proto)


# --- The extension registry (protocol 2's EXT1/EXT2/EXT4) -----------------------------------------

_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return  # Redundant registrations are benign
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


_register_union()
