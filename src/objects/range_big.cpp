// range_big.cpp: ranges whose bounds or length do not fit int64 (CPython's longrange):
// construction from Python ints, len (OverflowError past int64, as CPython), indexing and
// slicing with int arithmetic, O(1) membership/position for ints, repr and the parts used
// by ==, hash and the getters. The int64 form stays in range_object.cpp.
#include "objects/containers_common.h"
#include "objects/range_object.h"
#include "objects/slice_object.h"
#include "objects/tuple_object.h"

namespace bastion {

namespace {

Value big_at(const RangeObject* r, int which) {
    auto* t = static_cast<TupleObject*>(r->big.obj());
    return t->at(which);
}

Result<Ref> i64(Interpreter& interp, int64_t v) { return int_from_i64(interp, v); }

bool lt(Value a, Value b) { return int_compare(a, b) < 0; }

} // namespace

Result<Ref> range_int_op(Interpreter& interp, bc::BinaryOpKind kind, Value a, Value b) {
    return int_binary_op(interp, kind, a, b);
}

Result<Ref> range_from_ints(Interpreter& interp, Value start, Value stop, Value step) {
    if (int_sign(step) == 0)
        return interp.raise(interp.exc.ValueError, "range() arg 3 must not be zero");
    int64_t a = 0, b = 0, c = 0;
    if (int_to_i64(start, &a) && int_to_i64(stop, &b) && int_to_i64(step, &c) && range_length_of(a, b, c) >= 0)
        return to_ref(range_new(interp, a, b, c));
    // length: (hi - lo - 1) // |step| + 1 when the range is not empty (CPython's compute_range_length).
    Ref length = Ref::small_int(0);
    bool up = int_sign(step) > 0;
    if (up ? lt(start, stop) : lt(stop, start)) {
        Value lo = up ? start : stop;
        Value hi = up ? stop : start;
        BASTION_TRY_ASSIGN(Ref span, range_int_op(interp, bc::BinaryOpKind::Subtract, hi, lo));
        BASTION_TRY_ASSIGN(Ref span1, range_int_op(interp, bc::BinaryOpKind::Subtract, span, Value::small_int(1)));
        Ref mag;
        if (up) {
            mag = Ref::borrow(step);
        } else {
            BASTION_TRY_ASSIGN(mag, int_negative(interp, step));
        }
        BASTION_TRY_ASSIGN(Ref q, range_int_op(interp, bc::BinaryOpKind::FloorDivide, span1, mag));
        BASTION_TRY_ASSIGN(length, range_int_op(interp, bc::BinaryOpKind::Add, q, Value::small_int(1)));
    }
    BASTION_TRY_ASSIGN(Own<TupleObject> parts, tuple_of(interp, {start, stop, step, length.get()}));
    BASTION_TRY_ASSIGN(Own<RangeObject> r, interp.make<RangeObject>(interp.types.range));
    r->big = Ref::steal(Value(static_cast<Object*>(parts.release())));
    return std::move(r).into_ref();
}

Result<Ref> range_part(Interpreter& interp, const RangeObject* r, int which) {
    if (r->big)
        return Ref::borrow(big_at(r, which));
    switch (which) {
    case 0:
        return i64(interp, r->start);
    case 1:
        return i64(interp, r->stop);
    case 2:
        return i64(interp, r->step);
    default:
        return i64(interp, r->length);
    }
}

Result<int64_t> range_big_len(Interpreter& interp, const RangeObject* r) {
    int64_t n = 0;
    if (!int_to_i64(big_at(r, 3), &n))
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return n;
}

bool range_big_truth(const RangeObject* r) { return int_sign(big_at(r, 3)) != 0; }

namespace {

// start + i * step
Result<Ref> big_item(Interpreter& interp, const RangeObject* r, Value i) {
    BASTION_TRY_ASSIGN(Ref off, range_int_op(interp, bc::BinaryOpKind::Multiply, i, big_at(r, 2)));
    return range_int_op(interp, bc::BinaryOpKind::Add, big_at(r, 0), off);
}

// One slice bound as a Python int, clamped to [lower, upper] (CPython's
// _PySlice_GetLongIndices, which works for lengths past int64).
Result<Ref> slice_bound(Interpreter& interp, Value v, Value length, Value lower, Value upper, Value dflt) {
    if (is_none(interp, v))
        return Ref::borrow(dflt);
    if (!has_index(interp, v))
        return interp.raise(interp.exc.TypeError, "slice indices must be integers or None or have an __index__ method");
    BASTION_TRY_ASSIGN(Ref i, index(interp, v));
    if (int_sign(i) < 0) {
        BASTION_TRY_ASSIGN(i, range_int_op(interp, bc::BinaryOpKind::Add, i, length));
        if (lt(i, lower))
            return Ref::borrow(lower);
        return i;
    }
    if (lt(upper, i))
        return Ref::borrow(upper);
    return i;
}

Result<Ref> big_slice(Interpreter& interp, RangeObject* r, Value slice) {
    auto* sl = static_cast<SliceObject*>(slice.obj());
    Ref step = Ref::small_int(1);
    if (!is_none(interp, sl->step)) {
        if (!has_index(interp, sl->step))
            return interp.raise(interp.exc.TypeError,
                                "slice indices must be integers or None or have an __index__ method");
        BASTION_TRY_ASSIGN(step, index(interp, sl->step));
        if (int_sign(step) == 0)
            return interp.raise(interp.exc.ValueError, "slice step cannot be zero");
    }
    Value length = big_at(r, 3);
    bool negative = int_sign(step) < 0;
    Ref lower = Ref::small_int(negative ? -1 : 0);
    Ref upper = Ref::borrow(length);
    if (negative) {
        BASTION_TRY_ASSIGN(upper, range_int_op(interp, bc::BinaryOpKind::Add, length, lower));
    }
    BASTION_TRY_ASSIGN(Ref a, slice_bound(interp, sl->start, length, lower, upper, negative ? upper : lower));
    BASTION_TRY_ASSIGN(Ref b, slice_bound(interp, sl->stop, length, lower, upper, negative ? lower : upper));
    BASTION_TRY_ASSIGN(Ref start, big_item(interp, r, a));
    BASTION_TRY_ASSIGN(Ref stop, big_item(interp, r, b));
    BASTION_TRY_ASSIGN(Ref new_step, range_int_op(interp, bc::BinaryOpKind::Multiply, big_at(r, 2), step));
    return range_from_ints(interp, start, stop, new_step);
}

} // namespace

Result<Ref> range_big_getitem(Interpreter& interp, RangeObject* r, Value key) {
    if (has_index(interp, key)) {
        BASTION_TRY_ASSIGN(Ref i, index(interp, key));
        if (int_sign(i) < 0) {
            BASTION_TRY_ASSIGN(i, range_int_op(interp, bc::BinaryOpKind::Add, i, big_at(r, 3)));
        }
        if (int_sign(i) < 0 || !lt(i, big_at(r, 3)))
            return interp.raise(interp.exc.IndexError, "range object index out of range");
        return big_item(interp, r, i);
    }
    if (is_slice(interp, key))
        return big_slice(interp, r, key);
    return interp.raise_fmt(interp.exc.TypeError, "range indices must be integers or slices, not {}",
                            type_name(interp, key));
}

Result<Ref> range_big_position(Interpreter& interp, const RangeObject* r, Value x) {
    Value start = big_at(r, 0), stop = big_at(r, 1), step = big_at(r, 2);
    bool inside = int_sign(step) > 0 ? (!lt(x, start) && lt(x, stop)) : (!lt(start, x) && lt(stop, x));
    if (!inside)
        return Ref();
    BASTION_TRY_ASSIGN(Ref off, range_int_op(interp, bc::BinaryOpKind::Subtract, x, start));
    BASTION_TRY_ASSIGN(Ref rem, range_int_op(interp, bc::BinaryOpKind::Remainder, off, step));
    if (int_sign(rem) != 0)
        return Ref();
    return range_int_op(interp, bc::BinaryOpKind::FloorDivide, off, step);
}

Result<Ref> range_big_repr(Interpreter& interp, const RangeObject* r) {
    std::string out = "range(" + int_to_decimal(big_at(r, 0)) + ", " + int_to_decimal(big_at(r, 1));
    if (int_compare(big_at(r, 2), Value::small_int(1)) != 0)
        out += ", " + int_to_decimal(big_at(r, 2));
    return str_result(interp, out + ")");
}

} // namespace bastion
