// type_object.cpp: `type` — calling a type (tp_new then tp_init), type(x), class creation
// from a namespace (type.__new__: metaclass winner, solid base and layout, C3 MRO, slots
// from dunders, __classcell__, __set_name__, __init_subclass__), attribute lookup and
// assignment on types, and the type's own attributes (__name__, __mro__, __dict__ ...);
// subclass tracking for __subclasses__ (weak references, CPython's tp_subclasses).
// CPython: Objects/typeobject.c type_call, type_new_impl, type_getattro, type_setattro.
#include <fmt/format.h>

#include "gc/gc_state.h"
#include "gc/weakref_object.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/generic_alias.h"
#include "objects/list_object.h"
#include "objects/slots.h"
#include "objects/type_object.h"
#include "vm/cell.h"
#include "vm/frame.h"

namespace bastion {

bool is_type(Interpreter& interp, Value v) { return is_type_value(interp, v); }

// type.__bases__ assignment lives in type_bases.cpp.
Status type_set_bases(Interpreter& interp, Value self, Value value);

std::string type_module_name(Interpreter& interp, Type* t) {
    if (!t->has_flag(kTypeHeap))
        return "builtins";
    Value m = dict_get_str(static_cast<DictObject*>(t->dict.obj()), interp.names.__module__);
    if (!m.is_null() && is_str(interp, m))
        return to_utf8(static_cast<StrObject*>(m.obj()));
    return "";
}

std::string type_display(Interpreter& interp, Type* t) {
    if (!t->has_flag(kTypeHeap))
        return t->name;
    std::string mod = type_module_name(interp, t);
    if (mod.empty() || mod == "builtins")
        return t->qualname;
    return mod + "." + t->qualname;
}

std::string type_qualified_name(Interpreter& interp, Type* t) { return type_display(interp, t); }

Result<Ref> type_call(Interpreter& interp, Value callable, CallArgs args) {
    Type* t = as_type(callable);
    std::size_t nkw = args.kwnames != nullptr ? args.nkw() : 0;
    if (t == interp.types.type) {
        if (args.npos == 1 && nkw == 0)
            return Ref::borrow(Value(type_of(interp, args.items[0])));
        if (args.npos != 3)
            return interp.raise(interp.exc.TypeError, "type() takes 1 or 3 arguments");
    }
    if (t->tp_new == nullptr)
        return interp.raise_fmt(interp.exc.TypeError, "cannot create '{}' instances", type_display(interp, t));
    BASTION_TRY(check_stack(interp));
    BASTION_TRY_ASSIGN(Ref obj, t->tp_new(interp, t, args));
    Type* ot = type_of(interp, obj);
    if (ot == interp.types.str && t == ot) // str(x) gave an exact str: str's __init__ (object's) accepts it, does nothing
        return obj;
    if (!is_subtype(ot, t))
        return obj; // not an instance: __init__ is not called
    if (ot->tp_init != nullptr)
        BASTION_TRY(ot->tp_init(interp, obj, args));
    return obj;
}

namespace {

Status type_init(Interpreter& interp, Value, CallArgs args) {
    std::size_t nkw = args.kwnames != nullptr ? args.nkw() : 0;
    if (args.npos == 1 && nkw != 0)
        return interp.raise(interp.exc.TypeError, "type.__init__() takes no keyword arguments");
    if (args.npos != 1 && args.npos != 3)
        return interp.raise(interp.exc.TypeError, "type.__init__() takes 1 or 3 arguments");
    return {};
}

Result<Ref> type_repr(Interpreter& interp, Value v) {
    return make_str(interp, fmt::format("<class '{}'>", type_display(interp, as_type(v))));
}

DictObject* dict_of(Type* t) { return static_cast<DictObject*>(t->dict.obj()); }

// Wrap a plain function found in the namespace as staticmethod/classmethod.
Status wrap_namespace_function(Interpreter& interp, DictObject* dict, StrObject* name, Type* wrapper) {
    Value f = dict_get_str(dict, name);
    if (f.is_null() || type_of(interp, f) != interp.types.function)
        return {};
    BASTION_TRY_ASSIGN(Ref w, call_positional(interp, Value(wrapper), {f}));
    return dict_set_str(interp, dict, name, w);
}

Status set_names(Interpreter& interp, Type* type) {
    // Iterate over a snapshot: __set_name__ may change the class dict.
    std::vector<std::pair<Ref, Ref>> items;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(dict_of(type), &pos, &k, &v))
        items.emplace_back(Ref::borrow(k), Ref::borrow(v));
    for (auto& [key, value] : items) {
        bool found = false;
        Value args[2] = {Value(type), key};
        auto r = call_special(interp, value, interp.names.__set_name__, args, &found);
        if (r.ok())
            continue;
        // 3.11 wraps the error (CPython type_new_set_names).
        Raised cause = r.take_error();
        std::string key_repr = "?";
        if (auto kr = repr(interp, key); kr.ok())
            key_repr = to_utf8(kr.value().get());
        Raised wrapped = interp.raise_fmt(interp.exc.RuntimeError, "Error calling __set_name__ on '{}' instance {} in '{}'",
                                          tname(interp, value), key_repr, type->name);
        BASTION_TRY(set_attr(interp, wrapped.exception, interp.names.__cause__, cause.exception));
        return wrapped;
    }
    return {};
}

// super(type, type).__init_subclass__(**kwargs)
Status init_subclass(Interpreter& interp, Type* type, CallArgs kwargs) {
    auto* mro = static_cast<TupleObject*>(type->mro.obj());
    for (int64_t i = 1; i < mro->size; ++i) {
        Value f = dict_get_str(dict_of(as_type(mro->at(i))), interp.names.__init_subclass__);
        if (f.is_null())
            continue;
        Ref keep = Ref::borrow(f);
        Type* ft = type_of(interp, f);
        Ref bound = keep;
        if (ft->descr_get != nullptr) {
            BASTION_TRY_ASSIGN(bound, ft->descr_get(interp, f, Value(), Value(type)));
        }
        BASTION_TRY(call(interp, bound, kwargs));
        return {};
    }
    return {};
}

} // namespace

