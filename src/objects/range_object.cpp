// range_object.cpp: the `range` type (construction, len, indexing incl. negative, slicing
// to a range, O(1) `in`/index/count for ints, ==, hash, repr, reversed) and
// `range_iterator`. CPython: Objects/rangeobject.c.
// Ranges past int64 (bounds or length) keep Python ints and go to range_big.cpp; like
// CPython, their len() raises OverflowError when the length does not fit.
#include "objects/range_object.h"

#include "objects/alloc_fast.h"

#include "objects/container_fast.h"
#include "objects/containers_common.h"
#include "objects/slice_object.h"
#include "objects/tuple_object.h"

namespace bastion {

Result<Own<RangeObject>> range_new(Interpreter& interp, int64_t start, int64_t stop, int64_t step) {
    if (step == 0)
        return interp.raise(interp.exc.ValueError, "range() arg 3 must not be zero");
    int64_t n = range_length_of(start, stop, step);
    if (n < 0)
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C ssize_t");
    BASTION_TRY_ASSIGN(Own<RangeObject> r, (make_fixed<RangeObject, false>(interp, interp.types.range)));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = n;
    return r;
}

Result<Ref> range_of_small_ints(Interpreter& interp, const Value* args, std::size_t n) {
    BASTION_CHECK(n >= 1 && n <= 3);
    int64_t start = 0, stop = 0, step = 1;
    if (n == 1) {
        stop = args[0].small_int_value();
    } else {
        start = args[0].small_int_value();
        stop = args[1].small_int_value();
        if (n == 3)
            step = args[2].small_int_value();
    }
    // (Small ints are within +-2**62, so every length fits int64 and range_from_ints would
    // take range_new too; range_new raises its ValueError for a zero step.)
    return to_ref(range_new(interp, start, stop, step));
}

bool is_range(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.range; }

namespace {

RangeObject* as_range(Value v) { return static_cast<RangeObject*>(v.obj()); }

Result<Ref> range_tp_new(Interpreter& interp, Type*, CallArgs args) {
    BASTION_TRY(args_range(interp, args, "range", "range", 1, 3));
    Ref start = Ref::small_int(0), stop, step = Ref::small_int(1);
    if (args.npos == 1) {
        BASTION_TRY_ASSIGN(stop, index(interp, args.items[0]));
    } else {
        BASTION_TRY_ASSIGN(start, index(interp, args.items[0]));
        BASTION_TRY_ASSIGN(stop, index(interp, args.items[1]));
        if (args.npos == 3) {
            BASTION_TRY_ASSIGN(step, index(interp, args.items[2]));
        }
    }
    return range_from_ints(interp, start, stop, step);
}

// The i-th item (0 <= i < length): always within [start, stop], so it fits int64.
int64_t range_item(const RangeObject* r, int64_t i) {
    return static_cast<int64_t>(static_cast<__int128>(r->start) + static_cast<__int128>(i) * r->step);
}

Result<int64_t> range_len(Interpreter& interp, Value self) {
    RangeObject* r = as_range(self);
    return r->big ? range_big_len(interp, r) : Result<int64_t>(r->length);
}
Result<bool> range_truth(Interpreter&, Value self) {
    RangeObject* r = as_range(self);
    return r->big ? range_big_truth(r) : r->length != 0;
}

Result<Ref> range_slice(Interpreter& interp, RangeObject* r, Value slice) {
    int64_t start = 0, stop = 0, step = 0, n = 0;
    BASTION_TRY(slice_indices(interp, slice, r->length, &start, &stop, &step, &n));
    __int128 new_start = static_cast<__int128>(r->start) + static_cast<__int128>(start) * r->step;
    __int128 new_stop = static_cast<__int128>(r->start) + static_cast<__int128>(stop) * r->step;
    __int128 new_step = static_cast<__int128>(r->step) * step;
    auto fits = [](__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
    if (!fits(new_start) || !fits(new_stop) || !fits(new_step))
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return to_ref(range_new(interp, static_cast<int64_t>(new_start), static_cast<int64_t>(new_stop),
                            static_cast<int64_t>(new_step)));
}

Result<Ref> range_getitem(Interpreter& interp, Value self, Value key) {
    RangeObject* r = as_range(self);
    if (r->big)
        return range_big_getitem(interp, r, key);
    if (has_index(interp, key)) {
        BASTION_TRY_ASSIGN(int64_t i, index_exact(interp, key, interp.exc.IndexError));
        if (i < 0)
            i += r->length;
        if (i < 0 || i >= r->length)
            return interp.raise(interp.exc.IndexError, "range object index out of range");
        return int_from_i64(interp, range_item(r, i));
    }
    if (is_slice(interp, key))
        return range_slice(interp, r, key);
    return interp.raise_fmt(interp.exc.TypeError, "range indices must be integers or slices, not {}",
                            type_name(interp, key));
}

// Position of int `v` in the range, or -1.
int64_t range_position(const RangeObject* r, Value v) {
    int64_t x = 0;
    if (!int_to_i64(v, &x))
        return -1;
    __int128 off = static_cast<__int128>(x) - r->start;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop))
        return -1;
    if (off % r->step != 0)
        return -1;
    return static_cast<int64_t>(off / r->step);
}

// CPython checks PyLong_CheckExact || PyBool_Check for the O(1) paths.
bool is_plain_int(Interpreter& interp, Value v) {
    return v.is_small_int() || (v.is_obj() && (v.obj()->type == interp.types.int_ || v.obj()->type == interp.types.bool_));
}

// Linear search with ==, for non-int items (CPython's _PySequence_IterSearch).
Result<int64_t> range_search(Interpreter& interp, RangeObject* r, Value item, bool count) {
    if (r->big) { // through the iterator: as slow as CPython's, never out of bounds
        BASTION_TRY_ASSIGN(Ref it, get_iter(interp, Value(static_cast<Object*>(r))));
        int64_t i = 0, hits = 0;
        for (;; i++) {
            BASTION_TRY_ASSIGN(Ref v, iter_next(interp, it));
            if (!v)
                return count ? hits : -1;
            BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, v, item, bc::CompareOpKind::Eq));
            if (eq) {
                if (!count)
                    return i;
                hits++;
            }
        }
    }
    int64_t hits = 0;
    for (int64_t i = 0; i < r->length; i++) {
        BASTION_TRY(interp.charge_steps(1)); // as iter_next: a range holds no memory to bound it
        BASTION_TRY_ASSIGN(Ref v, int_from_i64(interp, range_item(r, i)));
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, v, item, bc::CompareOpKind::Eq));
        if (eq) {
            if (!count)
                return i;
            hits++;
        }
    }
    return count ? hits : -1;
}

