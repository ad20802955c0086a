// abstract_attr.cpp: attribute access — get/set/del through the type's slots, the generic
// algorithm most types use (data descriptors, then the instance __dict__, then other class
// attributes; CPython PyObject_GenericGetAttr), MRO lookup, and get_method for LOAD_METHOD.
#include <cstring>

#include "objects/attr_cache.h"
#include "objects/attr_fast.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/type_cache.h"

namespace bastion {

Result<Ref> make_str(Interpreter& interp, std::string_view utf8) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, utf8));
    return Ref(std::move(s));
}

StrObject* name_of(Interpreter& interp, std::string_view utf8) { return interp.intern(utf8); }

std::string to_utf8(StrObject* s) { return str_to_utf8(s); }

bool raised_is(const Raised& r, Type* t) {
    return r.exception.get().is_obj() && is_subtype(r.exception.obj()->type, t);
}

namespace {

// AttributeError "'T' object has no attribute 'n'". With an ASCII type name and attribute
// name (the usual case) the text is put together in a stack buffer and becomes an ASCII str
// directly: no format call, no heap string, no UTF-8 scan. The exception is the one
// Interpreter::raise makes from the same text.
Raised no_attribute_error(Interpreter& interp, const std::string& type_name, StrObject* name) {
    constexpr std::string_view kMiddle = "' object has no attribute '";
    char buf[256];
    std::size_t n = type_name.size() + kMiddle.size() + 3;
    bool direct = name->ascii && name->length >= 0 && static_cast<std::size_t>(name->length) <= sizeof buf &&
                  n + static_cast<std::size_t>(name->length) <= sizeof buf;
    for (std::size_t i = 0; direct && i < type_name.size(); ++i)
        direct = static_cast<unsigned char>(type_name[i]) < 0x80;
    if (!direct)
        return interp.raise_fmt(interp.exc.AttributeError, "'{}' object has no attribute '{}'", type_name,
                                to_utf8(name));
    std::size_t at = 0;
    auto put = [&](const char* p, std::size_t len) {
        BASTION_CHECK(at + len <= sizeof buf);
        std::memcpy(buf + at, p, len);
        at += len;
    };
    put("'", 1);
    put(type_name.data(), type_name.size());
    put(kMiddle.data(), kMiddle.size());
    put(reinterpret_cast<const char*>(name->data()), static_cast<std::size_t>(name->length));
    put("'", 1);
    auto text = str_from_ascii(interp, std::string_view(buf, at));
    if (!text.ok())
        return text.take_error();
    auto args = tuple_of(interp, {Value(text.value())});
    if (!args.ok())
        return args.take_error();
    auto exc = exception_new(interp, interp.exc.AttributeError, Value(args.value()));
    if (!exc.ok())
        return exc.take_error();
    return Raised{std::move(exc.value()).into_ref()};
}

} // namespace

namespace {

// 3.10+: AttributeError.name / .obj (the traceback printer's "Did you mean" uses them), set
// on an AttributeError leaving an attribute lookup unless already set (CPython's
// set_attribute_error_context).
void set_attribute_error_context(Interpreter& interp, const Raised& r, Value obj, StrObject* name) {
    if (!r.exception.get().is_obj() || !is_subtype(r.exception.obj()->type, interp.exc.AttributeError))
        return;
    Ref& d = static_cast<ExceptionObject*>(r.exception.obj())->fields;
    if (!d) {
        auto fresh = dict_new_presized_inline(interp, 2); // one block for name and obj
        if (!fresh.ok())
            return;
        d = std::move(fresh.value());
    }
    auto* dict = static_cast<DictObject*>(d.obj());
    if (!dict_get_str(dict, interp.names.name).is_null() || !dict_get_str(dict, interp.names.obj).is_null())
        return; // augmented already (by the lookup that raised it, or by its own code)
    (void)dict_set_str(interp, dict, interp.names.name, Value(name));
    (void)dict_set_str(interp, dict, interp.names.obj, obj);
}

} // namespace

Raised raise_no_attribute(Interpreter& interp, Value obj, StrObject* name) {
    Raised r = no_attribute_error(interp, tname(interp, obj), name);
    set_attribute_error_context(interp, r, obj, name);
    return r;
}

