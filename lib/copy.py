# copy: shallow and deep copies (Python 3.11's `copy` interface), written for Bastion.
# Built-in containers are copied directly; instances use __copy__/__deepcopy__ when they
# define them, else __reduce_ex__(4) when it is available, else their __dict__ (and
# __getstate__/__setstate__). deepcopy keeps a memo keyed by id() so shared and cyclic
# structures are copied once and cycles are preserved.


class Error(Exception):
    pass


error = Error

# Values that are their own copies.
_ATOMIC = frozenset([type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
                     complex, str, bytes, type, range, slice, type(len), type(lambda: None), property])


def _is_atomic(cls):
    if cls in _ATOMIC:
        return True
    try:
        return issubclass(cls, type)
    except TypeError:
        return False


def _reconstruct_state(y, state, deep, memo):
    if state is None:
        return
    if deep:
        state = deepcopy(state, memo)
    if _overrides(type(y), '__setstate__'):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, deep=False):
    if deep and args:
        args = tuple(deepcopy(a, memo) for a in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    _reconstruct_state(y, state, deep, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _instance_state(x):
    getter = getattr(x, '__getstate__', None)
    if getter is not None:
        try:
            return getter()
        except TypeError:
            pass
    d = getattr(x, '__dict__', None) or None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (d, slots)
    return d


def _overrides(cls, name):
    mine = getattr(cls, name, None)
    return mine is not None and mine is not getattr(object, name, None)


def _copy_instance(x, memo, deep):
    cls = type(x)
    rv = None
    # Exceptions reduce through copyreg (args, and the fields OSError/ImportError carry).
    if _overrides(cls, '__reduce_ex__') or isinstance(x, BaseException):
        rv = x.__reduce_ex__(4)
    elif _overrides(cls, '__reduce__'):
        rv = x.__reduce__()
    if isinstance(rv, str):
        return x
    if isinstance(rv, tuple):
        return _reconstruct(x, memo, *rv, deep=deep)
    # No custom reduction: build an empty instance (with __getnewargs__ for immutable
    # bases such as tuple) and carry its state and container items over.
    newargs = getattr(x, '__getnewargs__', None)
    args = newargs() if newargs is not None else ()
    if deep and args:
        args = tuple(deepcopy(a, memo) for a in args)
    y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y
    _reconstruct_state(y, _instance_state(x), deep, memo)
    if isinstance(x, list):
        y.extend([deepcopy(item, memo) for item in x] if deep else x)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, set):
        y.update([deepcopy(item, memo) for item in x] if deep else x)
    return y


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if _is_atomic(cls) or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _copy_instance(x, None, False)


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) -> copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A cycle through the tuple may already have produced its copy.
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _copy_instance(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
