// eval_slow.cpp: out-of-line slow paths of the interpreter loop — name lookups through
// namespaces, building and unpacking collections, f-string formatting, raise and except
// matching, with-statements, MAKE_FUNCTION, CALL_FUNCTION_EX — each with CPython 3.11's
// semantics and error messages (Python/ceval.c).
#include <fmt/format.h>

#include <vector>

#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/exception_group.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/set_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/cell.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "vm/frame_fast.h"
#include "vm/function.h"
#include "vm/module.h"
#include "vm/traceback.h"
#include "vm/vm_state.h"

namespace bastion {

namespace {

bool is_none(Interpreter& interp, Value v) { return v.is(Value(interp.none)); }
const std::string& tname(Interpreter& interp, Value v) { return type_of(interp, v)->name; }
bool is_exact_dict(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.dict; }
DictObject* as_dict(Value v) { return static_cast<DictObject*>(v.obj()); }

bool raised_is(const Raised& r, Type* t) {
    Value e = r.exception;
    return e.is_obj() && is_subtype(e.obj()->type, t);
}

// Iterable in CPython's sense for error messages: has __iter__ or is a sequence.
bool looks_iterable(Interpreter& interp, Value v) {
    Type* t = type_of(interp, v);
    return t->iter != nullptr || t->getitem != nullptr;
}

// mapping[key] where a KeyError means "absent" (null result).
Result<Ref> mapping_lookup(Interpreter& interp, Value mapping, StrObject* key) {
    if (is_dict(interp, mapping) && is_exact_dict(interp, mapping))
        return Ref::borrow(dict_get_str(as_dict(mapping), key));
    auto r = get_item(interp, mapping, Value(key));
    if (!r.ok()) {
        if (raised_is(r.error(), interp.exc.KeyError))
            return Ref();
        return r.take_error();
    }
    return std::move(r).value();
}

} // namespace

// --- Names -------------------------------------------------------------------------------------

Raised name_error(Interpreter& interp, StrObject* name) {
    Raised r = interp.raise_fmt(interp.exc.NameError, "name '{}' is not defined", str_to_utf8(name));
    (void)set_attr(interp, r.exception, interp.names.name, Value(name));
    return r;
}

Raised unbound_local(Interpreter& interp, CodeObject* co, uint32_t index) {
    return interp.raise_fmt(interp.exc.UnboundLocalError,
                            "cannot access local variable '{}' where it is not associated with a value",
                            str_to_utf8(co->varname_at(index)));
}

Raised unbound_deref(Interpreter& interp, CodeObject* co, uint32_t index) {
    std::string name = str_to_utf8(co->deref_name_at(index));
    if (index < co->ncells)
        return interp.raise_fmt(interp.exc.UnboundLocalError,
                                "cannot access local variable '{}' where it is not associated with a value", name);
    return interp.raise_fmt(interp.exc.NameError,
                            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                            name);
}

namespace {

// The namespace of LOAD_NAME/STORE_NAME/DELETE_NAME: the frame's locals mapping; for a
// function whose code is not CO_OPTIMIZED (module code made into a function with
// types.FunctionType), its globals, as CPython 3.11's function calls give it. Null: none.
Value name_namespace(Frame* f) {
    if (!f->locals().is_null())
        return f->locals();
    if (f->func && (f->code->flags & bc::kCoOptimized) == 0)
        return f->globals;
    return Value();
}

} // namespace

Result<Ref> load_name(Interpreter& interp, Frame* f, StrObject* name) {
    Value locals = name_namespace(f);
    if (locals.is_null())
        return interp.raise_fmt(interp.exc.SystemError, "no locals when loading '{}'", str_to_utf8(name));
    BASTION_TRY_ASSIGN(Ref v, mapping_lookup(interp, locals, name));
    if (v)
        return v;
    Value g = dict_get_str(as_dict(f->globals), name);
    if (!g.is_null())
        return Ref::borrow(g);
    BASTION_TRY_ASSIGN(Ref b, mapping_lookup(interp, f->builtins, name));
    if (b)
        return b;
    return name_error(interp, name);
}

Result<Ref> load_global_mapping(Interpreter& interp, Frame* f, StrObject* name) {
    BASTION_TRY_ASSIGN(Ref g, mapping_lookup(interp, f->globals, name));
    if (g)
        return g;
    BASTION_TRY_ASSIGN(Ref b, mapping_lookup(interp, f->builtins, name));
    if (b)
        return b;
    return name_error(interp, name);
}

Status store_name(Interpreter& interp, Frame* f, StrObject* name, Value value) {
    Value locals = name_namespace(f);
    if (locals.is_null())
        return interp.raise_fmt(interp.exc.SystemError, "no locals found when storing '{}'", str_to_utf8(name));
    if (is_exact_dict(interp, locals))
        return dict_set_str(interp, as_dict(locals), name, value);
    return set_item(interp, locals, Value(name), value);
}

Status delete_name(Interpreter& interp, Frame* f, StrObject* name) {
    Value locals = name_namespace(f);
    if (locals.is_null())
        return interp.raise_fmt(interp.exc.SystemError, "no locals when deleting '{}'", str_to_utf8(name));
    if (is_exact_dict(interp, locals)) {
        BASTION_TRY_ASSIGN(bool found, dict_del(interp, as_dict(locals), Value(name)));
        if (!found)
            return name_error(interp, name);
        return {};
    }
    auto r = del_item(interp, locals, Value(name));
    if (!r.ok() && raised_is(r.error(), interp.exc.KeyError))
        return name_error(interp, name);
    return r;
}

Status delete_global(Interpreter& interp, Frame* f, StrObject* name) {
    BASTION_TRY_ASSIGN(bool found, dict_del(interp, as_dict(f->globals), Value(name)));
    if (!found)
        return name_error(interp, name);
    return {};
}

Result<Ref> load_classderef(Interpreter& interp, Frame* f, uint32_t index) {
    CodeObject* co = f->code;
    StrObject* name = co->deref_name_at(index);
    if (!f->locals().is_null()) {
        BASTION_TRY_ASSIGN(Ref v, mapping_lookup(interp, f->locals(), name));
        if (v)
            return v;
    }
    Value cell = f->cells()[index];
    BASTION_ASSERT(is_cell(interp, cell));
    Value v = cell_get(cell.obj());
    if (v.is_null())
        return unbound_deref(interp, co, index);
    return Ref::borrow(v);
}

// --- Unpacking ----------------------------------------------------------------------------------

namespace {

// The iterator protocol path of UNPACK_SEQUENCE (has_star false) and UNPACK_EX.
Status unpack_iterable(Interpreter& interp, Value seq, uint32_t before, uint32_t after, bool has_star, Ref* out) {
    if (!looks_iterable(interp, seq))
        return interp.raise_fmt(interp.exc.TypeError, "cannot unpack non-iterable {} object", tname(interp, seq));
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, seq));
    std::vector<Ref> items;
    items.reserve(before + after + 1);
    for (uint32_t i = 0; i < before; ++i) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (!item) {
            if (has_star)
                return interp.raise_fmt(interp.exc.ValueError,
                                        "not enough values to unpack (expected at least {}, got {})", before + after, i);
            return interp.raise_fmt(interp.exc.ValueError, "not enough values to unpack (expected {}, got {})", before,
                                    i);
        }
        items.push_back(std::move(item));
    }
    if (!has_star) {
        BASTION_TRY_ASSIGN(Ref extra, iter_next(interp, it));
        if (extra)
            return interp.raise_fmt(interp.exc.ValueError, "too many values to unpack (expected {})", before);
    } else {
        BASTION_TRY_ASSIGN(Own<ListObject> rest, list_from_iterable(interp, it));
        std::size_t nrest = rest->items.size();
        if (nrest < after)
            return interp.raise_fmt(interp.exc.ValueError, "not enough values to unpack (expected at least {}, got {})",
                                    before + after, before + nrest);
        std::vector<Ref> tail;
        for (std::size_t i = nrest - after; i < nrest; ++i)
            tail.push_back(rest->items[i]);
        rest->items.resize(nrest - after);
        items.push_back(std::move(rest));
        for (Ref& t : tail)
            items.push_back(std::move(t));
    }
    std::size_t total = items.size();
    for (std::size_t k = 0; k < total; ++k)
        out[total - 1 - k] = std::move(items[k]);
    return {};
}

} // namespace