namespace {

Value mro_walk(TupleObject* mro, StrObject* name) {
    for (int64_t i = 0; i < mro->size; ++i) {
        Type* t = as_type(mro->items()[i]);
        if (!t->dict)
            continue;
        Value v = dict_get_str(static_cast<DictObject*>(t->dict.obj()), name);
        if (!v.is_null())
            return v;
    }
    return Value();
}

// A multiplicative hash of both addresses (as attr_cache_pair): the names a class uses
// together are often interned next to each other, and an xor of the raw addresses put
// pairs of them (Fraction's `_numerator`/`_denominator`) in one slot, evicting each other
// on every access.
std::size_t type_cache_slot(Type* type, StrObject* name) {
    uint64_t h = (reinterpret_cast<uintptr_t>(type) >> 4) * 0x9E3779B97F4A7C15ull ^
                 (reinterpret_cast<uintptr_t>(name) >> 3) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<std::size_t>(h >> 54) & (TypeCache::kEntries - 1);
}

} // namespace

namespace {

// Walks the MRO for `name` and records the walk in `rec` when it can be validated later
// (type_cache.h): every class on the MRO has a dict, owned by it or by no type yet (it
// becomes the owner here, so from now on every write to the dict reaches
// type_dict_written), no class on it has a custom MRO, and teardown has not started.
// Otherwise rec.type is left null. dict_get_str runs no user code, so nothing changes
// between the walk and the record.
Value lookup_record_fill(Interpreter& interp, TupleObject* mro, Type* type, StrObject* name, LookupRecord& rec) {
    rec.type = nullptr;
    Value found = mro_walk(mro, name);
    if (interp.gc().finalizers_off)
        return found;
    const Value* items = mro->items();
    for (int64_t i = 0; i < mro->size; ++i) {
        Type* t = as_type(items[i]);
        auto* d = static_cast<DictObject*>(t->dict.get().obj_or_null());
        if (d == nullptr || (d->owner != nullptr && d->owner != t) || t->has_flag(kTypeCustomMro))
            return found;
    }
    // Every class on the MRO gets a stamp too (type_bases.cpp type_dict_written relies on
    // it: a stamped type has only stamped classes on its MRO).
    for (int64_t i = mro->size; i-- > 0;) {
        Type* t = as_type(items[i]);
        static_cast<DictObject*>(t->dict.obj())->owner = t;
        if (t->stamp == 0)
            t->stamp = ++interp.type_cache.last_stamp;
    }
    if (type->stamp == 0) // (the MRO names `type` first; a custom one was refused above)
        type->stamp = ++interp.type_cache.last_stamp;
    rec.type = type;
    rec.stamp = type->stamp;
    rec.mro = Value(mro).bits();
    rec.result = found;
    return found;
}

[[gnu::noinline]] Value type_lookup_uncached(Type* type, StrObject* name) {
    Value mro = type->mro.get();
    if (mro.is_obj())
        return mro_walk(static_cast<TupleObject*>(mro.obj()), name);
    for (Type* t = type; t != nullptr; t = t->base) { // before the MRO exists (bootstrap)
        if (!t->dict)
            continue;
        Value v = dict_get_str(static_cast<DictObject*>(t->dict.obj()), name);
        if (!v.is_null())
            return v;
    }
    return Value();
}

// The miss path of type_lookup: walk the MRO and refill the entry.
[[gnu::noinline]] Value type_lookup_fill(Interpreter& interp, Type* type, StrObject* name, TypeCacheEntry& e) {
    Value mro = type->mro.get();
    if (!mro.is_obj()) {
        e.rec.type = nullptr;
        return type_lookup_uncached(type, name);
    }
    e.name = name;
    return lookup_record_fill(interp, static_cast<TupleObject*>(mro.obj()), type, name, e.rec);
}

TypeCacheEntry* type_cache_entry(Type* type, StrObject* name) {
    TypeCache& cache = type->interp->type_cache;
    if (cache.entries.empty()) [[unlikely]]
        cache.entries.resize(TypeCache::kEntries);
    return &cache.entries[type_cache_slot(type, name)];
}

} // namespace

// The hit path is kept small (every attribute access runs it): one load of the recorded
// version per MRO level (type_cache.h); misses and the uncached cases are out of line.
Value type_lookup(Type* type, StrObject* name) {
    Interpreter* interp = type->interp;
    if (!name->interned || interp == nullptr) [[unlikely]]
        return type_lookup_uncached(type, name);
    TypeCacheEntry& e = *type_cache_entry(type, name);
    if (e.name == name && lookup_record_valid(*interp, e.rec, type)) [[likely]]
        return e.rec.result;
    return type_lookup_fill(*interp, type, name, e);
}

