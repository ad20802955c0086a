// exception_group.cpp: what (Base)ExceptionGroup does beyond construction — derive(),
// split(), subgroup() over the exception tree, and the two VM helpers behind except*:
// wrapping a naked exception (CHECK_EG_MATCH) and rebuilding what an except* statement
// re-raises (PREP_RERAISE_STAR). CPython: Objects/exceptions.c (exceptiongroup_split_*,
// _PyExc_PrepReraiseStar). Construction, str and repr are in exception_types.cpp.
#include "objects/exception_group.h"

#include <unordered_set>
#include <vector>

#include "objects/containers_common.h"
#include "objects/core_internal.h"
#include "objects/exception_object.h"
#include "objects/exception_types.h"
#include "objects/list_object.h"

namespace bastion {

namespace {

bool is_group(Interpreter& interp, Value v) {
    return v.is_obj() && is_exception_instance(interp, v) &&
           is_subtype(type_of(interp, v), interp.exc.BaseExceptionGroup);
}

// The group's exceptions tuple (null when a subclass never ran BaseExceptionGroup.__new__).
TupleObject* group_excs(Interpreter& interp, Value eg) {
    Value v = exc_dict_get(interp, eg, "exceptions");
    return !v.is_null() && is_tuple(interp, v) ? static_cast<TupleObject*>(v.obj()) : nullptr;
}

enum class Matcher : uint8_t { ByType, Predicate, InstanceIds };

struct MatchSpec {
    Matcher kind;
    Value value;                                // ByType, Predicate
    const std::unordered_set<Object*>* ids = nullptr; // InstanceIds
};

Result<Matcher> matcher_type(Interpreter& interp, Value v) {
    if (is_callable(interp, v) && !type_of(interp, v)->has_flag(kTypeTypeSubclass))
        return Matcher::Predicate;
    if (is_exception_type(interp, v))
        return Matcher::ByType;
    if (v.is_obj() && v.obj()->type == interp.types.tuple) {
        bool all = true;
        for (Value item : static_cast<TupleObject*>(v.obj())->view())
            all = all && is_exception_type(interp, item);
        if (all)
            return Matcher::ByType;
    }
    return interp.raise(interp.exc.TypeError, "expected a function, exception type or tuple of exception types");
}

Result<bool> check_match(Interpreter& interp, Value exc, const MatchSpec& m) {
    switch (m.kind) {
    case Matcher::ByType:
        return exception_matches(interp, exc, m.value);
    case Matcher::Predicate: {
        BASTION_TRY_ASSIGN(Ref r, call_positional(interp, m.value, {exc}));
        return is_true(interp, r);
    }
    case Matcher::InstanceIds:
        return m.ids->count(exc.obj()) != 0;
    }
    return false;
}

// orig.derive(excs) with orig's traceback, cause, context and a copy of its notes; null
// when excs is empty.
Result<Ref> group_subset(Interpreter& interp, Value orig, std::vector<Ref>& excs) {
    if (excs.empty())
        return Ref();
    std::vector<Value> views(excs.begin(), excs.end());
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp, views));
    StrObject* derive = interp.intern("derive");
    if (derive == nullptr)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Ref eg, call_method(interp, orig, derive, {Value(list.get())}));
    if (!is_group(interp, eg))
        return interp.raise(interp.exc.TypeError, "derive must return an instance of BaseExceptionGroup");
    ExceptionObject* src = exc_of(orig);
    ExceptionObject* dst = exc_of(eg);
    dst->traceback = src->traceback;
    dst->context = src->context;
    dst->cause = src->cause;
    BASTION_TRY_ASSIGN(Ref notes, get_attr_opt(interp, orig, interp.names.__notes__));
    if (notes && is_list(interp, notes)) {
        std::vector<Value> items;
        for (const Ref& n : static_cast<ListObject*>(notes.obj())->items)
            items.push_back(n);
        BASTION_TRY_ASSIGN(Own<ListObject> copy, list_new(interp, items));
        dst->notes = std::move(copy);
    }
    return eg;
}

struct SplitResult {
    Ref match;
    Ref rest;
};

Status split_recursive(Interpreter& interp, Value exc, const MatchSpec& m, bool construct_rest, SplitResult& out) {
    BASTION_TRY(check_native_stack(interp));
    BASTION_TRY_ASSIGN(bool matched, check_match(interp, exc, m));
    if (matched) {
        out.match = Ref::borrow(exc);
        return {};
    }
    if (!is_group(interp, exc)) {
        if (construct_rest)
            out.rest = Ref::borrow(exc);
        return {};
    }
    TupleObject* excs = group_excs(interp, exc);
    if (excs == nullptr)
        return interp.raise(interp.exc.TypeError, "exception group has no exceptions");
    Ref hold(Ref::borrow(Value(excs)));
    std::vector<Ref> matches, rests;
    for (int64_t i = 0; i < excs->size; ++i) {
        SplitResult sub;
        BASTION_TRY(split_recursive(interp, excs->at(i), m, construct_rest, sub));
        if (sub.match)
            matches.push_back(std::move(sub.match));
        if (sub.rest)
            rests.push_back(std::move(sub.rest));
    }
    BASTION_TRY_ASSIGN(out.match, group_subset(interp, exc, matches));
    if (construct_rest) {
        BASTION_TRY_ASSIGN(out.rest, group_subset(interp, exc, rests));
    }
    return {};
}