Status unpack_sequence(Interpreter& interp, Value seq, uint32_t n, Ref* out) {
    Type* t = type_of(interp, seq);
    if (t == interp.types.tuple || t == interp.types.list) {
        bool is_tuple_seq = t == interp.types.tuple;
        std::size_t size = is_tuple_seq ? static_cast<std::size_t>(static_cast<TupleObject*>(seq.obj())->size)
                                        : static_cast<ListObject*>(seq.obj())->items.size();
        if (size == n) {
            for (uint32_t i = 0; i < n; ++i) {
                Value item = is_tuple_seq ? static_cast<TupleObject*>(seq.obj())->at(i)
                                          : Value(static_cast<ListObject*>(seq.obj())->items[i]);
                out[n - 1 - i] = Ref::borrow(item);
            }
            return {};
        }
        if (size < n)
            return interp.raise_fmt(interp.exc.ValueError, "not enough values to unpack (expected {}, got {})", n, size);
        return interp.raise_fmt(interp.exc.ValueError, "too many values to unpack (expected {})", n);
    }
    return unpack_iterable(interp, seq, n, 0, false, out);
}

Status unpack_ex(Interpreter& interp, Value seq, uint32_t before, uint32_t after, Ref* out) {
    return unpack_iterable(interp, seq, before, after, true, out);
}

