// object_type.cpp: `object`, the root of every class — construction with CPython's
// excess-argument rules, identity hash and equality, the default repr/str/format, the
// instance __dict__ and __class__ attributes — plus `mappingproxy`, the read-only view
// type.__dict__ returns — and the doors of object.__reduce_ex__/__reduce__/__getstate__
// into lib/copyreg.py.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "gc/gc_state.h"
#include "objects/alloc_fast.h"
#include "gc/visitor.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "vm/import.h"

namespace bastion {

namespace {

bool excess_args(CallArgs args) { return args.npos != 0 || (args.kwnames != nullptr && args.nkw() != 0); }

} // namespace

Result<Ref> object_new_no_args(Interpreter&, Type* type); // declared in vm/eval_internal.h

// CPython object_new / object_init: extra arguments are an error unless the other of
// __new__ / __init__ is overridden (so either may take them).
Result<Ref> object_new(Interpreter& interp, Type* type, CallArgs args) {
    if (excess_args(args)) {
        if (type->tp_new != &object_new)
            return interp.raise(interp.exc.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->tp_init == &object_init)
            return interp.raise_fmt(interp.exc.TypeError, "{}() takes no arguments", type->name);
    }
    return object_new_no_args(interp, type);
}

// object_new without arguments (no excess-argument check to make): push_init_frame calls
// it directly for a class call with none (vm/eval_internal.h).
Result<Ref> object_new_no_args(Interpreter& interp, Type* type) {
    if (type->has_flag(kTypeAbstract)) [[unlikely]] {
        std::string names;
        std::size_t count = 0;
        Value am = dict_get_str(reinterpret_cast<DictObject*>(type->dict.obj()), name_of(interp, "__abstractmethods__"));
        if (!am.is_null()) {
            BASTION_TRY_ASSIGN(Ref it, get_iter(interp, am));
            std::vector<std::string> all;
            for (;;) {
                BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
                if (item.is_null())
                    break;
                BASTION_TRY_ASSIGN(Own<StrObject> s, str(interp, item));
                all.push_back(to_utf8(s.get()));
            }
            std::sort(all.begin(), all.end());
            for (auto& n : all)
                names += (count++ ? ", " : "") + n;
        }
        return interp.raise_fmt(interp.exc.TypeError, "Can't instantiate abstract class {} with abstract method{} {}",
                                type->name, count == 1 ? "" : "s", names);
    }
    // make<Object>(type) in one step when a block of its size waits in the free lists
    // (objects/alloc_fast.h). Every class is a GC type; `object()` itself is not.
    if (type->has_flag(kTypeGC)) [[likely]] {
        BASTION_TRY_ASSIGN(Own<Object> o, (make_fixed<Object, true>(interp, type)));
        return Ref(std::move(o));
    }
    BASTION_TRY_ASSIGN(Own<Object> o, (make_fixed<Object, false>(interp, type)));
    return Ref(std::move(o));
}

Status object_init(Interpreter& interp, Value self, CallArgs args) {
    if (excess_args(args)) {
        Type* type = type_of(interp, self);
        if (type->tp_init != &object_init)
            return interp.raise(interp.exc.TypeError,
                                "object.__init__() takes exactly one argument (the instance to initialize)");
        if (type->tp_new == &object_new)
            return interp.raise_fmt(interp.exc.TypeError,
                                    "{}.__init__() takes exactly one argument (the instance to initialize)", type->name);
    }
    return {};
}

Result<Ref> object_repr(Interpreter& interp, Value v) {
    Type* t = type_of(interp, v);
    return make_str(interp, fmt::format("<{} object at {:#x}>", type_display(interp, t), v.bits()));
}

Result<Ref> object_str(Interpreter& interp, Value v) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, repr(interp, v));
    return Ref(std::move(s));
}

// CPython _Py_HashPointer: the address rotated by 4 bits so the alignment zeros do not
// cluster; kept inside the small-int range so hash() never allocates.
Result<int64_t> object_hash(Interpreter&, Value v) {
    uint64_t p = v.bits();
    uint64_t h = (p >> 4) | ((p & 0xF) << 56);
    return static_cast<int64_t>(h);
}