namespace {

// Subclass tracking: each base keeps, in Type::subclasses, a list of weak references to
// its direct subclasses in creation order (CPython keeps a dict keyed by address, in
// insertion order). A subclass that dies leaves a cleared weak reference behind, which
// __subclasses__ skips; the list drops its cleared entries whenever its length reaches a
// power of two (from 8), so classes made and dropped in a loop keep it short. Classes
// made by type.__new__ are registered here; the built-in types at the end of bootstrap
// (register_builtin_subclasses, bootstrap.cpp).
bool weakref_alive(Value wr) { return static_cast<WeakRefObject*>(wr.obj())->referent != nullptr; }

Status prune_subclasses(Interpreter& interp, Type* base) {
    auto* list = static_cast<ListObject*>(base->subclasses ? base->subclasses.obj() : nullptr);
    BASTION_TRY_ASSIGN(Own<ListObject> live, list_new(interp));
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        Value wr = list->items.at(i);
        if (weakref_alive(wr))
            BASTION_TRY(list_append(interp, live.get(), wr));
    }
    base->subclasses = Ref(std::move(live));
    return {};
}

Status add_subclass(Interpreter& interp, Type* base, Type* sub) {
    BASTION_TRY(gc_weakref_types(interp));
    BASTION_TRY_ASSIGN(Ref wr, weakref_new(interp, interp.gc().ref_type, Value(sub), Value(), false));
    if (!base->subclasses) {
        BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
        base->subclasses = Ref(std::move(list));
    }
    Ref holder = base->subclasses; // the list stays alive while it grows
    auto* list = static_cast<ListObject*>(holder.obj());
    BASTION_TRY(list_append(interp, list, wr));
    std::size_t n = list->items.size();
    if (n >= 8 && (n & (n - 1)) == 0)
        BASTION_TRY(prune_subclasses(interp, base));
    return {};
}

} // namespace

Status register_subclass(Interpreter& interp, Type* sub) {
    auto* bases = static_cast<TupleObject*>(sub->bases.obj());
    for (int64_t i = 0; bases != nullptr && i < bases->size; ++i)
        BASTION_TRY(add_subclass(interp, as_type(bases->at(i)), sub));
    return {};
}