// --- Building -------------------------------------------------------------------------------------

Result<Ref> build_list(Interpreter& interp, Ref* items, uint32_t n) {
    BASTION_TRY_ASSIGN(Own<ListObject> l, list_new(interp, std::span<const Value>(reinterpret_cast<const Value*>(items), n)));
    return Ref(std::move(l));
}

Result<Ref> build_set(Interpreter& interp, Ref* items, uint32_t n) {
    BASTION_TRY_ASSIGN(Own<SetObject> s, set_new(interp, interp.types.set, Value()));
    for (uint32_t i = 0; i < n; ++i)
        BASTION_TRY(set_add(interp, s.get(), items[i]));
    return Ref(std::move(s));
}

Result<Ref> build_map(Interpreter& interp, Ref* items, uint32_t n) {
    BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
    for (uint32_t i = 0; i < n; ++i)
        BASTION_TRY(dict_set(interp, d.get(), items[2 * i], items[2 * i + 1]));
    return Ref(std::move(d));
}

Result<Ref> build_slice(Interpreter& interp, Ref* items, uint32_t n) {
    // slice cannot be subclassed or replaced: make it directly (CPython: PySlice_New).
    BASTION_TRY_ASSIGN(Own<SliceObject> s, slice_new(interp, items[0], items[1], n == 3 ? Value(items[2]) : Value()));
    return Ref(std::move(s));
}

Result<Ref> build_string(Interpreter& interp, Ref* items, uint32_t n) {
    // One exact-size allocation in the widest part's kind (objects/str_object.cpp).
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_join_parts(interp, items, n));
    return Ref(std::move(r));
}

Status list_append_to(Interpreter& interp, Value list, Value item) {
    if (!is_list(interp, list))
        return interp.raise(interp.exc.SystemError, "LIST_APPEND target is not a list");
    return list_append(interp, static_cast<ListObject*>(list.obj()), item);
}

Status set_add_to(Interpreter& interp, Value set, Value item) {
    if (!is_set(interp, set))
        return interp.raise(interp.exc.SystemError, "SET_ADD target is not a set");
    return set_add(interp, static_cast<SetObject*>(set.obj()), item);
}

Status map_add_to(Interpreter& interp, Value dict, Value key, Value value) {
    if (!is_dict(interp, dict))
        return interp.raise(interp.exc.SystemError, "MAP_ADD target is not a dict");
    return dict_set(interp, as_dict(dict), key, value);
}

Status list_extend_with(Interpreter& interp, Value list, Value iterable) {
    if (!is_list(interp, list))
        return interp.raise(interp.exc.SystemError, "LIST_EXTEND target is not a list");
    if (!looks_iterable(interp, iterable))
        return interp.raise_fmt(interp.exc.TypeError, "Value after * must be an iterable, not {}",
                                tname(interp, iterable));
    auto* l = static_cast<ListObject*>(list.obj());
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, iterable));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (!item)
            return {};
        BASTION_TRY(list_append(interp, l, item));
    }
}

Status set_update_with(Interpreter& interp, Value set, Value iterable) {
    if (!is_set(interp, set))
        return interp.raise(interp.exc.SystemError, "SET_UPDATE target is not a set");
    return set_update(interp, static_cast<SetObject*>(set.obj()), iterable);
}

