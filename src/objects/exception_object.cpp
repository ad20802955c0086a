// exception_object.cpp: BaseException and the behaviour every exception shares — args,
// str/repr, __traceback__/__cause__/__context__/__suppress_context__, notes,
// with_traceback — plus exception_new / exception_matches for the VM. Subclass-specific
// attributes (OSError, SyntaxError, StopIteration ...) are in exception_types.cpp.
// CPython: Objects/exceptions.c.
#include <fmt/format.h>

#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/exception_types.h"
#include "objects/list_object.h"

namespace bastion {

ExceptionObject* exc_of(Value v) { return static_cast<ExceptionObject*>(v.obj()); }

TupleObject* exc_args(Interpreter& interp, Value v) {
    ExceptionObject* e = exc_of(v);
    if (!e->args || !is_tuple(interp, e->args))
        return interp.empty_tuple;
    return static_cast<TupleObject*>(e->args.obj());
}

Value exc_dict_get(Interpreter& interp, Value self, std::string_view key) {
    Ref& d = exc_of(self)->fields;
    StrObject* k = name_of(interp, key);
    if (!d || k == nullptr)
        return Value();
    return dict_get_str(static_cast<DictObject*>(d.obj()), k);
}

Status exc_dict_set(Interpreter& interp, Value self, std::string_view key, Value value) {
    StrObject* k = name_of(interp, key);
    if (k == nullptr)
        return interp.no_memory();
    ExceptionObject* e = exc_of(self);
    if (value.is_null()) {
        if (e->fields)
            BASTION_TRY(dict_del(interp, static_cast<DictObject*>(e->fields.obj()), Value(k)));
        return {};
    }
    if (!e->fields) {
        BASTION_TRY_ASSIGN(Own<DictObject> fresh, dict_new(interp));
        e->fields = std::move(fresh);
    }
    Ref keep = e->fields;
    return dict_set_str(interp, static_cast<DictObject*>(keep.obj()), k, value);
}

Result<Own<ExceptionObject>> exception_new(Interpreter& interp, Type* type, Value args_tuple) {
    BASTION_TRY_ASSIGN(Own<ExceptionObject> e, interp.make<ExceptionObject>(type));
    e->args = Ref::borrow(args_tuple.is_null() ? Value(interp.empty_tuple) : args_tuple);
    return e;
}

bool is_exception_instance(Interpreter& interp, Value v) {
    return v.is_obj() && type_of(interp, v)->has_flag(kTypeExceptionSubclass);
}

bool is_exception_type(Interpreter& interp, Value v) {
    return is_type_value(interp, v) && as_type(v)->has_flag(kTypeExceptionSubclass);
}

Result<bool> exception_matches(Interpreter& interp, Value exc, Value cls) {
    Type* et = type_of(interp, exc);
    if (is_tuple(interp, cls)) {
        auto* tup = static_cast<TupleObject*>(cls.obj());
        for (int64_t i = 0; i < tup->size; ++i) {
            if (!is_exception_type(interp, tup->at(i)))
                return interp.raise(interp.exc.TypeError,
                                    "catching classes that do not inherit from BaseException is not allowed");
        }
        for (int64_t i = 0; i < tup->size; ++i) {
            if (is_subtype(et, as_type(tup->at(i))))
                return true;
        }
        return false;
    }
    if (!is_exception_type(interp, cls))
        return interp.raise(interp.exc.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return is_subtype(et, as_type(cls));
}

namespace {

Result<Ref> base_new(Interpreter& interp, Type* type, CallArgs args) {
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, args.positional()));
    BASTION_TRY_ASSIGN(Own<ExceptionObject> e, exception_new(interp, type, Value(t)));
    return Ref(std::move(e));
}

Status base_init(Interpreter& interp, Value self, CallArgs args) {
    if (args.kwnames != nullptr && args.nkw() != 0)
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes no keyword arguments", tname(interp, self));
    // `E(a, b)` hands __new__ and __init__ the same arguments: when args already holds
    // exactly these items (the tuple base_new made), keep it rather than build an equal
    // one. A tuple is immutable, so the two are indistinguishable.
    std::span<const Value> pos = args.positional();
    ExceptionObject* e = exc_of(self);
    if (e->args.get().is_obj() && e->args.obj()->type == interp.types.tuple) {
        auto* cur = static_cast<TupleObject*>(e->args.obj());
        if (cur->size == static_cast<int64_t>(pos.size())) {
            bool same = true;
            for (int64_t i = 0; i < cur->size && same; ++i)
                same = cur->at(i).is(pos[static_cast<std::size_t>(i)]);
            if (same)
                return {};
        }
    }
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, pos));
    e->args = std::move(t);
    return {};
}