Result<bool> range_contains(Interpreter& interp, Value self, Value item) {
    RangeObject* r = as_range(self);
    if (is_plain_int(interp, item) && r->big) {
        BASTION_TRY_ASSIGN(Ref pos, range_big_position(interp, r, item));
        return static_cast<bool>(pos);
    }
    if (is_plain_int(interp, item))
        return range_position(r, item) >= 0;
    BASTION_TRY_ASSIGN(int64_t pos, range_search(interp, r, item, false));
    return pos >= 0;
}

Result<Ref> range_richcompare(Interpreter& interp, Value v, Value w, bc::CompareOpKind op) {
    if (!is_range(interp, v) || !is_range(interp, w) || (op != bc::CompareOpKind::Eq && op != bc::CompareOpKind::Ne))
        return not_implemented(interp);
    RangeObject* a = as_range(v);
    RangeObject* b = as_range(w);
    if (a->big || b->big) { // compare (length, start, step) as ints
        Ref pa[4], pb[4];
        for (int k = 0; k < 4; k++) {
            BASTION_TRY_ASSIGN(pa[k], range_part(interp, a, k));
            BASTION_TRY_ASSIGN(pb[k], range_part(interp, b, k));
        }
        bool same_len = int_compare(pa[3], pb[3]) == 0;
        bool one = int_compare(pa[3], Value::small_int(1)) == 0;
        bool big_eq = a == b || (same_len && (int_sign(pa[3]) == 0 ||
                                              (int_compare(pa[0], pb[0]) == 0 && (one || int_compare(pa[2], pb[2]) == 0))));
        return interp.new_bool(big_eq == (op == bc::CompareOpKind::Eq));
    }
    bool eq = a == b || (a->length == b->length &&
                         (a->length == 0 || (a->start == b->start && (a->length == 1 || a->step == b->step))));
    return interp.new_bool(eq == (op == bc::CompareOpKind::Eq));
}