namespace {

// dict.update semantics (CPython's dict_merge with override = 1, or 2: duplicates are a
// KeyError carrying the key). *not_mapping is set when `other` has no keys().
Status merge_into(Interpreter& interp, DictObject* d, Value other, bool reject_duplicates, bool* not_mapping,
                  Ref* duplicate) {
    *not_mapping = false;
    if (is_dict(interp, other)) {
        // Snapshot first: a key's __eq__ may mutate either dict.
        std::vector<std::pair<Ref, Ref>> entries;
        int64_t pos = 0;
        Value k, v;
        while (dict_next(as_dict(other), &pos, &k, &v))
            entries.emplace_back(Ref::borrow(k), Ref::borrow(v));
        for (auto& [key, value] : entries) {
            if (reject_duplicates) {
                BASTION_TRY_ASSIGN(Value existing, dict_get(interp, d, key));
                if (!existing.is_null()) {
                    *duplicate = key;
                    return {};
                }
            }
            BASTION_TRY(dict_set(interp, d, key, value));
        }
        return {};
    }
    BASTION_TRY_ASSIGN(Ref keys_fn, get_attr_opt(interp, other, interp.names.keys));
    if (!keys_fn) {
        *not_mapping = true;
        return {};
    }
    BASTION_TRY_ASSIGN(Ref keys, call(interp, keys_fn, CallArgs{}));
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, keys));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref key, iter_next(interp, it));
        if (!key)
            return {};
        if (reject_duplicates) {
            BASTION_TRY_ASSIGN(Value existing, dict_get(interp, d, key));
            if (!existing.is_null()) {
                *duplicate = key;
                return {};
            }
        }
        BASTION_TRY_ASSIGN(Ref value, get_item(interp, other, key));
        BASTION_TRY(dict_set(interp, d, key, value));
    }
}

} // namespace

Status dict_update_with(Interpreter& interp, Value dict, Value other) {
    if (!is_dict(interp, dict))
        return interp.raise(interp.exc.SystemError, "DICT_UPDATE target is not a dict");
    bool not_mapping = false;
    Ref duplicate;
    BASTION_TRY(merge_into(interp, as_dict(dict), other, false, &not_mapping, &duplicate));
    if (not_mapping)
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not a mapping", tname(interp, other));
    return {};
}

Status dict_merge_with(Interpreter& interp, Value dict, Value other, Value callable) {
    if (!is_dict(interp, dict))
        return interp.raise(interp.exc.SystemError, "DICT_MERGE target is not a dict");
    bool not_mapping = false;
    Ref duplicate;
    BASTION_TRY(merge_into(interp, as_dict(dict), other, true, &not_mapping, &duplicate));
    std::string fname = callable.is_null() ? std::string("function") : function_str(interp, callable);
    if (not_mapping)
        return interp.raise_fmt(interp.exc.TypeError, "{} argument after ** must be a mapping, not {}", fname,
                                tname(interp, other));
    if (duplicate) {
        if (is_str(interp, duplicate))
            return interp.raise_fmt(interp.exc.TypeError, "{} got multiple values for keyword argument '{}'", fname,
                                    str_to_utf8(static_cast<StrObject*>(duplicate.obj())));
        return interp.raise(interp.exc.TypeError, "keywords must be strings");
    }
    return {};
}

Result<Ref> list_to_tuple(Interpreter& interp, Value list) {
    if (!is_list(interp, list))
        return interp.raise(interp.exc.SystemError, "LIST_TO_TUPLE of a non-list");
    auto* l = static_cast<ListObject*>(list.obj());
    std::vector<Value> items(l->items.begin(), l->items.end());
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, items));
    return Ref(std::move(t));
}

Result<Ref> format_value(Interpreter& interp, Value value, uint32_t conversion, Value spec) {
    Ref converted = Ref::borrow(value);
    switch (conversion) {
    case bc::kFmtStr: {
        BASTION_TRY_ASSIGN(Own<StrObject> s, str(interp, value));
        converted = std::move(s);
        break;
    }
    case bc::kFmtRepr: {
        BASTION_TRY_ASSIGN(Own<StrObject> s, repr(interp, value));
        converted = std::move(s);
        break;
    }
    case bc::kFmtAscii: {
        BASTION_TRY_ASSIGN(Own<StrObject> s, ascii(interp, value));
        converted = std::move(s);
        break;
    }
    default:
        break;
    }
    if (spec.is_null() && converted.get().is_obj() && converted.obj()->type == interp.types.str)
        return converted;
    StrObject* spec_str = interp.empty_str;
    if (!spec.is_null()) {
        if (!is_str(interp, spec))
            return interp.raise(interp.exc.SystemError, "FORMAT_VALUE spec is not a str");
        spec_str = static_cast<StrObject*>(spec.obj());
    }
    BASTION_TRY_ASSIGN(Own<StrObject> r, format(interp, converted, spec_str));
    return Ref(std::move(r));
}

// --- Exceptions -------------------------------------------------------------------------------------