Result<Ref> type_new(Interpreter& interp, Type* metatype, CallArgs args) {
    std::size_t nkw = args.kwnames != nullptr ? args.nkw() : 0;
    if (metatype == interp.types.type && args.npos == 1 && nkw == 0)
        return Ref::borrow(Value(type_of(interp, args.items[0])));
    if (args.npos != 3)
        return interp.raise_fmt(interp.exc.TypeError, "type.__new__() takes exactly 3 arguments ({} given)", args.npos);
    Value name = args.items[0], bases_v = args.items[1], ns = args.items[2];
    if (!is_str(interp, name))
        return interp.raise_fmt(interp.exc.TypeError, "type.__new__() argument 1 must be str, not {}", tname(interp, name));
    if (!is_tuple(interp, bases_v))
        return interp.raise_fmt(interp.exc.TypeError, "type.__new__() argument 2 must be tuple, not {}",
                                tname(interp, bases_v));
    if (!is_dict(interp, ns))
        return interp.raise_fmt(interp.exc.TypeError, "type.__new__() argument 3 must be dict, not {}", tname(interp, ns));
    auto* bases = static_cast<TupleObject*>(bases_v.obj());
    BASTION_TRY_ASSIGN(Type * winner, calculate_metaclass(interp, metatype, bases));
    if (winner != metatype && winner->tp_new != &type_new)
        return winner->tp_new(interp, winner, args);
    metatype = winner;

    Ref bases_ref = Ref::borrow(bases_v);
    if (bases->size == 0) {
        BASTION_TRY_ASSIGN(Own<TupleObject> b, tuple_of(interp, {Value(interp.types.object)}));
        bases_ref = std::move(b);
        bases = static_cast<TupleObject*>(bases_ref.obj());
    }
    BASTION_TRY_ASSIGN(Type * base, best_base(interp, bases));

    // The class namespace is copied: later changes to `ns` do not affect the class.
    BASTION_TRY_ASSIGN(Own<DictObject> dict, dict_new(interp));
    {
        int64_t pos = 0;
        Value k, v;
        while (dict_next(static_cast<DictObject*>(ns.obj()), &pos, &k, &v))
            BASTION_TRY(dict_set(interp, dict.get(), k, v));
    }

    BASTION_TRY_ASSIGN(Own<Type> t, interp.make<Type>(metatype));
    t->interp = &interp;
    t->name = to_utf8(static_cast<StrObject*>(name.obj()));
    t->qualname = t->name;
    t->base = base;
    t->bases = bases_ref;
    t->flags = kTypeHeap | kTypeBaseType | kTypeGC | (base->flags & (kTypeIntSubclass | kTypeStrSubclass |
                                                                      kTypeTupleSubclass | kTypeListSubclass |
                                                                      kTypeDictSubclass | kTypeTypeSubclass |
                                                                      kTypeExceptionSubclass | kTypeBytesSubclass |
                                                                      kTypeManagedDict));
    bool adds_dict = !base->has_flag(kTypeManagedDict) && !base->has_flag(kTypeTypeSubclass);
    t->instance_size = base->instance_size;
    t->destroy = base->destroy;
    t->traverse = base->traverse;

    DictObject* d = dict.get();
    Value qualname = dict_get_str(d, interp.names.__qualname__);
    if (!qualname.is_null()) {
        if (!is_str(interp, qualname))
            return interp.raise_fmt(interp.exc.TypeError, "type __qualname__ must be a str, not {}",
                                    tname(interp, qualname));
        t->qualname = to_utf8(static_cast<StrObject*>(qualname.obj()));
        BASTION_TRY(dict_del(interp, d, Value(interp.names.__qualname__)));
    }
    if (dict_get_str(d, interp.names.__module__).is_null()) {
        // CPython type_new_set_module: the calling code's module.
        Value globals = current_globals(interp);
        if (!globals.is_null() && is_dict(interp, globals)) {
            Value modname = dict_get_str(static_cast<DictObject*>(globals.obj()), interp.names.__name__);
            if (!modname.is_null())
                BASTION_TRY(dict_set_str(interp, d, interp.names.__module__, modname));
        }
    }
    BASTION_TRY(wrap_namespace_function(interp, d, interp.names.__new__, interp.types.staticmethod));
    BASTION_TRY(wrap_namespace_function(interp, d, interp.names.__init_subclass__, interp.types.classmethod));
    BASTION_TRY(wrap_namespace_function(interp, d, interp.names.__class_getitem__, interp.types.classmethod));
    if (!dict_get_str(d, interp.names.__eq__).is_null() && dict_get_str(d, interp.names.__hash__).is_null())
        BASTION_TRY(dict_set_str(interp, d, interp.names.__hash__, Value(interp.none)));
    bool adds_weakref = false;
    BASTION_TRY(apply_slots(interp, t.get(), d, &adds_dict, &adds_weakref));
    if (adds_weakref || is_weakrefable(interp, base))
        t->flags |= kTypeWeakrefable;
    if (adds_dict)
        t->flags |= kTypeManagedDict;
    Ref classcell = Ref::borrow(dict_get_str(d, interp.names.__classcell__));
    if (classcell) {
        if (!is_cell(interp, classcell)) {
            BASTION_TRY_ASSIGN(Own<StrObject> cr, repr(interp, Value(type_of(interp, classcell))));
            return interp.raise_fmt(interp.exc.TypeError, "__classcell__ must be a nonlocal cell, not {}",
                                    to_utf8(cr.get()));
        }
        BASTION_TRY(dict_del(interp, d, Value(interp.names.__classcell__)));
    }
    t->dict = std::move(dict);
    // CPython's type_ready_fill_dict order: slot members (apply_slots), then the __dict__
    // and __weakref__ attributes, then __doc__ when the class body gave none.
    if (adds_dict && dict_get_str(d, interp.names.__dict__).is_null())
        BASTION_TRY(add_dict_descriptor(interp, t.get()));
    if (adds_weakref) {
        StrObject* weakref_name = interp.intern("__weakref__");
        if (weakref_name == nullptr)
            return interp.no_memory();
        if (dict_get_str(d, weakref_name).is_null())
            BASTION_TRY(add_weakref_descriptor(interp, t.get()));
    }
    if (dict_get_str(d, interp.names.__doc__).is_null())
        BASTION_TRY(dict_set_str(interp, d, interp.names.__doc__, Value(interp.none)));

    BASTION_TRY_ASSIGN(Ref mro, compute_mro(interp, t.get()));
    t->mro = std::move(mro);
    fixup_heap_slots(interp, t.get());
    Ref result = std::move(t);
    Type* type = as_type(result);
    BASTION_TRY(register_subclass(interp, type));

    if (classcell)
        cell_set(classcell.obj(), result);
    BASTION_TRY(set_names(interp, type));
    CallArgs kwargs{args.items + args.npos, 0, args.kwnames};
    BASTION_TRY(init_subclass(interp, type, kwargs));
    return result;
}

