// builtins_sequence.cpp: builtins that consume iterables — sorted, min, max, sum, any, all.
#include "modules/builtins_module.h"
#include "objects/abstract.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/list_sort.h"
#include "objects/native_fast.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/generator.h"

namespace bastion {

namespace {

Result<Ref> builtin_sorted(Interpreter& interp, CallArgs args) {
    if (args.npos != 1)
        return interp.raise_fmt(interp.exc.TypeError, "sorted expected 1 argument, got {}", args.npos);
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_from_iterable(interp, args.items[0]));
    // list.sort(key=..., reverse=...) with the same keyword arguments. CPython looks `sort`
    // up on the new list: an exact list, whose type cannot be changed, so that is always
    // list.sort, called here directly (with call()'s stack check and message) instead of
    // interning "sort", binding it and calling the bound method.
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.recursion_error(" while calling a Python object");
    BASTION_TRY_ASSIGN(Ref r, list_sort_method(interp, Value(list.get()), make_call_args(args.items + 1, 0, args.kwnames)));
    (void)r;
    return Ref(std::move(list));
}

// min() and max(): CPython's min_max().
Result<Ref> min_max(Interpreter& interp, CallArgs args, bc::CompareOpKind op, std::string_view name) {
    Value key, dflt;
    for (std::size_t i = 0; i < args.nkw(); ++i) {
        StrObject* kw = args.keyword_name(i);
        // By value: a keyword name built at run time (`**{''.join(...): f}`, or a dict that
        // pickle.loads made) is not the interned `key`.
        if (kw == interp.names.key || str_equal(kw, interp.names.key))
            key = args.keyword_value(i);
        else if (str_to_utf8(kw) == "default")
            dflt = args.keyword_value(i);
        else
            return interp.raise_fmt(interp.exc.TypeError, "{}() got an unexpected keyword argument '{}'", name,
                                    str_to_utf8(kw));
    }
    if (key.is(Value(interp.none)))
        key = Value();
    if (args.npos == 0)
        return interp.raise_fmt(interp.exc.TypeError, "{} expected at least 1 argument, got 0", name);
    Ref iterable;
    if (args.npos == 1) {
        iterable = Ref::borrow(args.items[0]);
    } else {
        if (!dflt.is_null())
            return interp.raise_fmt(interp.exc.TypeError,
                                    "Cannot specify a default for {}() with multiple positional arguments", name);
        BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, args.positional()));
        iterable = std::move(t);
    }
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, iterable));
    Ref best, best_key;
    // A generator is driven by the loop (generator_drive), anything else drawn with iter_next.
    BASTION_TRY(for_each_item(interp, it, [&](Ref item) -> Result<bool> {
        Ref item_key = item;
        if (!key.is_null()) {
            BASTION_TRY_ASSIGN(item_key, call_positional(interp, key, {item}));
        }
        if (!best) {
            best = std::move(item);
            best_key = std::move(item_key);
            return true;
        }
        BASTION_TRY_ASSIGN(bool better, rich_compare_bool(interp, item_key, best_key, op));
        if (better) {
            best = std::move(item);
            best_key = std::move(item_key);
        }
        return true;
    }, [&](Ref& item) -> bool {
        // Small ints without a key, compared as rich_compare_bool would: taken quietly
        // (no code, no allocation; a small int needs no release).
        if (!key.is_null() || !best || !best.get().is_small_int() || !item.get().is_small_int())
            return false;
        int64_t a = item.get().small_int_value();
        int64_t b = best.get().small_int_value();
        if (op == bc::CompareOpKind::Lt ? a < b : a > b) {
            best = Ref::small_int(a);
            best_key = Ref::small_int(a);
        }
        return true;
    }));
    if (!best) {
        if (!dflt.is_null())
            return Ref::borrow(dflt);
        return interp.raise_fmt(interp.exc.ValueError, "{}() arg is an empty sequence", name);
    }
    return best;
}

Result<Ref> builtin_min(Interpreter& interp, CallArgs args) { return min_max(interp, args, bc::CompareOpKind::Lt, "min"); }
Result<Ref> builtin_max(Interpreter& interp, CallArgs args) { return min_max(interp, args, bc::CompareOpKind::Gt, "max"); }

Result<Ref> builtin_sum(Interpreter& interp, CallArgs args) {
    Value out[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"sum", {"iterable", "start"}, 1, 1}, out));
    Ref total = out[1].is_null() ? Ref::small_int(0) : Ref::borrow(out[1]);
    if (is_str(interp, total))
        return interp.raise(interp.exc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (type_of(interp, total) == interp.types.bytes)
        return interp.raise(interp.exc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, out[0]));
    // A generator (sum(x for x in ...)) is driven by the loop (generator_drive), anything
    // else drawn with iter_next.
    BASTION_TRY(for_each_item(interp, it, [&](Ref item) -> Result<bool> {
        // Small-int fast path: no dispatch, no allocation.
        if (total.get().is_small_int() && item.get().is_small_int()) {
            int64_t s = total.get().small_int_value() + item.get().small_int_value();
            if (Value::fits_small(s)) {
                total = Ref::small_int(s);
                return true;
            }
        }
        BASTION_TRY_ASSIGN(total, binary_op(interp, bc::BinaryOpKind::Add, total, item));
        return true;
    }, [&](Ref& item) -> bool {
        // The same small-int addition, taken while the generator's frame stays linked:
        // no code, no allocation, and a small int needs no release.
        if (total.get().is_small_int() && item.get().is_small_int()) {
            int64_t s = total.get().small_int_value() + item.get().small_int_value();
            if (Value::fits_small(s)) {
                total = Ref::small_int(s);
                return true;
            }
        }
        return false;
    }));
    return total;
}

Result<Ref> any_all(Interpreter& interp, CallArgs args, bool want, std::string_view name) {
    BASTION_TRY(check_builtin_args(interp, args, name, 1, 1));
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, args.items[0]));
    // A generator is driven by the loop (generator_drive), anything else drawn with iter_next.
    bool found = false;
    BASTION_TRY(for_each_item(interp, it, [&](Ref item) -> Result<bool> {
        BASTION_TRY_ASSIGN(bool t, is_true(interp, item));
        found = t == want;
        return !found;
    }, [&](Ref& item) -> bool {
        // A bool, None or small int that does not decide the answer: taken quietly (no
        // code, no allocation, nothing released). One that decides takes the path above.
        Value v = item.get();
        bool t;
        if (v.is(Value(interp.true_)))
            t = true;
        else if (v.is(Value(interp.false_)) || v.is(Value(interp.none)))
            t = false;
        else if (v.is_small_int())
            t = v.small_int_value() != 0;
        else
            return false;
        return t != want;
    }));
    return interp.new_bool(found ? want : !want);
}

Result<Ref> builtin_any(Interpreter& interp, CallArgs args) { return any_all(interp, args, true, "any"); }
Result<Ref> builtin_all(Interpreter& interp, CallArgs args) { return any_all(interp, args, false, "all"); }

const BuiltinEntry kSequence[] = {
    {"sorted", builtin_sorted}, {"min", builtin_min}, {"max", builtin_max},
    {"sum", builtin_sum},       {"any", builtin_any}, {"all", builtin_all},
};

} // namespace

std::span<const BuiltinEntry> builtins_sequence_functions() { return kSequence; }

} // namespace bastion