namespace {

// An exception instance from `raise X` / `from X`: instances as they are, classes called.
Result<Ref> exception_instance_of(Interpreter& interp, Value v, bool* ok_kind) {
    *ok_kind = true;
    if (is_exception_type(interp, v)) {
        BASTION_TRY_ASSIGN(Ref inst, call(interp, v, CallArgs{}));
        if (!is_exception_instance(interp, inst)) {
            BASTION_TRY_ASSIGN(Own<StrObject> tr, repr(interp, v));
            BASTION_TRY_ASSIGN(Own<StrObject> ir, repr(interp, Value(type_of(interp, inst))));
            return interp.raise_fmt(interp.exc.TypeError,
                                    "calling {} should have returned an instance of BaseException, not {}",
                                    str_to_utf8(tr.get()), str_to_utf8(ir.get()));
        }
        return inst;
    }
    if (is_exception_instance(interp, v))
        return Ref::borrow(v);
    *ok_kind = false;
    return Ref();
}

} // namespace

Raised do_raise(Interpreter& interp, Value exc, Value cause) {
    bool ok_kind = true;
    auto inst = exception_instance_of(interp, exc, &ok_kind);
    if (!inst.ok())
        return inst.take_error();
    if (!ok_kind)
        return interp.raise(interp.exc.TypeError, "exceptions must derive from BaseException");
    Ref value = std::move(inst).value();
    if (!cause.is_null()) {
        if (is_none(interp, cause)) {
            set_cause(value, Value());
        } else {
            auto fixed = exception_instance_of(interp, cause, &ok_kind);
            if (!fixed.ok())
                return fixed.take_error();
            if (!ok_kind)
                return interp.raise(interp.exc.TypeError, "exception causes must derive from BaseException");
            set_cause(value, fixed.value());
        }
    }
    return Raised{std::move(value)};
}

Raised do_reraise(Interpreter& interp, bool* reraise) {
    Value handled = current_handled_exception(interp);
    if (handled.is_null()) {
        *reraise = false;
        return interp.raise(interp.exc.RuntimeError, "No active exception to reraise");
    }
    *reraise = true;
    return Raised{Ref::borrow(handled)};
}

namespace {

constexpr std::string_view kBadCatch = "catching classes that do not inherit from BaseException is not allowed";

bool valid_exception_spec(Interpreter& interp, Value type) {
    if (is_tuple(interp, type)) {
        for (Value item : static_cast<TupleObject*>(type.obj())->view())
            if (!is_exception_type(interp, item))
                return false;
        return true;
    }
    return is_exception_type(interp, type);
}

} // namespace

Result<bool> check_exc_match(Interpreter& interp, Value exc, Value type) {
    return exception_matches(interp, exc, type); // which refuses a bad spec with kBadCatch's TypeError
}

Status check_eg_match(Interpreter& interp, Value eg, Value type, Ref* rest, Ref* match) {
    if (!valid_exception_spec(interp, type))
        return interp.raise(interp.exc.TypeError, kBadCatch);
    auto is_group_type = [&](Value t) { return is_subtype(static_cast<Type*>(t.obj()), interp.exc.BaseExceptionGroup); };
    bool group_spec = is_tuple(interp, type) ? false : is_group_type(type);
    if (is_tuple(interp, type))
        for (Value item : static_cast<TupleObject*>(type.obj())->view())
            group_spec = group_spec || is_group_type(item);
    if (group_spec)
        return interp.raise(interp.exc.TypeError,
                            "catching ExceptionGroup with except* is not allowed. Use except instead.");
    if (is_none(interp, eg) || !is_exception_instance(interp, eg)) {
        // Everything was handled by an earlier clause.
        *match = interp.new_none();
        *rest = interp.new_none();
        return {};
    }
    bool is_group = is_subtype(type_of(interp, eg), interp.exc.BaseExceptionGroup);
    BASTION_TRY_ASSIGN(bool full, exception_matches(interp, eg, type));
    if (full) {
        if (is_group) {
            *match = Ref::borrow(eg);
        } else {
            BASTION_TRY_ASSIGN(Ref wrapped, exception_group_wrap(interp, eg));
            *match = std::move(wrapped);
        }
        *rest = interp.new_none();
    } else if (is_group) {
        StrObject* split = interp.intern("split");
        if (!split)
            return interp.no_memory();
        BASTION_TRY_ASSIGN(Ref pair, call_method(interp, eg, split, {type}));
        if (!is_tuple(interp, pair) || static_cast<TupleObject*>(pair.obj())->size != 2)
            return interp.raise_fmt(interp.exc.TypeError, "{}.split must return a 2-tuple, got {}", tname(interp, eg),
                                    tname(interp, pair));
        *match = Ref::borrow(static_cast<TupleObject*>(pair.obj())->at(0));
        *rest = Ref::borrow(static_cast<TupleObject*>(pair.obj())->at(1));
    } else {
        *match = interp.new_none();
        *rest = Ref::borrow(eg);
    }
    if (!is_none(interp, *match) && is_exception_instance(interp, *match))
        interp.vm().exc_info->exc = *match;
    return {};
}