Result<Ref> type_new_from_namespace(Interpreter& interp, Type* metatype, StrObject* name, TupleObject* bases,
                                    DictObject* ns, CallArgs kwargs) {
    std::size_t nkw = kwargs.kwnames != nullptr ? kwargs.nkw() : 0;
    std::vector<Value> items = {Value(name), Value(bases), Value(ns)};
    for (std::size_t i = 0; i < nkw; ++i)
        items.push_back(kwargs.keyword_value(i));
    return call(interp, Value(metatype), CallArgs{items.data(), 3, nkw != 0 ? kwargs.kwnames : nullptr});
}

Result<Ref> type_prepare_namespace(Interpreter& interp) {
    BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
    return Ref(std::move(d));
}

// CPython type_getattro: data descriptors on the metatype, then the type's own MRO
// (descriptors bound with a null instance), then other metatype attributes.
Result<Ref> type_getattr(Interpreter& interp, Value obj, StrObject* name) {
    Type* type = as_type(obj);
    Type* meta = type_of(interp, obj);
    Ref meta_attr = Ref::borrow(type_lookup(meta, name));
    DescrGetFn meta_get = nullptr;
    if (meta_attr) {
        Type* mt = type_of(interp, meta_attr);
        meta_get = mt->descr_get;
        if (meta_get != nullptr && mt->descr_set != nullptr)
            return meta_get(interp, meta_attr, obj, Value(meta));
    }
    Ref attr = Ref::borrow(type_lookup(type, name));
    if (attr) {
        DescrGetFn local_get = type_of(interp, attr)->descr_get;
        if (local_get != nullptr)
            return local_get(interp, attr, Value(), obj);
        return attr;
    }
    if (meta_get != nullptr)
        return meta_get(interp, meta_attr, obj, Value(meta));
    if (meta_attr)
        return meta_attr;
    return interp.raise_fmt(interp.exc.AttributeError, "type object '{}' has no attribute '{}'", type->name,
                            to_utf8(name));
}

