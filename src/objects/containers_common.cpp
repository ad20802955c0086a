// containers_common.cpp: the container component's bootstrap entry points
// (init_container_slots / init_container_methods) and the helpers in containers_common.h.
#include "objects/containers_common.h"

#include "objects/int_object.h"

#include <cstdint>
#include <limits>

#include "objects/bootstrap.h"
#include "objects/exception_object.h"
#include "objects/generic_alias.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"

namespace bastion {

void init_container_slots(Interpreter& interp) {
    init_tuple_slots(interp);
    init_list_slots(interp);
    init_dict_slots(interp);
    init_dict_view_slots(interp);
    init_set_slots(interp);
    init_range_slots(interp);
    init_slice_slots(interp);
    init_iterator_slots(interp);
}

Status init_container_methods(Interpreter& interp) {
    BASTION_TRY(init_tuple_methods(interp));
    BASTION_TRY(init_list_methods(interp));
    BASTION_TRY(init_dict_methods(interp));
    BASTION_TRY(init_dict_view_methods(interp));
    BASTION_TRY(init_set_methods(interp));
    BASTION_TRY(init_range_methods(interp));
    BASTION_TRY(init_slice_methods(interp));
    BASTION_TRY(init_iterator_methods(interp));
    BASTION_TRY(init_generic_alias_methods(interp));
    return {};
}

bool has_index(Interpreter& interp, Value v) {
    return v.is_small_int() || type_of(interp, v)->number.index != nullptr || is_int(interp, v);
}

Result<int64_t> index_clamped(Interpreter& interp, Value v) {
    if (v.is_small_int())
        return v.small_int_value();
    BASTION_TRY_ASSIGN(Ref i, index(interp, v));
    if (i.get().is_small_int())
        return i.get().small_int_value();
    auto exact = index_to_i64(interp, i);
    if (exact.ok())
        return exact.value();
    Raised err = exact.take_error();
    if (!raised_matches(err, interp.exc.OverflowError))
        return err;
    BASTION_TRY_ASSIGN(bool negative, rich_compare_bool(interp, i, Value::small_int(0), bc::CompareOpKind::Lt));
    return negative ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
}

Result<int64_t> index_exact(Interpreter& interp, Value v, Type* overflow_type) {
    if (v.is_small_int())
        return v.small_int_value();
    BASTION_TRY_ASSIGN(Ref i, index(interp, v));
    if (i.get().is_small_int())
        return i.get().small_int_value();
    auto exact = index_to_i64(interp, i);
    if (exact.ok())
        return exact.value();
    Raised err = exact.take_error();
    if (!raised_matches(err, interp.exc.OverflowError))
        return err;
    return interp.raise_fmt(overflow_type, "cannot fit '{}' into an index-sized integer", type_name(interp, v));
}

bool raised_matches(const Raised& r, Type* type) {
    Object* exc = r.exception.get().obj_or_null();
    return exc != nullptr && is_subtype(exc->type, type);
}

Raised raise_with_arg(Interpreter& interp, Type* type, Value arg) {
    auto args = tuple_of(interp, {arg});
    if (!args.ok())
        return args.take_error();
    auto exc = exception_new(interp, type, Value(static_cast<Object*>(args.value().get())));
    if (!exc.ok())
        return exc.take_error();
    return Raised{std::move(exc.value()).into_ref()};
}

Status append_repr(Interpreter& interp, std::string& out, Value v) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, repr(interp, v));
    out += str_to_utf8(s.get());
    return {};
}

Result<Ref> str_result(Interpreter& interp, const std::string& utf8) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, utf8));
    return std::move(s).into_ref();
}

Result<Ref> iter_self(Interpreter&, Value self) { return Ref::borrow(self); }

Status args_no_keywords(Interpreter& interp, CallArgs args, std::string_view qualname) {
    if (args.nkw() != 0)
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes no keyword arguments", qualname);
    return {};
}

Status args_none_checked(Interpreter& interp, CallArgs args, std::string_view qualname) {
    BASTION_TRY(args_no_keywords(interp, args, qualname));
    if (args.npos != 0)
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes no arguments ({} given)", qualname, args.npos);
    return {};
}

Status args_one_checked(Interpreter& interp, CallArgs args, std::string_view qualname) {
    BASTION_TRY(args_no_keywords(interp, args, qualname));
    if (args.npos != 1)
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes exactly one argument ({} given)", qualname, args.npos);
    return {};
}

Status args_range_checked(Interpreter& interp, CallArgs args, std::string_view qualname, std::string_view name,
                          std::size_t min, std::size_t max) {
    BASTION_TRY(args_no_keywords(interp, args, qualname));
    // CPython's _PyArg_CheckPositional wording.
    if (args.npos < min)
        return interp.raise_fmt(interp.exc.TypeError, "{} expected {}{} argument{}, got {}", name,
                                min == max ? "" : "at least ", min, min == 1 ? "" : "s", args.npos);
    if (args.npos > max)
        return interp.raise_fmt(interp.exc.TypeError, "{} expected {}{} argument{}, got {}", name,
                                min == max ? "" : "at most ", max, max == 1 ? "" : "s", args.npos);
    return {};
}

Result<bool> int_flag(Interpreter& interp, Value v, bool dflt) {
    if (v.is_null())
        return dflt;
    // CPython reads the flag as a C int ("i" format): one past its range overflows, either sign.
    int64_t n = 0;
    if (v.is_small_int()) {
        n = v.small_int_value();
    } else {
        if (!has_index(interp, v))
            return interp.raise_fmt(interp.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                                    type_name(interp, v));
        BASTION_TRY_ASSIGN(Ref i, index(interp, v));
        if (!int_to_i64(i, &n))
            n = INT64_MAX;
    }
    if (n < INT32_MIN || n > INT32_MAX)
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C int");
    return n != 0;
}

Result<Ref> call_bound_special(Interpreter& interp, Value descr, Value self, std::initializer_list<Value> args) {
    Type* dt = type_of(interp, descr);
    if (dt->descr_get == nullptr)
        return call_positional(interp, descr, args);
    BASTION_TRY_ASSIGN(Ref bound, dt->descr_get(interp, descr, self, Value(type_of(interp, self))));
    return call_positional(interp, bound, args);
}

Result<Ref> try_other_operand(Interpreter& interp, bc::BinaryOpKind kind, Value lhs, Value rhs, BinaryFn mine,
                              bool* answered) {
    *answered = false;
    BinaryFn theirs = type_of(interp, rhs)->number.binary[static_cast<std::size_t>(kind)];
    if (theirs == nullptr || theirs == mine)
        return Ref();
    BASTION_TRY_ASSIGN(Ref r, theirs(interp, lhs, rhs));
    if (is_not_implemented(interp, r))
        return Ref();
    *answered = true;
    return r;
}

} // namespace bastion