Value type_lookup_recorded(Type* type, StrObject* name, const LookupRecord** rec) {
    *rec = nullptr;
    Interpreter* interp = type->interp;
    if (!name->interned || interp == nullptr) [[unlikely]]
        return type_lookup_uncached(type, name);
    TypeCacheEntry& e = *type_cache_entry(type, name);
    Value found = e.name == name && lookup_record_valid(*interp, e.rec, type) ? e.rec.result
                                                                              : type_lookup_fill(*interp, type, name, e);
    if (e.name == name && e.rec.type == type)
        *rec = &e.rec;
    return found;
}

namespace {

Result<StrObject*> canonical(Interpreter& interp, StrObject* name) {
    if (name->interned)
        return name;
    StrObject* s = interp.intern(name);
    if (s == nullptr)
        return interp.no_memory();
    return s;
}

Value instance_dict_lookup(Interpreter& interp, Type* t, Value obj, StrObject* name) {
    if (!t->has_flag(kTypeManagedDict) || !obj.is_obj())
        return Value();
    Ref& d = managed_dict(obj.obj());
    if (!d)
        return Value();
    (void)interp;
    return dict_get_str(static_cast<DictObject*>(d.obj()), name);
}

Result<Ref> generic_getattr_impl(Interpreter& interp, Value obj, StrObject* name, bool suppress) {
    Type* t = type_of(interp, obj);
    Ref descr = Ref::borrow(type_lookup(t, name));
    DescrGetFn get = nullptr;
    if (descr) {
        Type* dt = type_of(interp, descr);
        get = dt->descr_get;
        if (get != nullptr && dt->descr_set != nullptr)
            return get(interp, descr, obj, Value(t));
    }
    Value v = instance_dict_lookup(interp, t, obj, name);
    if (!v.is_null())
        return Ref::borrow(v);
    if (get != nullptr)
        return get(interp, descr, obj, Value(t));
    if (descr)
        return descr;
    if (suppress)
        return Ref();
    return raise_no_attribute(interp, obj, name);
}

} // namespace

Result<Ref> generic_getattr(Interpreter& interp, Value obj, StrObject* name) {
    BASTION_TRY_ASSIGN(name, canonical(interp, name));
    return generic_getattr_impl(interp, obj, name, false);
}

namespace {

Status generic_setattr_impl(Interpreter& interp, Type* t, Value obj, StrObject* name, Value value) {
    Ref descr = Ref::borrow(type_lookup(t, name));
    if (descr) {
        DescrSetFn set = type_of(interp, descr)->descr_set;
        if (set != nullptr)
            return set(interp, descr, obj, value);
    }
    if (t->has_flag(kTypeManagedDict) && obj.is_obj()) {
        Ref& d = managed_dict(obj.obj());
        if (value.is_null()) {
            bool had = false;
            if (d) {
                Ref keep = d;
                BASTION_TRY_ASSIGN(had, dict_del(interp, static_cast<DictObject*>(keep.obj()), Value(name)));
            }
            if (!had)
                return raise_no_attribute(interp, obj, name);
            return {};
        }
        if (!d) {
            BASTION_TRY_ASSIGN(Own<DictObject> fresh, dict_new(interp));
            managed_dict(obj.obj()) = std::move(fresh);
        }
        Ref keep = managed_dict(obj.obj());
        return dict_set_str(interp, static_cast<DictObject*>(keep.obj()), name, value);
    }
    if (descr)
        return interp.raise_fmt(interp.exc.AttributeError, "'{}' object attribute '{}' is read-only", t->name,
                                to_utf8(name));
    return raise_no_attribute(interp, obj, name);
}

} // namespace

Status generic_setattr(Interpreter& interp, Value obj, StrObject* name, Value value) {
    BASTION_TRY_ASSIGN(name, canonical(interp, name));
    return generic_setattr_impl(interp, type_of(interp, obj), obj, name, value);
}

Result<Ref> get_attr_interned(Interpreter& interp, Value obj, StrObject* name) {
    BASTION_CHECK(name->interned);
    Type* t = type_of(interp, obj);
    if (t->getattr == &generic_getattr) [[likely]]
        return generic_getattr_impl(interp, obj, name, false);
    if (t->getattr == nullptr)
        return raise_no_attribute(interp, obj, name);
    auto r = t->getattr(interp, obj, name);
    if (!r.ok()) [[unlikely]]
        set_attribute_error_context(interp, r.error(), obj, name);
    return r;
}