Result<Ref> prep_reraise_star(Interpreter& interp, Value orig, Value raised_list) {
    if (!is_list(interp, raised_list))
        return interp.raise(interp.exc.SystemError, "PREP_RERAISE_STAR needs a list");
    if (!is_exception_instance(interp, orig))
        return interp.raise(interp.exc.SystemError, "PREP_RERAISE_STAR needs the original exception");
    std::vector<Ref> held(static_cast<ListObject*>(raised_list.obj())->items.begin(),
                          static_cast<ListObject*>(raised_list.obj())->items.end());
    std::vector<Value> excs(held.begin(), held.end());
    return exception_group_prep_reraise(interp, orig, excs);
}

// --- Functions and calls ----------------------------------------------------------------------------

Result<Ref> make_function(Interpreter& interp, Frame* f, uint32_t flags, Ref* operands) {
    uint32_t n = static_cast<uint32_t>(__builtin_popcount(flags & 0xF));
    Value code = operands[n];
    if (!is_code(interp, code))
        return interp.raise(interp.exc.SystemError, "MAKE_FUNCTION needs a code object");
    auto* co = static_cast<CodeObject*>(code.obj());
    BASTION_TRY_ASSIGN(Own<FunctionObject> fn, function_new(interp, co, f->globals));
    uint32_t k = 0;
    if (flags & bc::kFnDefaults) {
        Value d = operands[k++];
        if (!is_tuple(interp, d))
            return interp.raise(interp.exc.SystemError, "MAKE_FUNCTION defaults must be a tuple");
        fn->defaults = Ref::borrow(d);
    }
    if (flags & bc::kFnKwDefaults) {
        Value d = operands[k++];
        if (!is_dict(interp, d))
            return interp.raise(interp.exc.SystemError, "MAKE_FUNCTION keyword defaults must be a dict");
        fn->kwdefaults = Ref::borrow(d);
    }
    if (flags & bc::kFnAnnotations) {
        Value a = operands[k++];
        BASTION_TRY_ASSIGN(Own<DictObject> ann, dict_new(interp));
        if (is_dict(interp, a)) {
            int64_t pos = 0;
            Value key, value;
            while (dict_next(as_dict(a), &pos, &key, &value))
                BASTION_TRY(dict_set(interp, ann.get(), key, value));
        } else if (is_tuple(interp, a) && static_cast<TupleObject*>(a.obj())->size % 2 == 0) {
            auto* t = static_cast<TupleObject*>(a.obj());
            for (int64_t i = 0; i < t->size; i += 2)
                BASTION_TRY(dict_set(interp, ann.get(), t->at(i), t->at(i + 1)));
        } else {
            return interp.raise(interp.exc.SystemError, "MAKE_FUNCTION annotations must be pairs");
        }
        fn->annotations = std::move(ann);
    }
    if (flags & bc::kFnClosure) {
        Value c = operands[k++];
        // The frame takes its free cells from here: shape and item types are checked.
        if (!is_tuple(interp, c) || static_cast<TupleObject*>(c.obj())->size != co->nfrees)
            return interp.raise(interp.exc.SystemError, "MAKE_FUNCTION closure does not match the free variables");
        for (Value cell : static_cast<TupleObject*>(c.obj())->view())
            if (!is_cell(interp, cell))
                return interp.raise(interp.exc.SystemError, "MAKE_FUNCTION closure items must be cells");
        fn->closure = Ref::borrow(c);
    } else if (co->nfrees != 0) {
        return interp.raise(interp.exc.SystemError, "MAKE_FUNCTION of code with free variables needs a closure");
    }
    return Ref(std::move(fn));
}

namespace {

// The plain function __init__ of `t` when tp_init is sure to be slot_init, the dispatcher
// to it (objects/type_slots.cpp): the class on t's MRO whose own dict holds that function
// has the same tp_init as t, and it is not object.__init__ (a subclass's slot is not
// refreshed when a base's __init__ is assigned: then the generic path keeps the stale one).
FunctionObject* python_init_of(Interpreter& interp, Type* t) {
    Value init = type_lookup(t, interp.names.__init__);
    if (!is_function(interp, init) || t->tp_init == nullptr || t->tp_init == interp.types.object->tp_init)
        return nullptr;
    auto* mro = static_cast<TupleObject*>(t->mro.obj());
    if (!mro || !is_tuple(interp, Value(mro)))
        return nullptr;
    for (Value k : mro->view()) {
        auto* kt = static_cast<Type*>(k.obj());
        auto* d = kt->dict ? static_cast<DictObject*>(kt->dict.obj()) : nullptr;
        if (!d)
            continue;
        Value own = dict_get_str(d, interp.names.__init__);
        if (own.is_null())
            continue;
        if (!own.is(init) || !kt->has_flag(kTypeHeap) || kt->tp_init != t->tp_init)
            return nullptr;
        return static_cast<FunctionObject*>(init.obj());
    }
    return nullptr;
}

} // namespace

