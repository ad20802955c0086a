// slots.cpp: __slots__ — the member descriptors a class body's __slots__ creates, where
// their values live, and the class-creation checks (CPython: typeobject.c type_new's slot
// handling, descrobject.c member_get/member_set).
// Storage: a class whose whole base chain has no __dict__ keeps its slot values in a
// private dict held in the instance's prefix slot (the place a __dict__ would occupy), so
// instances have no __dict__ and unknown attributes raise AttributeError. Its `destroy`
// and `traverse` release and visit that storage before deferring to the base layout's.
// DIFFERENCE: when an instance also has a __dict__ (a base without __slots__, or
// "__dict__" listed), slot values are kept in that __dict__ under their names.
#include "objects/slots.h"

#include <fmt/format.h>

#include "objects/containers_common.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "gc/gc_state.h"
#include "gc/visitor.h"

namespace bastion {

namespace {

GetSetDescrObject* member(Value v) { return static_cast<GetSetDescrObject*>(v.obj()); }

void slots_destroy(Object* o);
void slots_traverse(Object* o, Visitor& v);

// The nearest base whose layout is not slot storage (its destroy/traverse run after ours).
Type* layout_base(Type* t) {
    while (t != nullptr && t->destroy == &slots_destroy)
        t = t->base;
    return t;
}

void slots_destroy(Object* o) {
    managed_dict(o).reset();
    if (Type* b = layout_base(o->type); b != nullptr && b->destroy != nullptr)
        b->destroy(o);
}

void slots_traverse(Object* o, Visitor& v) {
    if (!o->type->has_flag(kTypeManagedDict)) // otherwise the collector visits it as the __dict__
        v.visit(managed_dict(o));
    if (Type* b = layout_base(o->type); b != nullptr && b->traverse != nullptr)
        b->traverse(o, v);
}

bool uses_slot_storage(Type* t) { return t->destroy == &slots_destroy && !t->has_flag(kTypeManagedDict); }

Status check_applies(Interpreter& interp, GetSetDescrObject* d, Value obj) {
    if (is_subtype(type_of(interp, obj), d->owner))
        return {};
    return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                            d->name, d->owner->name, tname(interp, obj));
}

// The dict that holds obj's slot values: the private storage or the instance __dict__.
Result<DictObject*> storage(Interpreter& interp, Value obj, bool create) {
    Ref& slot = managed_dict(obj.obj());
    if (!slot && create) {
        BASTION_TRY_ASSIGN(Own<DictObject> fresh, dict_new(interp));
        slot = std::move(fresh);
    }
    return slot ? static_cast<DictObject*>(slot.obj()) : nullptr;
}

Result<Ref> member_get(Interpreter& interp, Value self, Value obj, Value) {
    if (obj.is_null() || is_none(interp, obj))
        return Ref::borrow(self);
    GetSetDescrObject* d = member(self);
    BASTION_TRY(check_applies(interp, d, obj));
    Type* t = type_of(interp, obj);
    if (!t->has_flag(kTypeManagedDict) && !uses_slot_storage(t))
        return interp.raise_fmt(interp.exc.AttributeError, "'{}' object has no attribute '{}'", t->name, d->name);
    StrObject* key = interp.intern(d->name);
    if (key == nullptr)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(DictObject * store, storage(interp, obj, false));
    Value v = store ? dict_get_str(store, key) : Value();
    if (v.is_null())
        return interp.raise_fmt(interp.exc.AttributeError, "'{}' object has no attribute '{}'", t->name, d->name);
    return Ref::borrow(v);
}

Status member_set(Interpreter& interp, Value self, Value obj, Value value) {
    GetSetDescrObject* d = member(self);
    BASTION_TRY(check_applies(interp, d, obj));
    Type* t = type_of(interp, obj);
    StrObject* key = interp.intern(d->name);
    if (key == nullptr)
        return interp.no_memory();
    if (!t->has_flag(kTypeManagedDict) && !uses_slot_storage(t))
        return interp.raise_fmt(interp.exc.AttributeError, "'{}' object has no attribute '{}'", t->name, d->name);
    if (value.is_null()) {
        BASTION_TRY_ASSIGN(DictObject * store, storage(interp, obj, false));
        bool had = false;
        if (store) {
            BASTION_TRY_ASSIGN(had, dict_del(interp, store, Value(key)));
        }
        if (!had)
            return interp.raise(interp.exc.AttributeError, d->name);
        return {};
    }
    BASTION_TRY_ASSIGN(DictObject * store, storage(interp, obj, true));
    Ref keep = Ref::borrow(Value(store));
    return dict_set_str(interp, store, key, value);
}

Result<Ref> member_repr(Interpreter& interp, Value self) {
    GetSetDescrObject* d = member(self);
    return make_str(interp, fmt::format("<member '{}' of '{}' objects>", d->name, d->owner->name));
}

bool is_identifier(std::string_view s) {
    if (s.empty())
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || (i > 0 && c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}

// CPython's _Py_Mangle for a slot name in class `cls`.
std::string mangle(const std::string& cls, const std::string& name) {
    if (name.size() < 3 || name.compare(0, 2, "__") != 0 || (name.size() >= 4 && name.compare(name.size() - 2, 2, "__") == 0))
        return name;
    std::size_t start = cls.find_first_not_of('_');
    if (start == std::string::npos)
        return name;
    return "_" + cls.substr(start) + name;
}

Result<Ref> new_member(Interpreter& interp, Type* owner, const std::string& name) {
    BASTION_TRY_ASSIGN(Own<GetSetDescrObject> d, interp.make<GetSetDescrObject>(interp.types.member_descriptor));
    d->owner = owner;
    d->name = name;
    return Ref(std::move(d));
}

} // namespace

Status apply_slots(Interpreter& interp, Type* t, DictObject* ns, bool* adds_dict, bool* adds_weakref) {
    // CPython's may_add_weak: the base has no weak-reference support and no variable-size
    // layout (int, str, tuple, bytes).
    Type* base = t->base;
    bool may_add_weakref = !is_weakrefable(interp, base) && !base->has_flag(kTypeIntSubclass) &&
                           !base->has_flag(kTypeStrSubclass) && !base->has_flag(kTypeTupleSubclass) &&
                           !base->has_flag(kTypeBytesSubclass);
    *adds_weakref = false;
    StrObject* slots_key = interp.intern("__slots__");
    if (slots_key == nullptr)
        return interp.no_memory();
    Value slots = dict_get_str(ns, slots_key);
    if (slots.is_null()) {
        *adds_weakref = may_add_weakref;
        return {};
    }
    Ref keep = Ref::borrow(slots);
    std::vector<Ref> items;
    if (is_str(interp, slots)) {
        items.push_back(keep);
    } else {
        BASTION_TRY_ASSIGN(Ref it, get_iter(interp, slots));
        for (;;) {
            BASTION_TRY_ASSIGN(Ref x, iter_next(interp, it));
            if (x.is_null())
                break;
            items.push_back(std::move(x));
        }
    }
    bool base_has_dict = base->has_flag(kTypeManagedDict);
    bool want_dict = false;
    std::vector<std::string> names;
    for (const Ref& item : items) {
        if (!is_str(interp, item))
            return interp.raise_fmt(interp.exc.TypeError, "__slots__ items must be strings, not '{}'", tname(interp, item));
        std::string name = str_to_utf8(static_cast<StrObject*>(item.obj()));
        if (!is_identifier(name))
            return interp.raise(interp.exc.TypeError, "__slots__ must be identifiers");
        if (name == "__dict__") {
            if (base_has_dict || want_dict)
                return interp.raise(interp.exc.TypeError, "__dict__ slot disallowed: we already got one");
            want_dict = true;
            continue;
        }
        if (name == "__weakref__") {
            if (!may_add_weakref || *adds_weakref)
                return interp.raise(interp.exc.TypeError,
                                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
            *adds_weakref = true;
            continue;
        }
        names.push_back(mangle(t->name, name));
    }
    for (const std::string& name : names) {
        StrObject* key = interp.intern(name);
        if (key == nullptr)
            return interp.no_memory();
        if (!dict_get_str(ns, key).is_null())
            return interp.raise_fmt(interp.exc.ValueError, "'{}' in __slots__ conflicts with class variable", name);
    }
    if (!names.empty() && (base->has_flag(kTypeIntSubclass) || base->has_flag(kTypeBytesSubclass) ||
                           base->has_flag(kTypeTupleSubclass)))
        return interp.raise_fmt(interp.exc.TypeError, "nonempty __slots__ not supported for subtype of '{}'",
                                base->name);
    // The class gets a __dict__ only when asked for (or inherited).
    *adds_dict = want_dict && !base_has_dict;
    if (!want_dict && !base_has_dict && !names.empty() && !base->has_flag(kTypeTypeSubclass)) {
        t->destroy = &slots_destroy;
        t->traverse = &slots_traverse;
    }
    for (const std::string& name : names) {
        BASTION_TRY_ASSIGN(Ref d, new_member(interp, t, name));
        StrObject* key = interp.intern(name);
        if (key == nullptr)
            return interp.no_memory();
        BASTION_TRY(dict_set_str(interp, ns, key, d));
    }
    return {};
}

void init_member_descriptor_slots(Interpreter& interp) {
    Type* t = interp.types.member_descriptor;
    t->descr_get = member_get;
    t->descr_set = member_set;
    t->repr = member_repr;
}

} // namespace bastion
