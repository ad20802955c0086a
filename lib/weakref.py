"""Weak references (Bastion): ref, proxy and the weak containers built on them.

ref/proxy/getweakrefcount/getweakrefs come from the native _weakref module; the
containers (WeakValueDictionary, WeakKeyDictionary, WeakSet), WeakMethod and finalize
are written here for Bastion. Entries whose referent dies are dropped by weakref
callbacks; while a container is being iterated, removals wait until the iteration ends.
"""

from _weakref import (ref, proxy, getweakrefcount, getweakrefs, ReferenceType, ProxyType,
                      CallableProxyType, _remove_dead_weakref)

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize", "KeyedRef"]


class KeyedRef(ref):
    """A weak reference that remembers the dictionary key it was stored under."""

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
        self.key = key


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both its object and function are."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        holder = []

        def _cb(_):
            me = holder[0]() if holder else None
            if me is not None and me._alive:
                me._alive = False
                if me._user_cb is not None:
                    me._user_cb(me)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._alive = True
        self._user_cb = callback
        holder.append(ref(self))
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self() is None or other() is None:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = ref.__hash__


class _Guarded:
    """Shared by the weak containers: removals are queued while an iteration runs."""

    def _init_guard(self):
        self._pending = []
        self._iterating = 0

    def _enter(self):
        self._iterating += 1

    def _leave(self):
        self._iterating -= 1
        if not self._iterating and self._pending:
            self._commit()


class _WeakMapping(_Guarded):
    """The weak dictionaries' views, all derived from their items()."""

    def keys(self):
        for k, _ in self.items():
            yield k

    __iter__ = keys

    def values(self):
        for _, v in self.items():
            yield v


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self._init_guard()
        self.data = {}
        selfref = ref(self)

        def remove(wr, selfref=selfref):
            d = selfref()
            if d is not None:
                if d._iterating:
                    d._pending.append(wr.key)
                else:
                    _remove_dead_weakref(d.data, wr.key)
        self._remove = remove
        self.update(other, **kw)

    def _commit(self):
        pending, self._pending = self._pending, []
        for key in pending:
            _remove_dead_weakref(self.data, key)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        if self._pending:
            self._commit()
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        if self._pending:
            self._commit()
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        self._enter()
        try:
            for k, wr in list(self.data.items()):
                v = wr()
                if v is not None:
                    yield k, v
        finally:
            self._leave()

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *args):
        if self._pending:
            self._commit()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        if self._pending:
            self._commit()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def clear(self):
        self._pending = []
        self.data.clear()


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self._init_guard()
        self.data = {}
        selfref = ref(self)

        def remove(k, selfref=selfref):
            d = selfref()
            if d is not None:
                if d._iterating:
                    d._pending.append(k)
                else:
                    try:
                        del d.data[k]
                    except KeyError:
                        pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _commit(self):
        pending, self._pending = self._pending, []
        for k in pending:
            try:
                del self.data[k]
            except KeyError:
                pass

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        self._enter()
        try:
            for wr, value in list(self.data.items()):
                key = wr()
                if key is not None:
                    yield key, value
        finally:
            self._leave()

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def clear(self):
        self._pending = []
        self.data.clear()


class WeakSet(_Guarded):
    """A set whose members are held weakly: a member goes when it dies."""

    def __init__(self, data=None):
        self._init_guard()
        self.data = set()

        def remove(item, selfref=ref(self)):
            s = selfref()
            if s is not None:
                if s._iterating:
                    s._pending.append(item)
                else:
                    s.data.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def _commit(self):
        pending, self._pending = self._pending, []
        for item in pending:
            self.data.discard(item)

    def __iter__(self):
        self._enter()
        try:
            for wr in list(self.data):
                item = wr()
                if item is not None:
                    yield item
        finally:
            self._leave()

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def add(self, item):
        if self._pending:
            self._commit()
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        if self._pending:
            self._commit()
        self.data.discard(ref(item))

    def remove(self, item):
        if self._pending:
            self._commit()
        self.data.remove(ref(item))

    def pop(self):
        if self._pending:
            self._commit()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        self._pending = []
        self.data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return WeakSet(self)

    __copy__ = copy

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        return WeakSet(list(self) + list(other))

    __or__ = union

    def intersection(self, other):
        other = list(other)
        return WeakSet(item for item in other if item in self)

    __and__ = intersection

    def difference(self, other):
        other = WeakSet(other)
        return WeakSet(item for item in self if item not in other)

    __sub__ = difference

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self.data) == set(other.data)


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once, when obj
    dies, when the finalizer is called, or at interpreter exit (if atexit is true)."""

    _registry = {}
    _counter = [0]
    _shutdown = False          # set once the exit run is over: no finalizer runs after it
    _dirty = False             # a finalizer was made since the exit run chose its list
    _registered_with_atexit = False

    class _Info:
        pass

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            # The first finalizer asks atexit to call the live ones at exit (teardown).
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter[0] += 1
        info.index = finalize._counter[0]
        finalize._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _live_for_exit():
        # The finalizers still registered with atexit true, oldest first.
        chosen = [(info.index, f) for f, info in finalize._registry.items() if info.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @staticmethod
    def _exitfunc():
        # Called by atexit at interpreter exit: every live finalizer whose atexit is true
        # runs once, newest first, with the collector off; the list is chosen again when
        # one of them made a new finalizer. Afterwards no finalizer runs any more.
        import gc
        reenable = False
        try:
            if finalize._registry:
                reenable = gc.isenabled()
                gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = finalize._live_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception as e:
                        import sys
                        sys.stderr.write("Exception ignored in: %r\n%s: %s\n"
                                         % (f, type(e).__name__, e))
        finally:
            finalize._shutdown = True
            if reenable:
                gc.enable()