Status type_setattr(Interpreter& interp, Value obj, StrObject* name, Value value) {
    Type* type = as_type(obj);
    if (!type->has_flag(kTypeHeap))
        return interp.raise_fmt(interp.exc.TypeError, "cannot set '{}' attribute of immutable type '{}'", to_utf8(name),
                                type->name);
    name = interp.intern(name);
    if (name == nullptr)
        return interp.no_memory();
    Ref meta_attr = Ref::borrow(type_lookup(type_of(interp, obj), name));
    if (meta_attr) {
        DescrSetFn set = type_of(interp, meta_attr)->descr_set;
        if (set != nullptr) {
            BASTION_TRY(set(interp, meta_attr, obj, value));
            ++type->version;
            return {};
        }
    }
    if (value.is_null()) {
        BASTION_TRY_ASSIGN(bool had, dict_del(interp, dict_of(type), Value(name)));
        if (!had)
            return interp.raise_fmt(interp.exc.AttributeError, "type object '{}' has no attribute '{}'", type->name,
                                    to_utf8(name));
    } else {
        BASTION_TRY(dict_set_str(interp, dict_of(type), name, value));
    }
    ++type->version;
    std::string_view n = name->ascii ? name->ascii_view() : std::string_view();
    if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__")
        update_slot_for_name(interp, type, name);
    return {};
}

// --- type's own attributes ---------------------------------------------------------------------------

