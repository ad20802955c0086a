// eval_match.cpp: the structural pattern matching instructions (PEP 634) — MATCH_MAPPING,
// MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS, COPY_DICT_WITHOUT_KEYS — with CPython 3.11's
// semantics (Python/ceval.c match_keys / match_class) and messages.
#include <fmt/format.h>

#include <vector>

#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/eval_internal.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

bool is_type_object(Interpreter& interp, Value v) {
    return v.is_obj() && type_of(interp, v)->has_flag(kTypeTypeSubclass);
}

// Types whose single positional sub-pattern matches the subject itself (CPython's
// _Py_TPFLAGS_MATCH_SELF).
bool matches_self(Interpreter& interp, Type* t) {
    const auto& ty = interp.types;
    Type* self_types[] = {ty.bool_, ty.bytearray, ty.bytes, ty.dict, ty.float_, ty.frozenset,
                          ty.int_,  ty.list,      ty.set,   ty.str,  ty.tuple};
    for (Type* s : self_types)
        if (s && is_subtype(t, s))
            return true;
    return false;
}

// A dict used as a set of seen keys / attribute names.
Result<bool> seen_before(Interpreter& interp, DictObject* seen, Value key) {
    BASTION_TRY_ASSIGN(Value present, dict_get(interp, seen, key));
    if (!present.is_null())
        return true;
    BASTION_TRY(dict_set(interp, seen, key, Value(interp.true_)));
    return false;
}

} // namespace

bool match_mapping(Interpreter& interp, Value subject) {
    Type* t = type_of(interp, subject);
    return t->has_flag(kTypeDictSubclass) || t == interp.types.mappingproxy;
}

bool match_sequence(Interpreter& interp, Value subject) {
    Type* t = type_of(interp, subject);
    return t->has_flag(kTypeListSubclass) || t->has_flag(kTypeTupleSubclass) || t == interp.types.range;
}

Result<Ref> match_keys(Interpreter& interp, Value subject, Value keys) {
    if (!is_tuple(interp, keys))
        return interp.raise(interp.exc.SystemError, "MATCH_KEYS needs a tuple of keys");
    auto* kt = static_cast<TupleObject*>(keys.obj());
    if (kt->size == 0)
        return Ref::borrow(Value(interp.empty_tuple));
    BASTION_TRY_ASSIGN(Ref get, get_attr(interp, subject, interp.names.get));
    BASTION_TRY_ASSIGN(Own<DictObject> seen, dict_new(interp));
    BASTION_TRY_ASSIGN(Ref dummy, call(interp, Value(interp.types.object), CallArgs{}));
    std::vector<Ref> values;
    for (int64_t i = 0; i < kt->size; ++i) {
        Value key = kt->at(i);
        BASTION_TRY_ASSIGN(bool dup, seen_before(interp, seen.get(), key));
        if (dup) {
            BASTION_TRY_ASSIGN(Own<StrObject> r, repr(interp, key));
            return interp.raise_fmt(interp.exc.ValueError, "mapping pattern checks duplicate key ({})",
                                    str_to_utf8(r.get()));
        }
        BASTION_TRY_ASSIGN(Ref value, call_positional(interp, get, {key, dummy}));
        if (value.get().is(dummy))
            return interp.new_none();
        values.push_back(std::move(value));
    }
    std::vector<Value> items(values.begin(), values.end());
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, items));
    return Ref(std::move(t));
}

namespace {

// getattr(subject, name) for a class pattern; a null Ref when absent (no match).
Result<Ref> match_class_attr(Interpreter& interp, Value subject, Type* type, Value name, DictObject* seen) {
    BASTION_TRY_ASSIGN(bool dup, seen_before(interp, seen, name));
    if (dup) {
        BASTION_TRY_ASSIGN(Own<StrObject> r, repr(interp, name));
        return interp.raise_fmt(interp.exc.TypeError, "{}() got multiple sub-patterns for attribute {}", type->name,
                                str_to_utf8(r.get()));
    }
    return get_attr_opt(interp, subject, static_cast<StrObject*>(name.obj()));
}

} // namespace