Result<Frame*> push_init_frame(Interpreter& interp, Ref* base, std::size_t nargs) {
    auto* t = static_cast<Type*>(base[1].obj());
    Value* args = reinterpret_cast<Value*>(base + 2);
    // type_call's steps (objects/type_object.cpp), with __init__'s frame run by the loop.
    Ref obj;
    if (nargs == 0 && t->tp_new == interp.types.object->tp_new) { // object_new without arguments
        BASTION_TRY_ASSIGN(obj, object_new_no_args(interp, t));
    } else {
        BASTION_TRY_ASSIGN(obj, t->tp_new(interp, t, CallArgs{args, nargs, nullptr}));
    }
    Type* ot = type_of(interp, obj);
    if (nargs == 0 && ot->tp_init == interp.types.object->tp_init) {
        // object.__init__ with no arguments does nothing (a class without __init__).
        base[0] = std::move(obj);
        return nullptr;
    }
    if (!is_subtype(ot, t) || ot->tp_init == nullptr) {
        base[0] = std::move(obj);
        return nullptr;
    }
    FunctionObject* fn = ot == t ? python_init_of(interp, t) : nullptr;
    TupleObject* defaults = nullptr;
    if (!fn || !positional_frame_fits(fn, nargs + 1, &defaults)) {
        BASTION_TRY(ot->tp_init(interp, obj, CallArgs{args, nargs, nullptr}));
        base[0] = std::move(obj);
        return nullptr;
    }
    // The class leaves its slot only once the frame is pushed: releasing it may run code.
    Ref cls = std::move(base[1]);
    base[1] = obj; // self, the first argument
    base[0] = std::move(obj);
    // The generic call re-enters the loop from native code, which counts one level
    // (call.cpp's NativeReentry): the frame holds it until it returns.
    ++interp.python_depth;
    auto pushed = push_positional_frame_inline(interp, fn, base + 1, nargs + 1);
    if (!pushed.ok() || !pushed.value()) {
        --interp.python_depth;
        if (!pushed.ok())
            return pushed.take_error();
        BASTION_CHECK(false); // positional_frame_fits said it would be taken
    }
    Frame* f = pushed.value();
    f->owner = FrameOwner::Init;
    return f;
}

Raised init_returned_non_none(Interpreter& interp, Value value) {
    return interp.raise_fmt(interp.exc.TypeError, "__init__() should return None, not '{}'", tname(interp, value));
}

Result<Ref> call_function_ex(Interpreter& interp, Value callable, Value self, Value args, Value kwargs) {
    Ref args_tuple;
    if (is_tuple(interp, args)) {
        args_tuple = Ref::borrow(args);
    } else {
        if (!looks_iterable(interp, args))
            return interp.raise_fmt(interp.exc.TypeError, "{} argument after * must be an iterable, not {}",
                                    function_str(interp, callable), tname(interp, args));
        BASTION_TRY_ASSIGN(Own<ListObject> l, list_from_iterable(interp, args));
        BASTION_TRY_ASSIGN(args_tuple, list_to_tuple(interp, Value(l.get())));
    }
    Ref kw;
    if (!kwargs.is_null()) {
        if (is_dict(interp, kwargs)) {
            kw = Ref::borrow(kwargs);
        } else {
            BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
            BASTION_TRY(dict_merge_with(interp, Value(d.get()), kwargs, callable));
            kw = std::move(d);
        }
    }
    auto* t = static_cast<TupleObject*>(args_tuple.obj());
    std::vector<Value> items;
    std::vector<Value> names;
    if (!self.is_null())
        items.push_back(self);
    for (Value v : t->view())
        items.push_back(v);
    std::size_t npos = items.size();
    // Keep the kwargs values alive while the call runs (the dict may be mutated).
    std::vector<Ref> held;
    if (kw) {
        int64_t pos = 0;
        Value k, v;
        while (dict_next(as_dict(kw), &pos, &k, &v)) {
            if (!is_str(interp, k))
                return interp.raise(interp.exc.TypeError, "keywords must be strings");
            held.push_back(Ref::borrow(k));
            held.push_back(Ref::borrow(v));
            names.push_back(k);
            items.push_back(v);
        }
    }
    Ref kwnames;
    if (!names.empty()) {
        BASTION_TRY_ASSIGN(Own<TupleObject> nt, tuple_from(interp, names));
        kwnames = std::move(nt);
    }
    CallArgs call_args{items.data(), npos, kwnames ? static_cast<TupleObject*>(kwnames.obj()) : nullptr};
    if (is_function(interp, callable))
        return call_function(interp, static_cast<FunctionObject*>(callable.obj()), call_args);
    return call(interp, callable, call_args);
}