Result<Ref> get_attr(Interpreter& interp, Value obj, StrObject* name) {
    BASTION_TRY_ASSIGN(name, canonical(interp, name));
    return get_attr_interned(interp, obj, name);
}

Result<Ref> get_attr_opt(Interpreter& interp, Value obj, StrObject* name) {
    BASTION_TRY_ASSIGN(name, canonical(interp, name));
    Type* t = type_of(interp, obj);
    if (t->getattr == nullptr)
        return Ref();
    // CPython _PyObject_LookupAttr: an AttributeError from a descriptor also means "absent".
    auto r = t->getattr == &generic_getattr ? generic_getattr_impl(interp, obj, name, true)
                                            : t->getattr(interp, obj, name);
    if (!r.ok() && raised_is(r.error(), interp.exc.AttributeError))
        return Ref();
    return r;
}

Status set_attr(Interpreter& interp, Value obj, StrObject* name, Value value) {
    BASTION_TRY_ASSIGN(name, canonical(interp, name));
    return set_attr_interned(interp, obj, name, value);
}

Status set_attr_interned(Interpreter& interp, Value obj, StrObject* name, Value value) {
    BASTION_CHECK(name->interned);
    Type* t = type_of(interp, obj);
    if (t->setattr == &generic_setattr) [[likely]]
        return generic_setattr_impl(interp, t, obj, name, value);
    if (t->setattr == nullptr) {
        if (t->getattr == nullptr)
            return interp.raise_fmt(interp.exc.TypeError, "'{}' object has no attributes (assign to .{})", t->name,
                                    to_utf8(name));
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object has only read-only attributes (assign to .{})",
                                t->name, to_utf8(name));
    }
    return t->setattr(interp, obj, name, value);
}

Status del_attr(Interpreter& interp, Value obj, StrObject* name) {
    BASTION_TRY_ASSIGN(name, canonical(interp, name));
    Type* t = type_of(interp, obj);
    if (t->setattr == nullptr) {
        if (t->getattr == nullptr)
            return interp.raise_fmt(interp.exc.TypeError, "'{}' object has no attributes (del .{})", t->name,
                                    to_utf8(name));
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object has only read-only attributes (del .{})", t->name,
                                to_utf8(name));
    }
    return t->setattr(interp, obj, name, Value());
}

// CPython _PyObject_GetMethod: a function or method descriptor found on the type (and not
// shadowed by a data descriptor or the instance dict) comes back unbound, saving the
// bound-method allocation.
Status get_method(Interpreter& interp, Value obj, StrObject* name, Ref* method, bool* is_unbound) {
    *is_unbound = false;
    BASTION_TRY_ASSIGN(name, canonical(interp, name));
    return get_method_interned(interp, obj, name, method, is_unbound);
}

Status get_method_interned(Interpreter& interp, Value obj, StrObject* name, Ref* method, bool* is_unbound) {
    BASTION_CHECK(name->interned);
    *is_unbound = false;
    Type* t = type_of(interp, obj);
    if (t->getattr != &generic_getattr) {
        BASTION_TRY_ASSIGN(*method, get_attr_interned(interp, obj, name));
        return {};
    }
    Ref descr = Ref::borrow(type_lookup(t, name));
    bool meth_found = false;
    DescrGetFn get = nullptr;
    if (descr) {
        Type* dt = type_of(interp, descr);
        if (dt == interp.types.function || dt == interp.types.method_descriptor ||
            dt == interp.types.wrapper_descriptor) {
            meth_found = true;
        } else {
            get = dt->descr_get;
            if (get != nullptr && dt->descr_set != nullptr) {
                BASTION_TRY_ASSIGN(*method, get(interp, descr, obj, Value(t)));
                return {};
            }
        }
    }
    Value v = instance_dict_lookup(interp, t, obj, name);
    if (!v.is_null()) {
        *method = Ref::borrow(v);
        return {};
    }
    if (meth_found) {
        *method = std::move(descr);
        *is_unbound = true;
        return {};
    }
    if (get != nullptr) {
        BASTION_TRY_ASSIGN(*method, get(interp, descr, obj, Value(t)));
        return {};
    }
    if (descr) {
        *method = std::move(descr);
        return {};
    }
    return raise_no_attribute(interp, obj, name);
}

} // namespace bastion