Result<Ref> object_richcompare(Interpreter& interp, Value a, Value b, bc::CompareOpKind op) {
    switch (op) {
    case bc::CompareOpKind::Eq:
        return a.is(b) ? interp.new_bool(true) : not_implemented_ref(interp);
    case bc::CompareOpKind::Ne: {
        // By default, __ne__ delegates to __eq__ and inverts the result.
        CompareFn eq = type_of(interp, a)->richcompare;
        if (eq == nullptr)
            return not_implemented_ref(interp);
        BASTION_TRY_ASSIGN(Ref r, eq(interp, a, b, bc::CompareOpKind::Eq));
        if (is_not_implemented_value(interp, r))
            return r;
        BASTION_TRY_ASSIGN(bool t, is_true(interp, r));
        return interp.new_bool(!t);
    }
    default:
        return not_implemented_ref(interp);
    }
}

namespace {

Result<Ref> object_format(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "__format__"));
    BASTION_TRY(check_positional(interp, args, "__format__", 1, 1));
    Value spec = args.items[0];
    if (!is_str(interp, spec))
        return interp.raise_fmt(interp.exc.TypeError, "__format__() argument must be str, not {}", tname(interp, spec));
    if (static_cast<StrObject*>(spec.obj())->length > 0)
        return interp.raise_fmt(interp.exc.TypeError, "unsupported format string passed to {}.__format__",
                                type_of(interp, self)->name);
    BASTION_TRY_ASSIGN(Own<StrObject> s, str(interp, self));
    return Ref(std::move(s));
}

Result<Ref> object_init_subclass(Interpreter& interp, Value cls, CallArgs args) {
    if (args.kwnames != nullptr && args.nkw() != 0)
        return interp.raise_fmt(interp.exc.TypeError, "{}.__init_subclass__() takes no keyword arguments",
                                as_type(cls)->qualname);
    if (args.npos != 0)
        return interp.raise_fmt(interp.exc.TypeError, "object.__init_subclass__() takes no arguments ({} given)",
                                args.npos);
    return interp.new_none();
}

Result<Ref> object_subclasshook(Interpreter& interp, Value, CallArgs) { return not_implemented_ref(interp); }

Result<Ref> object_sizeof(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__sizeof__", 0, 0));
    return int_from_i64(interp, static_cast<int64_t>(type_of(interp, self)->instance_size));
}

// object.__reduce_ex__ / __reduce__ / __getstate__: the pickle protocol's defaults
// (CPython's reduce_newobj, copyreg._reduce_ex and object_getstate) are written in bundled
// Python (lib/copyreg.py, _object_reduce_ex and friends); these natives are the doors to
// them, so `object.__reduce_ex__` is one object every class shares until it overrides it.
template <const char* Name>
Result<Ref> object_copyreg_door(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(Ref module, import_module(interp, "copyreg"));
    StrObject* key = name_of(interp, Name);
    if (key == nullptr)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Ref f, get_attr(interp, module, key));
    return call_prepend(interp, f, self, args);
}

constexpr char kReduceExImpl[] = "_object_reduce_ex";
constexpr char kReduceImpl[] = "_object_reduce";
constexpr char kGetStateImpl[] = "_object_getstate";

Status add_keys(Interpreter& interp, DictObject* into, Value mapping) {
    if (mapping.is_null() || !is_dict(interp, mapping))
        return {};
    int64_t pos = 0;
    Value k, v;
    while (dict_next(static_cast<DictObject*>(mapping.obj()), &pos, &k, &v))
        BASTION_TRY(dict_set(interp, into, k, Value(interp.none)));
    return {};
}

Result<Ref> keys_to_list(Interpreter& interp, DictObject* d) {
    BASTION_TRY_ASSIGN(Own<ListObject> out, list_new(interp));
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        BASTION_TRY(list_append(interp, out.get(), k));
    return Ref(std::move(out));
}