// hash((len, start, step)) with None for the parts that do not matter (CPython).
Result<int64_t> range_hash(Interpreter& interp, Value self) {
    RangeObject* r = as_range(self);
    BASTION_TRY_ASSIGN(Ref len, range_part(interp, r, 3));
    BASTION_TRY_ASSIGN(Ref start, range_part(interp, r, 0));
    BASTION_TRY_ASSIGN(Ref step, range_part(interp, r, 2));
    Value none(interp.none);
    Value second = int_sign(len) == 0 ? none : start.get();
    Value third = int_compare(len, Value::small_int(1)) <= 0 ? none : step.get();
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {len.get(), second, third}));
    return hash(interp, Value(static_cast<Object*>(t.get())));
}

Result<Ref> range_repr(Interpreter& interp, Value self) {
    RangeObject* r = as_range(self);
    if (r->big)
        return range_big_repr(interp, r);
    if (r->step == 1)
        return str_result(interp, fmt::format("range({}, {})", r->start, r->stop));
    return str_result(interp, fmt::format("range({}, {}, {})", r->start, r->stop, r->step));
}

// --- iterator ------------------------------------------------------------------------------------

// RangeIterObject is in objects/container_fast.h (FOR_ITER reads it).

// A big-range iterator from `first` by `step`, `count` items.
Result<Ref> make_big_range_iter(Interpreter& interp, Ref first, Ref step, Ref count) {
    BASTION_TRY_ASSIGN(Own<RangeIterObject> it, interp.make<RangeIterObject>(interp.types.range_iterator));
    it->big_next = std::move(first);
    it->big_step = std::move(step);
    it->big_left = std::move(count);
    return std::move(it).into_ref();
}

Result<Ref> make_range_iter(Interpreter& interp, __int128 start, __int128 step, int64_t length) {
    BASTION_TRY_ASSIGN(Own<RangeIterObject> it, (make_fixed<RangeIterObject, false>(interp, interp.types.range_iterator)));
    it->start = start;
    it->step = step;
    it->length = length;
    return std::move(it).into_ref();
}

Result<Ref> range_iter(Interpreter& interp, Value self) {
    RangeObject* r = as_range(self);
    if (r->big) {
        BASTION_TRY_ASSIGN(Ref first, range_part(interp, r, 0));
        BASTION_TRY_ASSIGN(Ref step, range_part(interp, r, 2));
        BASTION_TRY_ASSIGN(Ref count, range_part(interp, r, 3));
        return make_big_range_iter(interp, std::move(first), std::move(step), std::move(count));
    }
    return make_range_iter(interp, r->start, r->step, r->length);
}

Result<Ref> range_iter_next(Interpreter& interp, Value self) {
    auto* it = static_cast<RangeIterObject*>(self.obj());
    if (it->big_left) {
        if (int_sign(it->big_left) <= 0)
            return Ref();
        Ref value = it->big_next;
        BASTION_TRY_ASSIGN(Ref next, range_int_op(interp, bc::BinaryOpKind::Add, value, it->big_step));
        BASTION_TRY_ASSIGN(Ref left, range_int_op(interp, bc::BinaryOpKind::Subtract, it->big_left, Value::small_int(1)));
        it->big_next = std::move(next);
        it->big_left = std::move(left);
        return value;
    }
    if (it->index >= it->length)
        return Ref();
    __int128 v = it->start + static_cast<__int128>(it->index) * it->step;
    it->index++;
    return int_from_i64(interp, static_cast<int64_t>(v));
}

Result<Ref> range_iter_length_hint(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(RangeIterObject * it,
                       self_as<RangeIterObject>(interp, self, interp.types.range_iterator, "__length_hint__"));
    BASTION_TRY(args_none(interp, args, "range_iterator.__length_hint__"));
    if (it->big_left)
        return it->big_left;
    return int_from_i64(interp, it->length - it->index);
}

// --- methods ----------------------------------------------------------------------------------------

Result<Ref> range_count_method(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(RangeObject * r, self_as<RangeObject>(interp, self, interp.types.range, "count"));
    BASTION_TRY(args_one(interp, args, "range.count"));
    if (is_plain_int(interp, args.items[0]) && r->big) {
        BASTION_TRY_ASSIGN(Ref pos, range_big_position(interp, r, args.items[0]));
        return Ref::small_int(pos ? 1 : 0);
    }
    if (is_plain_int(interp, args.items[0]))
        return Ref::small_int(range_position(r, args.items[0]) >= 0 ? 1 : 0);
    BASTION_TRY_ASSIGN(int64_t n, range_search(interp, r, args.items[0], true));
    return int_from_i64(interp, n);
}

