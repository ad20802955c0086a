// abstract_misc.cpp: conversions (repr, str, ascii, format, index, int(), float()),
// iteration, subscripting and len(), and type relations (issubtype, isinstance, issubclass
// with __instancecheck__ / __subclasscheck__). CPython: Objects/object.c, abstract.c.
#include "objects/core_internal.h"
#include "objects/generic_alias.h"
#include "objects/iterators.h"
#include "objects/str_util.h"

namespace bastion {

namespace {

Own<StrObject> adopt_str(Ref r) { return Own<StrObject>::steal(static_cast<StrObject*>(r.release().obj())); }

} // namespace

Result<Own<StrObject>> repr(Interpreter& interp, Value v) {
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.recursion_error(" while getting the repr of an object");
    Type* t = type_of(interp, v);
    BASTION_TRY_ASSIGN(Ref r, t->repr != nullptr ? t->repr(interp, v) : object_repr(interp, v));
    if (!is_str(interp, r))
        return interp.raise_fmt(interp.exc.TypeError, "__repr__ returned non-string (type {})", tname(interp, r));
    return adopt_str(std::move(r));
}

Result<Own<StrObject>> str(Interpreter& interp, Value v) {
    Type* t = type_of(interp, v);
    if (t == interp.types.str)
        return Own<StrObject>::borrow(static_cast<StrObject*>(v.obj()));
    if (t->str == nullptr)
        return repr(interp, v);
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.recursion_error(" while getting the str of an object");
    BASTION_TRY_ASSIGN(Ref r, t->str(interp, v));
    if (!is_str(interp, r))
        return interp.raise_fmt(interp.exc.TypeError, "__str__ returned non-string (type {})", tname(interp, r));
    return adopt_str(std::move(r));
}

Result<Own<StrObject>> ascii(Interpreter& interp, Value v) {
    BASTION_TRY_ASSIGN(Own<StrObject> r, repr(interp, v));
    return str_ascii_escape(interp, std::move(r));
}

Result<Own<StrObject>> format(Interpreter& interp, Value v, StrObject* spec) {
    if (spec == nullptr)
        spec = interp.empty_str;
    if (spec->length == 0 && type_of(interp, v) == interp.types.str)
        return Own<StrObject>::borrow(static_cast<StrObject*>(v.obj()));
    bool found = false;
    Value arg(spec);
    BASTION_TRY_ASSIGN(Ref r, call_special(interp, v, interp.names.__format__, std::span<const Value>(&arg, 1), &found));
    if (!found)
        return interp.raise_fmt(interp.exc.TypeError, "Type {} doesn't define __format__", tname(interp, v));
    if (!is_str(interp, r))
        return interp.raise_fmt(interp.exc.TypeError, "__format__ must return a str, not {}", tname(interp, r));
    return adopt_str(std::move(r));
}

Result<Ref> index(Interpreter& interp, Value v) {
    if (is_int_value(interp, v))
        return Ref::borrow(v);
    Type* t = type_of(interp, v);
    if (t->number.index == nullptr)
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object cannot be interpreted as an integer", t->name);
    BASTION_TRY_ASSIGN(Ref r, t->number.index(interp, v));
    if (!is_int_value(interp, r))
        return interp.raise_fmt(interp.exc.TypeError, "__index__ returned non-int (type {})", tname(interp, r));
    return r;
}

Result<int64_t> index_to_i64(Interpreter& interp, Value v) {
    if (v.is_small_int())
        return v.small_int_value();
    BASTION_TRY_ASSIGN(Ref i, index(interp, v));
    int64_t out = 0;
    if (!int_to_i64(i, &out))
        return interp.raise(interp.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    return out;
}

Result<Ref> to_int(Interpreter& interp, Value v) {
    if (v.is_small_int() || is_int_exact(interp, v))
        return Ref::borrow(v);
    Type* t = type_of(interp, v);
    if (t->number.to_int != nullptr) {
        BASTION_TRY_ASSIGN(Ref r, t->number.to_int(interp, v));
        if (!is_int_value(interp, r))
            return interp.raise_fmt(interp.exc.TypeError, "__int__ returned non-int (type {})", tname(interp, r));
        if (!r.get().is_small_int() && !is_int_exact(interp, r))
            return int_new_of_type(interp, interp.types.int_, r);
        return r;
    }
    if (t->number.index != nullptr) {
        BASTION_TRY_ASSIGN(Ref r, index(interp, v));
        if (!r.get().is_small_int() && !is_int_exact(interp, r))
            return int_new_of_type(interp, interp.types.int_, r);
        return r;
    }
    if (is_int_value(interp, v))
        return int_new_of_type(interp, interp.types.int_, v);
    bool found = false;
    BASTION_TRY_ASSIGN(Ref r, call_special(interp, v, interp.names.__trunc__, {}, &found));
    if (found) {
        if (is_int_value(interp, r))
            return r;
        if (type_of(interp, r)->number.index == nullptr)
            return interp.raise_fmt(interp.exc.TypeError, "__trunc__ returned non-Integral (type {})", tname(interp, r));
        return index(interp, r);
    }
    if (is_str(interp, v) || t->has_flag(kTypeBytesSubclass) || t == interp.types.bytearray)
        return call_positional(interp, Value(interp.types.int_), {v});
    return interp.raise_fmt(interp.exc.TypeError,
                            "int() argument must be a string, a bytes-like object or a real number, not '{}'", t->name);
}

Result<Ref> to_float(Interpreter& interp, Value v) {
    Type* t = type_of(interp, v);
    if (t == interp.types.float_)
        return Ref::borrow(v);
    if (t->number.to_float != nullptr) {
        BASTION_TRY_ASSIGN(Ref r, t->number.to_float(interp, v));
        if (type_of(interp, r) != interp.types.float_ && !is_subtype(type_of(interp, r), interp.types.float_))
            return interp.raise_fmt(interp.exc.TypeError, "{}.__float__ returned non-float (type {})", t->name,
                                    tname(interp, r));
        return r;
    }
    if (t->number.index != nullptr) {
        BASTION_TRY_ASSIGN(Ref i, index(interp, v));
        return call_positional(interp, Value(interp.types.float_), {i});
    }
    if (is_str(interp, v) || t->has_flag(kTypeBytesSubclass) || t == interp.types.bytearray)
        return call_positional(interp, Value(interp.types.float_), {v});
    return interp.raise_fmt(interp.exc.TypeError, "float() argument must be a string or a real number, not '{}'",
                            t->name);
}

// --- Iteration -----------------------------------------------------------------------------------

Result<Ref> get_iter(Interpreter& interp, Value v) {
    Type* t = type_of(interp, v);
    if (t->iter != nullptr) {
        BASTION_TRY_ASSIGN(Ref it, t->iter(interp, v));
        if (type_of(interp, it)->iternext == nullptr)
            return interp.raise_fmt(interp.exc.TypeError, "iter() returned non-iterator of type '{}'", tname(interp, it));
        return it;
    }
    if (t->getitem != nullptr && !t->has_flag(kTypeDictSubclass))
        return make_seq_iterator(interp, v);
    return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not iterable", t->name);
}

Result<Ref> iter_next_uncharged(Interpreter& interp, Value it) {
    Type* t = type_of(interp, it);
    if (t->iternext == nullptr)
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not an iterator", t->name);
    return t->iternext(interp, it);
}

Result<Ref> iter_next(Interpreter& interp, Value it) {
    BASTION_TRY(interp.charge_steps(1));
    return iter_next_uncharged(interp, it);
}

// --- Containers -------------------------------------------------------------------------------------

Result<Ref> get_item(Interpreter& interp, Value container, Value key) {
    Type* t = type_of(interp, container);
    if (t->getitem != nullptr)
        return t->getitem(interp, container, key);
    if (is_type_value(interp, container)) {
        // PEP 560: list[int] and friends; type[int] is built in (CPython's PyObject_GetItem).
        if (container.is(Value(interp.types.type)))
            return make_generic_alias(interp, container, key);
        BASTION_TRY_ASSIGN(Ref meth, get_attr_opt(interp, container, interp.names.__class_getitem__));
        if (meth)
            return call_positional(interp, meth, {key});
        return interp.raise_fmt(interp.exc.TypeError, "type '{}' is not subscriptable", as_type(container)->name);
    }
    return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not subscriptable", t->name);
}

Status set_item(Interpreter& interp, Value container, Value key, Value value) {
    Type* t = type_of(interp, container);
    if (t->setitem == nullptr)
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object does not support item assignment", t->name);
    return t->setitem(interp, container, key, value);
}

Status del_item(Interpreter& interp, Value container, Value key) {
    Type* t = type_of(interp, container);
    if (t->setitem == nullptr)
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object doesn't support item deletion", t->name);
    return t->setitem(interp, container, key, Value());
}

Result<int64_t> length(Interpreter& interp, Value v) {
    Type* t = type_of(interp, v);
    if (t->length == nullptr)
        return interp.raise_fmt(interp.exc.TypeError, "object of type '{}' has no len()", t->name);
    return t->length(interp, v);
}

// --- Type relations ------------------------------------------------------------------------------

bool is_subtype(Type* sub, Type* base) {
    if (sub == base)
        return true;
    Value mro = sub->mro.get();
    if (mro.is_obj()) {
        auto* tup = static_cast<TupleObject*>(mro.obj());
        for (int64_t i = 0; i < tup->size; ++i) {
            if (tup->items()[i].is(Value(base)))
                return true;
        }
        return false;
    }
    for (Type* t = sub; t != nullptr; t = t->base) {
        if (t == base)
            return true;
    }
    return false;
}

bool is_instance_exact(Interpreter& interp, Value v, Type* t) { return type_of(interp, v) == t; }

namespace {

Result<bool> recursive_isinstance(Interpreter& interp, Value v, Value cls) {
    if (!is_type_value(interp, cls))
        return interp.raise(interp.exc.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    Type* t = type_of(interp, v);
    if (is_subtype(t, as_type(cls)))
        return true;
    if (!t->has_flag(kTypeHeap))
        return false;
    // A proxy may claim another class through __class__.
    BASTION_TRY_ASSIGN(Ref icls, get_attr_opt(interp, v, interp.names.__class__));
    if (icls && !icls.get().is(Value(t)) && is_type_value(interp, icls))
        return is_subtype(as_type(icls), as_type(cls));
    return false;
}

Result<bool> recursive_issubclass(Interpreter& interp, Value derived, Value cls) {
    if (!is_type_value(interp, derived))
        return interp.raise(interp.exc.TypeError, "issubclass() arg 1 must be a class");
    if (!is_type_value(interp, cls))
        return interp.raise(interp.exc.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return is_subtype(as_type(derived), as_type(cls));
}

// The metaclass's __instancecheck__ / __subclasscheck__, unless it is type's own.
Value checker_of(Interpreter& interp, Value cls, StrObject* name) {
    Type* meta = type_of(interp, cls);
    Value f = type_lookup(meta, name);
    if (f.is_null())
        return Value();
    Value builtin = type_lookup(interp.types.type, name);
    return f.is(builtin) ? Value() : f;
}

} // namespace

Result<bool> is_instance(Interpreter& interp, Value v, Value cls) {
    Type* t = type_of(interp, v);
    if (Value(t).is(cls))
        return true;
    Type* meta = type_of(interp, cls);
    if (meta == interp.types.type)
        return recursive_isinstance(interp, v, cls);
    if (meta == interp.types.tuple || meta->has_flag(kTypeTupleSubclass)) {
        BASTION_TRY(check_stack(interp));
        auto* tup = static_cast<TupleObject*>(cls.obj());
        for (int64_t i = 0; i < tup->size; ++i) {
            BASTION_TRY_ASSIGN(bool r, is_instance(interp, v, tup->at(i)));
            if (r)
                return true;
        }
        return false;
    }
    Ref checker = Ref::borrow(checker_of(interp, cls, interp.names.__instancecheck__));
    if (checker) {
        BASTION_TRY(check_stack(interp));
        bool found = false;
        BASTION_TRY_ASSIGN(Ref r, call_special(interp, cls, interp.names.__instancecheck__, std::span<const Value>(&v, 1),
                                               &found));
        return is_true(interp, r);
    }
    return recursive_isinstance(interp, v, cls);
}

Result<bool> is_subclass(Interpreter& interp, Value derived, Value cls) {
    Type* meta = type_of(interp, cls);
    if (meta == interp.types.type) {
        if (derived.is(cls))
            return true;
        return recursive_issubclass(interp, derived, cls);
    }
    if (meta == interp.types.tuple || meta->has_flag(kTypeTupleSubclass)) {
        BASTION_TRY(check_stack(interp));
        auto* tup = static_cast<TupleObject*>(cls.obj());
        for (int64_t i = 0; i < tup->size; ++i) {
            BASTION_TRY_ASSIGN(bool r, is_subclass(interp, derived, tup->at(i)));
            if (r)
                return true;
        }
        return false;
    }
    Ref checker = Ref::borrow(checker_of(interp, cls, interp.names.__subclasscheck__));
    if (checker) {
        BASTION_TRY(check_stack(interp));
        bool found = false;
        BASTION_TRY_ASSIGN(Ref r, call_special(interp, cls, interp.names.__subclasscheck__,
                                               std::span<const Value>(&derived, 1), &found));
        return is_true(interp, r);
    }
    return recursive_issubclass(interp, derived, cls);
}

} // namespace bastion