Result<Ref> object_dir(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__dir__", 0, 0));
    BASTION_TRY_ASSIGN(Own<DictObject> names, dict_new(interp));
    Type* t = type_of(interp, self);
    if (t->has_flag(kTypeManagedDict))
        BASTION_TRY(add_keys(interp, names.get(), managed_dict(self.obj())));
    auto* mro = static_cast<TupleObject*>(t->mro.obj());
    for (int64_t i = 0; mro != nullptr && i < mro->size; ++i)
        BASTION_TRY(add_keys(interp, names.get(), as_type(mro->at(i))->dict));
    return keys_to_list(interp, names.get());
}

Result<Ref> object_get_class(Interpreter& interp, Value self) { return Ref::borrow(Value(type_of(interp, self))); }

// __class__ assignment between heap types with the same layout (CPython object_set_class).
Status object_set_class(Interpreter& interp, Value self, Value value) {
    if (value.is_null())
        return interp.raise(interp.exc.TypeError, "can't delete __class__ attribute");
    if (!is_type_value(interp, value))
        return interp.raise_fmt(interp.exc.TypeError, "__class__ must be set to a class, not '{}' object",
                                tname(interp, value));
    Type* now = type_of(interp, self);
    Type* to = as_type(value);
    if (!now->has_flag(kTypeHeap) || !to->has_flag(kTypeHeap))
        return interp.raise(interp.exc.TypeError,
                            "__class__ assignment only supported for mutable types or ModuleType subclasses");
    if (now->instance_size != to->instance_size || now->destroy != to->destroy ||
        now->has_flag(kTypeManagedDict) != to->has_flag(kTypeManagedDict))
        return interp.raise_fmt(interp.exc.TypeError, "__class__ assignment: '{}' object layout differs from '{}'",
                                to->name, now->name);
    incref(to);
    self.obj()->type = to;
    decref(now);
    return {};
}

// --- The instance __dict__ descriptor that class creation installs -----------------------------

// The dict handed out is shared from now: it is tracked on its own for good (a dict the
// collector had taken into its instance is tracked again; gc/gc_state.h, "Instance dicts").
Result<Ref> instance_dict_get(Interpreter& interp, Value self) {
    Ref& d = managed_dict(self.obj());
    if (!d) {
        BASTION_TRY_ASSIGN(Own<DictObject> fresh, dict_new(interp));
        managed_dict(self.obj()) = std::move(fresh);
    }
    gc_dict_leaves_slot(interp, self.obj(), true);
    return managed_dict(self.obj());
}

Status instance_dict_set(Interpreter& interp, Value self, Value value) {
    if (value.is_null())
        return interp.raise(interp.exc.TypeError, "cannot delete __dict__");
    if (!is_dict(interp, value))
        return interp.raise_fmt(interp.exc.TypeError, "__dict__ must be set to a dictionary, not a '{}'",
                                tname(interp, value));
    // The old dict, when taken into this instance, is tracked again if it outlives the
    // slot; the new one is a dict Python code holds: shared, never taken in.
    gc_dict_leaves_slot(interp, self.obj(), false);
    if (value.obj()->type == interp.types.dict) {
        if (!is_tracked(value.obj()))
            gc_share_dict(interp, value.obj());
        else
            gcb::block_word(value.obj()) |= gcb::kDictShared;
    }
    managed_dict(self.obj()) = Ref::borrow(value);
    return {};
}

// --- mappingproxy -----------------------------------------------------------------------------------

struct MappingProxyObject : Object {
    Ref mapping;
    void traverse(Visitor& v) const { v.visit(mapping); }
};

Value proxied(Value self) { return static_cast<MappingProxyObject*>(self.obj())->mapping; }

Result<Ref> mp_getitem(Interpreter& interp, Value self, Value key) { return get_item(interp, proxied(self), key); }
Result<int64_t> mp_length(Interpreter& interp, Value self) { return length(interp, proxied(self)); }
Result<bool> mp_contains(Interpreter& interp, Value self, Value key) { return contains(interp, proxied(self), key); }
Result<Ref> mp_iter(Interpreter& interp, Value self) { return get_iter(interp, proxied(self)); }
Result<Ref> mp_str(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, str(interp, proxied(self)));
    return Ref(std::move(s));
}
Result<Ref> mp_repr(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, repr(interp, proxied(self)));
    return make_str(interp, fmt::format("mappingproxy({})", to_utf8(s.get())));
}
Result<Ref> mp_richcompare(Interpreter& interp, Value self, Value other, bc::CompareOpKind op) {
    return rich_compare(interp, proxied(self), other, op);
}