namespace {

Status check_heap_set(Interpreter& interp, Type* t, std::string_view attr, Value value) {
    if (!t->has_flag(kTypeHeap))
        return interp.raise_fmt(interp.exc.TypeError, "cannot set '{}' attribute of immutable type '{}'", attr, t->name);
    if (value.is_null())
        return interp.raise_fmt(interp.exc.TypeError, "cannot delete '{}' attribute of immutable type '{}'", attr,
                                t->name);
    return {};
}

Result<Ref> type_get_name(Interpreter& interp, Value self) {
    const std::string& name = as_type(self)->name;
    // A static type of an extension module is named "module.name" (CPython's tp_name).
    auto dot = as_type(self)->has_flag(kTypeHeap) ? std::string::npos : name.rfind('.');
    return make_str(interp, dot == std::string::npos ? name : name.substr(dot + 1));
}
Status type_set_name(Interpreter& interp, Value self, Value value) {
    Type* t = as_type(self);
    BASTION_TRY(check_heap_set(interp, t, "__name__", value));
    if (!is_str(interp, value))
        return interp.raise_fmt(interp.exc.TypeError, "can only assign string to {}.__name__, not '{}'", t->name,
                                tname(interp, value));
    t->name = to_utf8(static_cast<StrObject*>(value.obj()));
    return {};
}
Result<Ref> type_get_qualname(Interpreter& interp, Value self) { return make_str(interp, as_type(self)->qualname); }
Status type_set_qualname(Interpreter& interp, Value self, Value value) {
    Type* t = as_type(self);
    BASTION_TRY(check_heap_set(interp, t, "__qualname__", value));
    if (!is_str(interp, value))
        return interp.raise_fmt(interp.exc.TypeError, "can only assign string to {}.__qualname__, not '{}'", t->name,
                                tname(interp, value));
    t->qualname = to_utf8(static_cast<StrObject*>(value.obj()));
    return {};
}
Result<Ref> type_get_module(Interpreter& interp, Value self) {
    Type* t = as_type(self);
    if (!t->has_flag(kTypeHeap)) {
        auto dot = t->name.rfind('.');
        return make_str(interp, dot == std::string::npos ? std::string("builtins") : t->name.substr(0, dot));
    }
    Value m = dict_get_str(dict_of(t), interp.names.__module__);
    if (m.is_null())
        return interp.raise(interp.exc.AttributeError, "__module__");
    return Ref::borrow(m);
}
Status type_set_module(Interpreter& interp, Value self, Value value) {
    Type* t = as_type(self);
    BASTION_TRY(check_heap_set(interp, t, "__module__", value));
    ++t->version;
    return dict_set_str(interp, dict_of(t), interp.names.__module__, value);
}
Result<Ref> type_get_bases(Interpreter&, Value self) { return as_type(self)->bases; }
Result<Ref> type_get_base(Interpreter& interp, Value self) {
    Type* b = as_type(self)->base;
    return b != nullptr ? Ref::borrow(Value(b)) : interp.new_none();
}
Result<Ref> type_get_mro(Interpreter&, Value self) { return as_type(self)->mro; }
Result<Ref> type_get_dict(Interpreter& interp, Value self) { return mappingproxy_new(interp, as_type(self)->dict); }
Result<Ref> type_get_doc(Interpreter& interp, Value self) {
    Type* t = as_type(self);
    Value doc = dict_get_str(dict_of(t), interp.names.__doc__);
    if (doc.is_null())
        return interp.new_none();
    DescrGetFn get = type_of(interp, doc)->descr_get;
    if (t->has_flag(kTypeHeap) && get != nullptr)
        return get(interp, doc, Value(), self);
    return Ref::borrow(doc);
}
Status type_set_doc(Interpreter& interp, Value self, Value value) {
    Type* t = as_type(self);
    BASTION_TRY(check_heap_set(interp, t, "__doc__", value));
    return dict_set_str(interp, dict_of(t), interp.names.__doc__, value);
}
Result<Ref> type_get_annotations(Interpreter& interp, Value self) {
    Type* t = as_type(self);
    Value a = dict_get_str(dict_of(t), interp.names.__annotations__);
    if (!a.is_null()) {
        DescrGetFn get = type_of(interp, a)->descr_get;
        if (get != nullptr)
            return get(interp, a, Value(), self);
        return Ref::borrow(a);
    }
    if (!t->has_flag(kTypeHeap))
        return interp.raise_fmt(interp.exc.AttributeError, "type object '{}' has no attribute '__annotations__'", t->name);
    BASTION_TRY_ASSIGN(Own<DictObject> fresh, dict_new(interp));
    BASTION_TRY(dict_set_str(interp, dict_of(t), interp.names.__annotations__, Value(fresh)));
    return Ref(std::move(fresh));
}
Status type_set_annotations(Interpreter& interp, Value self, Value value) {
    Type* t = as_type(self);
    if (!t->has_flag(kTypeHeap))
        return interp.raise_fmt(interp.exc.TypeError, "cannot set '__annotations__' attribute of immutable type '{}'",
                                t->name);
    if (value.is_null()) {
        BASTION_TRY_ASSIGN(bool had, dict_del(interp, dict_of(t), Value(interp.names.__annotations__)));
        if (!had)
            return interp.raise(interp.exc.AttributeError, "__annotations__");
        return {};
    }
    return dict_set_str(interp, dict_of(t), interp.names.__annotations__, value);
}
Result<Ref> type_get_abstractmethods(Interpreter& interp, Value self) {
    Type* t = as_type(self);
    StrObject* key = name_of(interp, "__abstractmethods__");
    Value v = t == interp.types.type ? Value() : dict_get_str(dict_of(t), key);
    if (v.is_null())
        return interp.raise(interp.exc.AttributeError, "__abstractmethods__");
    return Ref::borrow(v);
}
Status type_set_abstractmethods(Interpreter& interp, Value self, Value value) {
    Type* t = as_type(self);
    StrObject* key = name_of(interp, "__abstractmethods__");
    bool abstract = false;
    if (value.is_null()) {
        BASTION_TRY_ASSIGN(bool had, dict_del(interp, dict_of(t), Value(key)));
        if (!had)
            return interp.raise(interp.exc.AttributeError, "__abstractmethods__");
    } else {
        BASTION_TRY_ASSIGN(abstract, is_true(interp, value));
        BASTION_TRY(dict_set_str(interp, dict_of(t), key, value));
    }
    if (abstract)
        t->flags |= kTypeAbstract;
    else
        t->flags &= ~uint32_t(kTypeAbstract);
    return {};
}

Result<Ref> type_mro_method(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "mro", 0, 0));
    Type* t = as_type(self);
    Ref order = t->mro;
    if (t->bases) {
        BASTION_TRY_ASSIGN(order, mro_c3(interp, t));
    }
    auto* tup = static_cast<TupleObject*>(order.obj());
    BASTION_TRY_ASSIGN(Own<ListObject> l, list_new(interp, tup->view()));
    return Ref(std::move(l));
}

Result<Ref> type_subclasses(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__subclasses__", 0, 0));
    BASTION_TRY_ASSIGN(Own<ListObject> l, list_new(interp));
    Ref holder = as_type(self)->subclasses;
    if (!holder)
        return Ref(std::move(l));
    auto* list = static_cast<ListObject*>(holder.obj());
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        auto* wr = static_cast<WeakRefObject*>(list->items.at(i).obj());
        if (wr->referent != nullptr)
            BASTION_TRY(list_append(interp, l.get(), Value(wr->referent)));
    }
    return Ref(std::move(l));
}