Status collect_leaf_ids(Interpreter& interp, Value exc, std::unordered_set<Object*>& ids) {
    BASTION_TRY(check_native_stack(interp));
    if (!exc.is_obj() || is_none(interp, exc))
        return {};
    if (!is_group(interp, exc)) {
        ids.insert(exc.obj());
        return {};
    }
    if (TupleObject* excs = group_excs(interp, exc))
        for (Value e : excs->view())
            BASTION_TRY(collect_leaf_ids(interp, e, ids));
    return {};
}

Result<Ref> split_method(Interpreter& interp, Value self, CallArgs args, bool construct_rest, const char* name) {
    BASTION_TRY(no_keywords(interp, args, std::string("BaseExceptionGroup.") + name));
    if (args.npos != 1) // CPython's METH_VARARGS check (PyArg_UnpackTuple)
        return interp.raise_fmt(interp.exc.TypeError, "{} expected 1 argument, got {}", name, args.npos);
    BASTION_TRY_ASSIGN(Matcher kind, matcher_type(interp, args.items[0]));
    MatchSpec spec{kind, args.items[0]};
    SplitResult r;
    BASTION_TRY(split_recursive(interp, self, spec, construct_rest, r));
    Value match = r.match ? Value(r.match) : Value(interp.none);
    if (!construct_rest)
        return Ref::borrow(match);
    Value rest = r.rest ? Value(r.rest) : Value(interp.none);
    BASTION_TRY_ASSIGN(Own<TupleObject> pair, tuple_of(interp, {match, rest}));
    return Ref(std::move(pair));
}

Result<Ref> group_split(Interpreter& interp, Value self, CallArgs args) {
    return split_method(interp, self, args, true, "split");
}

Result<Ref> group_subgroup(Interpreter& interp, Value self, CallArgs args) {
    return split_method(interp, self, args, false, "subgroup");
}

Result<Ref> group_derive(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "BaseExceptionGroup.derive"));
    if (args.npos != 1) // CPython's PyArg_ParseTuple(args, "O")
        return interp.raise_fmt(interp.exc.TypeError, "function takes exactly 1 argument ({} given)", args.npos);
    Value msg = exc_dict_get(interp, self, "message");
    if (msg.is_null())
        msg = Value(interp.empty_str);
    return call_positional(interp, Value(interp.exc.BaseExceptionGroup), {msg, args.items[0]});
}

bool same_metadata(Value a, Value b) {
    ExceptionObject* x = exc_of(a);
    ExceptionObject* y = exc_of(b);
    return x->notes.get().is(y->notes) && x->traceback.get().is(y->traceback) && x->cause.get().is(y->cause) &&
           x->context.get().is(y->context);
}

} // namespace

Result<Ref> exception_group_wrap(Interpreter& interp, Value exc) {
    BASTION_TRY_ASSIGN(Own<TupleObject> excs, tuple_of(interp, {exc}));
    return call_positional(interp, Value(interp.exc.BaseExceptionGroup), {Value(interp.empty_str), Value(excs.get())});
}

Result<Ref> exception_group_prep_reraise(Interpreter& interp, Value orig, std::span<const Value> excs) {
    if (excs.empty())
        return interp.new_none();
    if (!is_group(interp, orig)) {
        // A naked exception was caught and wrapped: at most one clause ran.
        for (Value e : excs)
            if (!is_none(interp, e))
                return Ref::borrow(e);
        return interp.new_none();
    }
    std::vector<Ref> raised, reraised;
    for (Value e : excs) {
        if (is_none(interp, e) || !is_exception_instance(interp, e))
            continue;
        (same_metadata(e, orig) ? reraised : raised).push_back(Ref::borrow(e));
    }
    // The part of orig whose leaves were re-raised, in orig's shape.
    std::unordered_set<Object*> ids;
    for (const Ref& e : reraised)
        BASTION_TRY(collect_leaf_ids(interp, e, ids));
    SplitResult proj;
    MatchSpec spec{Matcher::InstanceIds, Value(), &ids};
    BASTION_TRY(split_recursive(interp, orig, spec, false, proj));
    if (raised.empty())
        return proj.match ? std::move(proj.match) : interp.new_none();
    if (proj.match)
        raised.push_back(std::move(proj.match));
    if (raised.size() == 1)
        return std::move(raised[0]);
    std::vector<Value> views(raised.begin(), raised.end());
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp, views));
    return call_positional(interp, Value(interp.exc.BaseExceptionGroup), {Value(interp.empty_str), Value(list.get())});
}

Status init_exception_group_methods(Interpreter& interp) {
    static constexpr MethodDef kMethods[] = {
        {"derive", group_derive},
        {"split", group_split},
        {"subgroup", group_subgroup},
    };
    return add_methods(interp, interp.exc.BaseExceptionGroup, kMethods);
}

} // namespace bastion
