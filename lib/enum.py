# enum for Bastion: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique — members
# created by the EnumType metaclass from the class body, lookup by value and name,
# iteration in definition order, aliases, and CPython 3.11's reprs and messages.
# Original code written for Bastion after CPython 3.11's documented behaviour.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique', 'global_enum_repr']


class auto:
    _next = object()

    def __init__(self, value=_next):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class _EnumDict(dict):
    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate = None

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate = value
        elif _is_dunder(key) or key == '_ignore_':
            pass
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif not _is_descriptor(value):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is auto._next:
                    gen = self._generate
                    if gen is None:
                        gen = self._base_generate
                    value.value = gen(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(v.value if isinstance(v, auto) else v for v in value)
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _high_bit(value):
    return value.bit_length() - 1


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict()
        for base in bases:
            for klass in base.__mro__:
                gen = klass.__dict__.get('_generate_next_value_')
                if gen is not None:
                    d._base_generate = gen.__func__ if isinstance(gen, staticmethod) else gen
                    break
            else:
                continue
            break
        else:
            d._base_generate = _generate_int
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = getattr(classdict, '_member_names', [])
        members = {name: dict.__getitem__(classdict, name) for name in member_names}
        ns = dict(classdict)
        for name in member_names:
            del ns[name]
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('%s: cannot extend enumeration %r' % (cls, base.__name__))
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_values_ = []
        mixin = _find_data_type(enum_class, bases)
        enum_class._member_type_ = mixin
        enum_class._flag_mask_ = 0
        enum_class._all_bits_ = 0
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType))
        if Enum is not None and '__new__' in ns:
            new_member = ns['__new__']
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
        else:
            new_member = None
            for base in bases:
                nm = getattr(base, '_new_member_', None)
                if nm is not None and nm is not object.__new__:
                    new_member = nm
                    break
            if new_member is None:
                new_member = object.__new__ if mixin is object else mixin.__new__
        enum_class._new_member_ = new_member
        for name in member_names:
            value = members[name]
            args = value if isinstance(value, tuple) else (value,)
            if mixin is tuple:
                args = (args,)
            if new_member is object.__new__:
                member = object.__new__(enum_class)
            else:
                member = new_member(enum_class, *args)
            if not hasattr(member, '_value_'):
                if mixin is object:
                    member._value_ = value
                else:
                    member._value_ = mixin(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            init = getattr(enum_class, '__init__', None)
            if init is not None and init is not object.__init__ and mixin is object and '__init__' in enum_class.__dict__:
                init(member, *args)
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for m in enum_class._unhashable_values_:
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is None:
                for other in enum_class._member_names_:
                    m = enum_class._member_map_[other]
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(name)
                if is_flag and isinstance(value, int):
                    enum_class._flag_mask_ |= value
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                enum_class._unhashable_values_.append(member)
            type.__setattr__(enum_class, name, member)
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
            # The data type's repr/str/format must not shadow the enum's own.
            first_enum = next(b for b in enum_class.__mro__[1:] if isinstance(b, EnumType))
            for meth in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if meth in ns:
                    continue
                found = getattr(enum_class, meth)
                if found in (getattr(mixin, meth, None), getattr(object, meth, None)):
                    type.__setattr__(enum_class, meth, getattr(first_enum, meth))
        if is_flag:
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            gen = classdict._base_generate
            for count, name in enumerate(original_names):
                value = gen(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        enum_class = EnumType.__new__(EnumType if cls is Enum or not isinstance(cls, EnumType) else type_of(cls),
                                      class_name, bases, classdict)
        enum_class.__module__ = module if module is not None else '__main__'
        if qualname is not None:
            enum_class.__qualname__ = qualname
        return enum_class

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type_of(member).__qualname__, type_of(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Flag = None
Enum = None


def type_of(obj):
    return type(obj)


def _generate_int(name, start, count, last_values):
    if not last_values:
        return start
    try:
        last = sorted(last_values)[-1] if False else last_values[-1]
        return last + 1
    except TypeError:
        raise TypeError('unable to sort non-numeric values') from None


def _find_data_type(enum_class, bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or base in (int, str, float, tuple):
                return base
    return object


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._unhashable_values_:
                if member._value_ == value:
                    return member
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _generate_int(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if '_value_repr_' in dir(self.__class__) else None
        mixin = self._member_type_
        if mixin is object:
            value = repr(self._value_)
        else:
            value = mixin.__repr__(self._value_)
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        mixin = self._member_type_
        if mixin is object or type(self).__str__ is not Enum.__str__ and mixin is not str:
            return format(str(self), format_spec)
        return mixin.__format__(self._value_, format_spec)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        # A member pickles by name, as in CPython 3.11 (getattr(cls, name)).
        return getattr, (self.__class__, self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    def __str__(self):
        return self._member_type_.__str__(self._value_) if self._member_type_ is not object else Enum.__str__(self)

    def __format__(self, format_spec):
        return self._member_type_.__format__(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()



class Flag(Enum):
    _keep_unknown_bits_ = False  # IntFlag keeps them (CPython's boundary KEEP)

    def __reduce_ex__(self, proto):
        # CPython 3.11's reduction: a combination pickles as cls(rest) | lowest member.
        import operator
        cls = self.__class__
        unknown = self._value_ & ~cls._flag_mask_
        known = self._value_ & cls._flag_mask_
        if unknown and known:
            return operator.or_, (cls(known), unknown)
        if known:
            low = known & -known
            rest = known & ~low
            if rest:
                return operator.or_, (cls(rest), cls._value2member_map_.get(low))
        if self._name_ is None:
            return cls, (self._value_,)
        return getattr, (cls, self._name_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        if value < 0:
            value = max(cls._all_bits_ + 1, 2 ** value.bit_length()) + value
        if value & ~cls._all_bits_ and not cls._keep_unknown_bits_:
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                cls, value, bin(value), bin(flag_mask)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_member_(value)]
        unknown = value & ~flag_mask
        if names or not unknown:
            pseudo._name_ = '|'.join(names) if names else None
        else:
            pseudo._name_ = None
        if unknown and names:
            pseudo._name_ += '|%s' % hex(unknown)
        elif unknown and cls._member_type_ is not object:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            v = member._value_
            if v and v & (v - 1) == 0 and v & value == v:
                yield member

    def __iter__(self):
        return iter(list(type(self)._iter_member_(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        mixin = self._member_type_
        value = repr(self._value_) if mixin is object else mixin.__repr__(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, value)
        return "<%s.%s: %s>" % (cls_name, self._name_, value)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    _keep_unknown_bits_ = True
    __str__ = ReprEnum.__str__
    __format__ = ReprEnum.__format__
    __repr__ = Flag.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum_repr(self):
    return '%s.%s' % (self.__class__.__module__, self._name_)