Result<Ref> type_instancecheck(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__instancecheck__", 1, 1));
    Value inst = args.items[0];
    bool r = is_subtype(type_of(interp, inst), as_type(self));
    return interp.new_bool(r);
}

Result<Ref> type_subclasscheck(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__subclasscheck__", 1, 1));
    Value sub = args.items[0];
    if (!is_type_value(interp, sub))
        return interp.raise(interp.exc.TypeError, "issubclass() arg 1 must be a class");
    return interp.new_bool(is_subtype(as_type(sub), as_type(self)));
}

Result<Ref> type_prepare(Interpreter& interp, Value, CallArgs) { return type_prepare_namespace(interp); }

Result<Ref> type_dir(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__dir__", 0, 0));
    BASTION_TRY_ASSIGN(Own<DictObject> names, dict_new(interp));
    auto* mro = static_cast<TupleObject*>(as_type(self)->mro.obj());
    for (int64_t i = 0; mro != nullptr && i < mro->size; ++i) {
        int64_t pos = 0;
        Value k, v;
        while (dict_next(dict_of(as_type(mro->at(i))), &pos, &k, &v))
            BASTION_TRY(dict_set(interp, names.get(), k, Value(interp.none)));
    }
    BASTION_TRY_ASSIGN(Own<ListObject> out, list_new(interp));
    int64_t pos = 0;
    Value k, v;
    while (dict_next(names.get(), &pos, &k, &v))
        BASTION_TRY(list_append(interp, out.get(), k));
    return Ref(std::move(out));
}

Result<Ref> type_sizeof(Interpreter& interp, Value, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__sizeof__", 0, 0));
    return int_from_i64(interp, static_cast<int64_t>(sizeof(Type)));
}

// `int | None` (PEP 604): a types.UnionType from lib/types.py (objects/generic_alias.cpp).
Result<Ref> type_or(Interpreter& interp, Value a, Value b) { return type_union_or(interp, a, b); }

// A type object's destroy slot: its dict may outlive it (a reference from
// gc.get_referents), so the dict stops naming it as owner (dict_object.h) before it goes.
// In teardown (finalizers off) owners are no longer read and the dict may already be gone.
void type_destroy(Object* o) {
    auto* t = static_cast<Type*>(o);
    if (t->interp != nullptr && !t->interp->gc().finalizers_off) {
        if (auto* d = static_cast<DictObject*>(t->dict.get().obj_or_null()); d != nullptr && d->owner == t)
            d->owner = nullptr;
    }
    t->~Type();
}

} // namespace

void init_type_slots(Interpreter& interp) {
    Type* t = interp.types.type;
    t->flags |= kTypeBaseType | kTypeTypeSubclass | kTypeGC;
    t->instance_size = sizeof(Type);
    t->destroy = type_destroy;
    t->tp_new = type_new;
    t->tp_init = type_init;
    t->call = type_call;
    t->getattr = type_getattr;
    t->setattr = type_setattr;
    t->repr = type_repr;
    t->number.binary[static_cast<int>(bc::BinaryOpKind::Or)] = type_or;
    // `None | int` reaches type_or through None's slot (type.__ror__ in CPython).
    interp.types.none->number.binary[static_cast<int>(bc::BinaryOpKind::Or)] = type_or;
}

Status init_type_methods(Interpreter& interp) {
    static constexpr MethodDef kMethods[] = {
        {"mro", type_mro_method},
        {"__subclasses__", type_subclasses},
        {"__instancecheck__", type_instancecheck},
        {"__subclasscheck__", type_subclasscheck},
        {"__prepare__", type_prepare, kMethClass},
        {"__dir__", type_dir},
        {"__sizeof__", type_sizeof},
    };
    BASTION_TRY(add_methods(interp, interp.types.type, kMethods));
    static constexpr GetSetDef kGetSets[] = {
        {"__name__", type_get_name, type_set_name},
        {"__qualname__", type_get_qualname, type_set_qualname},
        {"__module__", type_get_module, type_set_module},
        {"__bases__", type_get_bases, type_set_bases},
        {"__base__", type_get_base},
        {"__mro__", type_get_mro},
        {"__dict__", type_get_dict},
        {"__doc__", type_get_doc, type_set_doc},
        {"__annotations__", type_get_annotations, type_set_annotations},
        {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods},
    };
    return add_getsets(interp, interp.types.type, kGetSets);
}

} // namespace bastion