Result<Ref> base_str(Interpreter& interp, Value self) {
    TupleObject* a = exc_args(interp, self);
    if (a->size == 0)
        return Ref::borrow(Value(interp.empty_str));
    Value what = a->size == 1 ? a->at(0) : Value(a);
    BASTION_TRY_ASSIGN(Own<StrObject> s, str(interp, what));
    return Ref(std::move(s));
}

Result<Ref> base_repr(Interpreter& interp, Value self) {
    TupleObject* a = exc_args(interp, self);
    Value what = a->size == 1 ? a->at(0) : Value(a);
    BASTION_TRY_ASSIGN(Own<StrObject> r, repr(interp, what));
    std::string text = to_utf8(r.get());
    const std::string& name = type_of(interp, self)->name;
    if (a->size == 1)
        return make_str(interp, fmt::format("{}({})", name, text));
    return make_str(interp, name + text);
}

Result<Ref> get_args(Interpreter&, Value self) { return exc_of(self)->args; }
Status set_args(Interpreter& interp, Value self, Value value) {
    if (value.is_null())
        return interp.raise(interp.exc.TypeError, "args may not be deleted");
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, value));
    std::vector<Ref> items;
    for (;;) {
        BASTION_TRY_ASSIGN(Ref x, iter_next(interp, it));
        if (x.is_null())
            break;
        items.push_back(std::move(x));
    }
    std::vector<Value> views(items.begin(), items.end());
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, views));
    exc_of(self)->args = std::move(t);
    return {};
}

Result<Ref> or_none(Interpreter& interp, const Ref& r) { return r ? r : interp.new_none(); }

Result<Ref> get_traceback(Interpreter& interp, Value self) { return or_none(interp, exc_of(self)->traceback); }
Status check_traceback(Interpreter& interp, Value value) {
    if (!is_none_value(interp, value) && type_of(interp, value) != interp.types.traceback)
        return interp.raise(interp.exc.TypeError, "__traceback__ must be a traceback or None");
    return {};
}
Status set_traceback(Interpreter& interp, Value self, Value value) {
    if (value.is_null())
        return interp.raise(interp.exc.TypeError, "__traceback__ may not be deleted");
    BASTION_TRY(check_traceback(interp, value));
    exc_of(self)->traceback = is_none_value(interp, value) ? Ref() : Ref::borrow(value);
    return {};
}

Result<Ref> get_cause(Interpreter& interp, Value self) { return or_none(interp, exc_of(self)->cause); }
Status set_cause(Interpreter& interp, Value self, Value value) {
    if (value.is_null())
        return interp.raise(interp.exc.TypeError, "__cause__ may not be deleted");
    if (!is_none_value(interp, value) && !is_exception_instance(interp, value))
        return interp.raise(interp.exc.TypeError, "exception cause must be None or derive from BaseException");
    exc_of(self)->cause = is_none_value(interp, value) ? Ref() : Ref::borrow(value);
    exc_of(self)->suppress_context = true;
    return {};
}

Result<Ref> get_context(Interpreter& interp, Value self) { return or_none(interp, exc_of(self)->context); }
Status set_context(Interpreter& interp, Value self, Value value) {
    if (value.is_null())
        return interp.raise(interp.exc.TypeError, "__context__ may not be deleted");
    if (!is_none_value(interp, value) && !is_exception_instance(interp, value))
        return interp.raise(interp.exc.TypeError, "exception context must be None or derive from BaseException");
    exc_of(self)->context = is_none_value(interp, value) ? Ref() : Ref::borrow(value);
    return {};
}

Result<Ref> get_suppress(Interpreter& interp, Value self) { return interp.new_bool(exc_of(self)->suppress_context); }
Status set_suppress(Interpreter& interp, Value self, Value value) {
    if (value.is_null())
        return interp.raise(interp.exc.TypeError, "can't delete __suppress_context__ attribute");
    BASTION_TRY_ASSIGN(bool b, is_true(interp, value));
    exc_of(self)->suppress_context = b;
    return {};
}

Result<Ref> get_notes(Interpreter& interp, Value self) {
    if (!exc_of(self)->notes)
        return raise_no_attribute(interp, self, interp.names.__notes__);
    return exc_of(self)->notes;
}
Status set_notes(Interpreter& interp, Value self, Value value) {
    if (value.is_null() && !exc_of(self)->notes)
        return raise_no_attribute(interp, self, interp.names.__notes__);
    exc_of(self)->notes = Ref::borrow(value);
    return {};
}