Result<Ref> range_index_method(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(RangeObject * r, self_as<RangeObject>(interp, self, interp.types.range, "index"));
    BASTION_TRY(args_one(interp, args, "range.index"));
    Value item = args.items[0];
    if (is_plain_int(interp, item) && r->big) {
        BASTION_TRY_ASSIGN(Ref pos, range_big_position(interp, r, item));
        if (pos)
            return pos;
        std::string text;
        BASTION_TRY(append_repr(interp, text, item));
        return interp.raise_fmt(interp.exc.ValueError, "{} is not in range", text);
    }
    if (is_plain_int(interp, item)) {
        int64_t pos = range_position(r, item);
        if (pos >= 0)
            return int_from_i64(interp, pos);
        std::string text;
        BASTION_TRY(append_repr(interp, text, item));
        return interp.raise_fmt(interp.exc.ValueError, "{} is not in range", text);
    }
    BASTION_TRY_ASSIGN(int64_t pos, range_search(interp, r, item, false));
    if (pos < 0)
        return interp.raise(interp.exc.ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(interp, pos);
}

Result<Ref> range_reversed_method(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(RangeObject * r, self_as<RangeObject>(interp, self, interp.types.range, "__reversed__"));
    BASTION_TRY(args_none(interp, args, "range.__reversed__"));
    if (r->big) { // from start + (length - 1) * step, by -step
        BASTION_TRY_ASSIGN(Ref count, range_part(interp, r, 3));
        BASTION_TRY_ASSIGN(Ref step, range_part(interp, r, 2));
        BASTION_TRY_ASSIGN(Ref start, range_part(interp, r, 0));
        BASTION_TRY_ASSIGN(Ref last_index, range_int_op(interp, bc::BinaryOpKind::Subtract, count, Value::small_int(1)));
        BASTION_TRY_ASSIGN(Ref off, range_int_op(interp, bc::BinaryOpKind::Multiply, last_index, step));
        BASTION_TRY_ASSIGN(Ref last, range_int_op(interp, bc::BinaryOpKind::Add, start, off));
        BASTION_TRY_ASSIGN(Ref neg, int_negative(interp, step));
        return make_big_range_iter(interp, std::move(last), std::move(neg), std::move(count));
    }
    __int128 last = static_cast<__int128>(r->start) + static_cast<__int128>(r->length - 1) * r->step;
    return make_range_iter(interp, r->length == 0 ? 0 : last, -static_cast<__int128>(r->step), r->length);
}

Result<Ref> range_get_start(Interpreter& interp, Value self) { return range_part(interp, as_range(self), 0); }
Result<Ref> range_get_stop(Interpreter& interp, Value self) { return range_part(interp, as_range(self), 1); }
Result<Ref> range_get_step(Interpreter& interp, Value self) { return range_part(interp, as_range(self), 2); }

} // namespace

void init_range_slots(Interpreter& interp) {
    Type* t = interp.types.range;
    t->instance_size = sizeof(RangeObject);
    t->flags &= ~kTypeBaseType; // range cannot be subclassed
    t->tp_new = range_tp_new;
    t->repr = range_repr;
    t->hash = range_hash;
    t->richcompare = range_richcompare;
    t->iter = range_iter;
    t->length = range_len;
    t->getitem = range_getitem;
    t->contains = range_contains;
    t->number.truth = range_truth;
    t->destroy = destroy_as<RangeObject>;

    Type* it = interp.types.range_iterator;
    it->instance_size = sizeof(RangeIterObject);
    it->flags &= ~kTypeBaseType;
    it->iter = iter_self;
    it->iternext = range_iter_next;
    it->destroy = destroy_as<RangeIterObject>;
}

Status init_range_methods(Interpreter& interp) {
    static constexpr MethodDef kMethods[] = {
        {"count", range_count_method}, {"index", range_index_method}, {"__reversed__", range_reversed_method}};
    static constexpr GetSetDef kGetSets[] = {
        {"start", range_get_start}, {"stop", range_get_stop}, {"step", range_get_step}};
    static constexpr MethodDef kIterMethods[] = {{"__length_hint__", range_iter_length_hint}};
    BASTION_TRY(add_methods(interp, interp.types.range, kMethods));
    BASTION_TRY(add_getsets(interp, interp.types.range, kGetSets));
    return add_methods(interp, interp.types.range_iterator, kIterMethods);
}

} // namespace bastion