Result<Ref> match_class(Interpreter& interp, Value subject, Value cls, uint32_t nargs, Value kwnames) {
    if (!is_type_object(interp, cls))
        return interp.raise(interp.exc.TypeError, "called match pattern must be a type");
    if (!is_tuple(interp, kwnames))
        return interp.raise(interp.exc.SystemError, "MATCH_CLASS needs a tuple of attribute names");
    auto* type = static_cast<Type*>(cls.obj());
    BASTION_TRY_ASSIGN(bool instance, is_instance(interp, subject, cls));
    if (!instance)
        return interp.new_none();
    BASTION_TRY_ASSIGN(Own<DictObject> seen, dict_new(interp));
    std::vector<Ref> attrs;
    if (nargs) {
        bool match_self = false;
        int64_t allowed = 0;
        BASTION_TRY_ASSIGN(Ref match_args, get_attr_opt(interp, cls, interp.names.__match_args__));
        if (match_args) {
            if (!match_args.get().is_obj() || match_args.obj()->type != interp.types.tuple)
                return interp.raise_fmt(interp.exc.TypeError, "{}.__match_args__ must be a tuple (got {})", type->name,
                                        type_of(interp, match_args)->name);
            allowed = static_cast<TupleObject*>(match_args.obj())->size;
        } else {
            match_self = matches_self(interp, type);
            allowed = match_self ? 1 : 0;
        }
        if (allowed < static_cast<int64_t>(nargs))
            return interp.raise_fmt(interp.exc.TypeError, "{}() accepts {} positional sub-pattern{} ({} given)",
                                    type->name, allowed, allowed == 1 ? "" : "s", nargs);
        if (match_self) {
            attrs.push_back(Ref::borrow(subject));
        } else {
            auto* names = static_cast<TupleObject*>(match_args.obj());
            for (uint32_t i = 0; i < nargs; ++i) {
                Value name = names->at(i);
                if (!is_str(interp, name))
                    return interp.raise_fmt(interp.exc.TypeError, "__match_args__ elements must be strings (got {})",
                                            type_of(interp, name)->name);
                BASTION_TRY_ASSIGN(Ref attr, match_class_attr(interp, subject, type, name, seen.get()));
                if (!attr)
                    return interp.new_none();
                attrs.push_back(std::move(attr));
            }
        }
    }
    for (Value name : static_cast<TupleObject*>(kwnames.obj())->view()) {
        if (!is_str(interp, name))
            return interp.raise(interp.exc.SystemError, "MATCH_CLASS attribute names must be str");
        BASTION_TRY_ASSIGN(Ref attr, match_class_attr(interp, subject, type, name, seen.get()));
        if (!attr)
            return interp.new_none();
        attrs.push_back(std::move(attr));
    }
    std::vector<Value> items(attrs.begin(), attrs.end());
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, items));
    return Ref(std::move(t));
}

Result<Ref> copy_dict_without_keys(Interpreter& interp, Value subject, Value keys) {
    if (!is_tuple(interp, keys))
        return interp.raise(interp.exc.SystemError, "COPY_DICT_WITHOUT_KEYS needs a tuple of keys");
    BASTION_TRY_ASSIGN(Own<DictObject> rest, dict_new(interp));
    BASTION_TRY(dict_update_with(interp, Value(rest.get()), subject));
    for (Value key : static_cast<TupleObject*>(keys.obj())->view()) {
        BASTION_TRY_ASSIGN(bool found, dict_del(interp, rest.get(), key));
        if (!found) {
            BASTION_TRY_ASSIGN(Ref error, call_positional(interp, Value(interp.exc.KeyError), {key}));
            return Raised{std::move(error)};
        }
    }
    return Ref(std::move(rest));
}

} // namespace bastion