Result<Ref> mp_new(Interpreter& interp, Type* type, CallArgs args) {
    Value mapping;
    BASTION_TRY(parse_args(interp, args, ArgSpec{"mappingproxy", {"mapping"}, 1}, std::span<Value>(&mapping, 1)));
    Type* mt = type_of(interp, mapping);
    if (mt->getitem == nullptr || mt == interp.types.list || mt == interp.types.tuple ||
        mt->has_flag(kTypeListSubclass) || mt->has_flag(kTypeTupleSubclass))
        return interp.raise_fmt(interp.exc.TypeError, "mappingproxy() argument must be a mapping, not {}",
                                tname(interp, mapping));
    BASTION_TRY_ASSIGN(Own<MappingProxyObject> p, interp.make<MappingProxyObject>(type));
    p->mapping = Ref::borrow(mapping);
    return Ref(std::move(p));
}

template <StrObject* Interpreter::Names::*Name>
Result<Ref> mp_forward(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(Ref f, get_attr(interp, proxied(self), interp.names.*Name));
    return call(interp, f, args);
}

} // namespace

Status add_dict_descriptor(Interpreter& interp, Type* t) {
    static constexpr GetSetDef kDict[] = {{"__dict__", instance_dict_get, instance_dict_set}};
    return add_getsets(interp, t, kDict);
}

Result<Ref> mappingproxy_new(Interpreter& interp, Value mapping) {
    BASTION_TRY_ASSIGN(Own<MappingProxyObject> p, interp.make<MappingProxyObject>(interp.types.mappingproxy));
    p->mapping = Ref::borrow(mapping);
    return Ref(std::move(p));
}

void init_object_slots(Interpreter& interp) {
    Type* o = interp.types.object;
    o->base = nullptr;
    o->flags |= kTypeBaseType;
    o->instance_size = sizeof(Object);
    o->tp_new = object_new;
    o->tp_init = object_init;
    o->repr = object_repr;
    o->str = object_str;
    o->hash = object_hash;
    o->richcompare = object_richcompare;
    o->getattr = generic_getattr;
    o->setattr = generic_setattr;

    Type* mp = interp.types.mappingproxy;
    mp->flags = kTypeGC;
    mp->instance_size = sizeof(MappingProxyObject);
    mp->destroy = destroy_as<MappingProxyObject>;
    mp->traverse = traverse_as<MappingProxyObject>;
    mp->tp_new = mp_new;
    mp->getitem = mp_getitem;
    mp->length = mp_length;
    mp->contains = mp_contains;
    mp->iter = mp_iter;
    mp->str = mp_str;
    mp->repr = mp_repr;
    mp->richcompare = mp_richcompare;
    mp->hash = nullptr;
}

Status init_object_methods(Interpreter& interp) {
    static constexpr MethodDef kMethods[] = {
        {"__format__", object_format},
        {"__init_subclass__", object_init_subclass, kMethClass},
        {"__subclasshook__", object_subclasshook, kMethClass},
        {"__sizeof__", object_sizeof},
        {"__dir__", object_dir},
        {"__reduce_ex__", object_copyreg_door<kReduceExImpl>},
        {"__reduce__", object_copyreg_door<kReduceImpl>},
        {"__getstate__", object_copyreg_door<kGetStateImpl>},
    };
    BASTION_TRY(add_methods(interp, interp.types.object, kMethods));
    static constexpr GetSetDef kGetSets[] = {{"__class__", object_get_class, object_set_class}};
    BASTION_TRY(add_getsets(interp, interp.types.object, kGetSets));

    static constexpr MethodDef kProxyMethods[] = {
        {"keys", mp_forward<&Interpreter::Names::keys>},
        {"values", mp_forward<&Interpreter::Names::values>},
        {"items", mp_forward<&Interpreter::Names::items>},
        {"get", mp_forward<&Interpreter::Names::get>},
        {"copy", mp_forward<&Interpreter::Names::copy>},
    };
    return add_methods(interp, interp.types.mappingproxy, kProxyMethods);
}

} // namespace bastion