Result<Ref> load_build_class(Interpreter& interp, Frame* f) {
    Value bc = dict_get_str(as_dict(f->builtins), interp.names.__build_class__);
    if (bc.is_null())
        return interp.raise(interp.exc.NameError, "__build_class__ not found");
    return Ref::borrow(bc);
}

// --- with / misc ------------------------------------------------------------------------------------

// CPython's _PyObject_LookupSpecial: the attribute on the type, bound to obj.
Result<Ref> lookup_special(Interpreter& interp, Value obj, StrObject* name) {
    Value descr = type_lookup(type_of(interp, obj), name);
    if (descr.is_null())
        return Ref();
    Type* dt = type_of(interp, descr);
    if (dt->descr_get)
        return dt->descr_get(interp, descr, obj, Value(type_of(interp, obj)));
    return Ref::borrow(descr);
}

Result<Ref> before_with(Interpreter& interp, Value mgr, Ref* exit_out) {
    // An __enter__ that is a plain function is called with mgr prepended rather than through
    // a bound method made for the one call (binding a function runs no code, so nothing
    // observable changes; the lookups still happen in CPython's order).
    Ref enter_fn = Ref::borrow(type_lookup(type_of(interp, mgr), interp.names.__enter__));
    Ref enter;
    if (!enter_fn || type_of(interp, enter_fn) != interp.types.function) {
        enter_fn.reset();
        BASTION_TRY_ASSIGN(enter, lookup_special(interp, mgr, interp.names.__enter__));
    }
    if (!enter && !enter_fn)
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object does not support the context manager protocol",
                                tname(interp, mgr));
    BASTION_TRY_ASSIGN(Ref exit, lookup_special(interp, mgr, interp.names.__exit__));
    if (!exit)
        return interp.raise_fmt(interp.exc.TypeError,
                                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                                tname(interp, mgr));
    BASTION_TRY_ASSIGN(Ref result,
                       enter_fn ? call_positional(interp, enter_fn, {mgr}) : call(interp, enter, CallArgs{}));
    *exit_out = std::move(exit);
    return result;
}

Result<Ref> with_except_start(Interpreter& interp, Value exit, Value exc) {
    if (!is_exception_instance(interp, exc))
        return interp.raise(interp.exc.SystemError, "WITH_EXCEPT_START needs an exception");
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    Value tb = e->traceback ? Value(e->traceback) : Value(interp.none);
    return call_positional(interp, exit, {Value(type_of(interp, exc)), exc, tb});
}

Status setup_annotations(Interpreter& interp, Frame* f) {
    if (f->locals().is_null())
        return interp.raise(interp.exc.SystemError, "no locals found when setting up annotations");
    BASTION_TRY_ASSIGN(Ref existing, mapping_lookup(interp, f->locals(), interp.names.__annotations__));
    if (existing)
        return {};
    BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
    return set_item(interp, f->locals(), Value(interp.names.__annotations__), Value(d.get()));
}

Status print_expr(Interpreter& interp, Value value) {
    if (interp.sys_module) {
        Value hook = dict_get_str(module_dict(interp.sys_module), interp.names.displayhook);
        if (!hook.is_null()) {
            BASTION_TRY_ASSIGN(Ref r, call_positional(interp, hook, {value}));
            return {};
        }
        return interp.raise(interp.exc.RuntimeError, "lost sys.displayhook");
    }
    // No sys module yet (start-up): the default hook's behaviour.
    if (is_none(interp, value))
        return {};
    BASTION_TRY_ASSIGN(Own<StrObject> text, repr(interp, value));
    if (interp.write_stdout)
        interp.write_stdout(str_to_utf8(text.get()) + "\n");
    StrObject* underscore = interp.intern("_");
    if (!underscore)
        return interp.no_memory();
    return dict_set_str(interp, as_dict(interp.builtins), underscore, value);
}

Result<Ref> get_len(Interpreter& interp, Value obj) {
    BASTION_TRY_ASSIGN(int64_t n, length(interp, obj));
    return int_from_i64(interp, n);
}

} // namespace bastion
