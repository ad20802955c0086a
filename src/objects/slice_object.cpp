// slice_object.cpp: the `slice` type (constructor, attributes, repr, ==, indices()) and
// slice_indices, the one implementation of a[i:j:k] index arithmetic.
// CPython: Objects/sliceobject.c. Slices are unhashable in 3.11.
#include "objects/slice_object.h"

#include <limits>

#include "objects/alloc_fast.h"
#include "objects/containers_common.h"
#include "objects/tuple_object.h"

namespace bastion {

Result<Own<SliceObject>> slice_new(Interpreter& interp, Value start, Value stop, Value step) {
    BASTION_TRY_ASSIGN(Own<SliceObject> s, (make_fixed<SliceObject>(interp, interp.types.slice)));
    Value none(interp.none);
    s->start = Ref::borrow(start.is_null() ? none : start);
    s->stop = Ref::borrow(stop.is_null() ? none : stop);
    s->step = Ref::borrow(step.is_null() ? none : step);
    return s;
}

bool is_slice(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.slice; }

namespace {

// _PyEval_SliceIndex: None leaves *out unchanged; huge ints saturate.
Status slice_bound(Interpreter& interp, Value v, int64_t* out) {
    if (is_none(interp, v))
        return {};
    if (!has_index(interp, v))
        return interp.raise(interp.exc.TypeError, "slice indices must be integers or None or have an __index__ method");
    BASTION_TRY_ASSIGN(*out, index_clamped(interp, v));
    return {};
}

} // namespace

Status slice_indices(Interpreter& interp, Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                     int64_t* slicelength) {
    BASTION_CHECK(is_slice(interp, slice));
    auto* s = static_cast<SliceObject*>(slice.obj());
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    // Hold the bounds: __index__ may run code that drops other references to them.
    Ref rstart = s->start, rstop = s->stop, rstep = s->step;
    *step = 1;
    BASTION_TRY(slice_bound(interp, rstep, step));
    if (*step == 0)
        return interp.raise(interp.exc.ValueError, "slice step cannot be zero");
    if (*step < -kMax)
        *step = -kMax; // so that -step cannot overflow
    *start = *step < 0 ? kMax : 0;
    BASTION_TRY(slice_bound(interp, rstart, start));
    *stop = *step < 0 ? std::numeric_limits<int64_t>::min() : kMax;
    BASTION_TRY(slice_bound(interp, rstop, stop));
    *slicelength = slice_adjust_indices(length, start, stop, *step);
    return {};
}

namespace {

Result<Ref> slice_tp_new(Interpreter& interp, Type*, CallArgs args) {
    BASTION_TRY(args_range(interp, args, "slice", "slice", 1, 3));
    auto a = args.positional();
    if (a.size() == 1)
        return to_ref(slice_new(interp, Value(), a[0], Value()));
    return to_ref(slice_new(interp, a[0], a[1], a.size() == 3 ? a[2] : Value()));
}

Result<Ref> slice_repr(Interpreter& interp, Value self) {
    auto* s = static_cast<SliceObject*>(self.obj());
    BASTION_TRY(check_native_stack(interp));
    Ref start = s->start, stop = s->stop, step = s->step;
    std::string out = "slice(";
    BASTION_TRY(append_repr(interp, out, start));
    out += ", ";
    BASTION_TRY(append_repr(interp, out, stop));
    out += ", ";
    BASTION_TRY(append_repr(interp, out, step));
    out += ")";
    return str_result(interp, out);
}

Result<Own<TupleObject>> slice_as_tuple(Interpreter& interp, SliceObject* s) {
    return tuple_of(interp, {s->start.get(), s->stop.get(), s->step.get()});
}

Result<Ref> slice_richcompare(Interpreter& interp, Value v, Value w, bc::CompareOpKind op) {
    if (!is_slice(interp, v) || !is_slice(interp, w))
        return not_implemented(interp);
    if (v.is(w)) // CPython's shortcut for the same slice object
        return interp.new_bool(op == bc::CompareOpKind::Eq || op == bc::CompareOpKind::Le ||
                               op == bc::CompareOpKind::Ge);
    BASTION_TRY_ASSIGN(Own<TupleObject> a, slice_as_tuple(interp, static_cast<SliceObject*>(v.obj())));
    BASTION_TRY_ASSIGN(Own<TupleObject> b, slice_as_tuple(interp, static_cast<SliceObject*>(w.obj())));
    return rich_compare(interp, a, b, op);
}

Result<Ref> slice_indices_method(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(SliceObject * s, self_as<SliceObject>(interp, self, interp.types.slice, "indices"));
    BASTION_TRY(args_one(interp, args, "slice.indices"));
    Value len_arg = args.items[0];
    if (!has_index(interp, len_arg))
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                                type_name(interp, len_arg));
    BASTION_TRY_ASSIGN(int64_t length, index_exact(interp, len_arg, interp.exc.OverflowError));
    if (length < 0)
        return interp.raise(interp.exc.ValueError, "length should not be negative");
    int64_t start = 0, stop = 0, step = 0, n = 0;
    BASTION_TRY(slice_indices(interp, Value(static_cast<Object*>(s)), length, &start, &stop, &step, &n));
    BASTION_TRY_ASSIGN(Ref a, int_from_i64(interp, start));
    BASTION_TRY_ASSIGN(Ref b, int_from_i64(interp, stop));
    BASTION_TRY_ASSIGN(Ref c, int_from_i64(interp, step));
    return to_ref(tuple_of(interp, {a.get(), b.get(), c.get()}));
}

Result<Ref> slice_get_start(Interpreter&, Value self) { return static_cast<SliceObject*>(self.obj())->start; }
Result<Ref> slice_get_stop(Interpreter&, Value self) { return static_cast<SliceObject*>(self.obj())->stop; }
Result<Ref> slice_get_step(Interpreter&, Value self) { return static_cast<SliceObject*>(self.obj())->step; }

} // namespace

void init_slice_slots(Interpreter& interp) {
    Type* t = interp.types.slice;
    t->instance_size = sizeof(SliceObject);
    t->flags = (t->flags & ~kTypeBaseType) | kTypeGC;
    t->tp_new = slice_tp_new;
    t->repr = slice_repr;
    t->richcompare = slice_richcompare;
    t->hash = nullptr; // unhashable in 3.11
    t->destroy = destroy_as<SliceObject>;
}

Status init_slice_methods(Interpreter& interp) {
    static constexpr MethodDef kMethods[] = {{"indices", slice_indices_method}};
    static constexpr GetSetDef kGetSets[] = {
        {"start", slice_get_start}, {"stop", slice_get_stop}, {"step", slice_get_step}};
    BASTION_TRY(add_methods(interp, interp.types.slice, kMethods));
    return add_getsets(interp, interp.types.slice, kGetSets);
}

} // namespace bastion