Result<Ref> with_traceback(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "with_traceback"));
    BASTION_TRY(check_positional(interp, args, "BaseException.with_traceback", 1, 1));
    BASTION_TRY(set_traceback(interp, self, args.items[0]));
    return Ref::borrow(self);
}

Result<Ref> add_note(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "add_note"));
    BASTION_TRY(check_positional(interp, args, "BaseException.add_note", 1, 1));
    Value note = args.items[0];
    if (!is_str(interp, note))
        return interp.raise_fmt(interp.exc.TypeError, "note must be a str, not '{}'", tname(interp, note));
    ExceptionObject* e = exc_of(self);
    if (!e->notes) {
        BASTION_TRY_ASSIGN(Own<ListObject> l, list_new(interp));
        e->notes = std::move(l);
    }
    if (!is_list(interp, e->notes))
        return interp.raise(interp.exc.TypeError, "Cannot add note: __notes__ is not a list");
    Ref notes = e->notes;
    BASTION_TRY(list_append(interp, static_cast<ListObject*>(notes.obj()), note));
    return interp.new_none();
}

// BaseException.__setstate__(state): each item of a state dict is set as an attribute (so
// the fields of OSError, ImportError ... go through their setters), as unpickling and copy
// do with the state BaseException.__reduce__ carries. The items are copied out first: a
// setter may change the dict.
Result<Ref> set_state(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "__setstate__"));
    BASTION_TRY(check_positional(interp, args, "BaseException.__setstate__", 1, 1));
    Value state = args.items[0];
    if (is_none_value(interp, state))
        return interp.new_none();
    if (!is_dict(interp, state))
        return interp.raise(interp.exc.TypeError, "state is not a dictionary");
    std::vector<std::pair<Ref, Ref>> items;
    auto* d = static_cast<DictObject*>(state.obj());
    int64_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value))
        items.emplace_back(Ref::borrow(key), Ref::borrow(value));
    for (auto& [k, v] : items) {
        if (!is_str(interp, k))
            return interp.raise_fmt(interp.exc.TypeError, "attribute name must be string, not '{}'", tname(interp, k));
        StrObject* name = interp.intern(static_cast<StrObject*>(k.obj()));
        if (name == nullptr)
            return interp.no_memory();
        BASTION_TRY(set_attr(interp, self, name, v));
    }
    return interp.new_none();
}

} // namespace

void init_exception_slots(Interpreter& interp) {
#define EXC(name, base)                                                                                     \
    {                                                                                                       \
        Type* t = interp.exc.name;                                                                          \
        t->flags |= kTypeBaseType | kTypeGC | kTypeExceptionSubclass | kTypeManagedDict;                    \
        t->instance_size = sizeof(ExceptionObject);                                                         \
        t->destroy = destroy_as<ExceptionObject>;                                                           \
        t->tp_new = base_new;                                                                               \
    }
#include "objects/exceptions.def"
#undef EXC
    Type* b = interp.exc.BaseException;
    b->tp_init = base_init;
    b->repr = base_repr;
    b->str = base_str;
    init_exception_subtype_slots(interp);
}

Status init_exception_methods(Interpreter& interp) {
    static constexpr MethodDef kMethods[] = {
        {"with_traceback", with_traceback},
        {"add_note", add_note},
        {"__setstate__", set_state},
    };
    BASTION_TRY(add_methods(interp, interp.exc.BaseException, kMethods));
    static constexpr GetSetDef kGetSets[] = {
        {"args", get_args, set_args},
        {"__traceback__", get_traceback, set_traceback},
        {"__cause__", get_cause, set_cause},
        {"__context__", get_context, set_context},
        {"__suppress_context__", get_suppress, set_suppress},
        {"__notes__", get_notes, set_notes},
    };
    BASTION_TRY(add_getsets(interp, interp.exc.BaseException, kGetSets));
    BASTION_TRY(add_dict_descriptor(interp, interp.exc.BaseException));
    BASTION_TRY(init_exception_subtype_methods(interp));
    // A dict never mutated has version 0, which cannot vouch for its contents (type_cache.h),
    // so every lookup through a class with an empty namespace (ValueError, Exception,
    // LookupError ...) would walk the MRO uncached. Give each such dict a fresh version of
    // its own: unique, and replaced by the next mutation as any version is.
#define EXC(name, base)                                                                     \
    if (auto* d = static_cast<DictObject*>(interp.exc.name->dict.get().obj_or_null()); \
        d != nullptr && d->version == 0)                                                    \
        d->version = ++interp.dict_versions;
#include "objects/exceptions.def"
#undef EXC
    return {};
}

} // namespace bastion
