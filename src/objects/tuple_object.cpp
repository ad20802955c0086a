// tuple_object.cpp: the `tuple` type (construction, indexing and slicing, +, *, compare,
// CPython 3.11's xxHash-based hash, repr), its iterator, and CallArgs' keyword accessors
// (kwnames is a tuple). CPython: Objects/tupleobject.c.
#include "objects/alloc_fast.h"
#include "objects/tuple_object.h"

#include "gc/gc_state.h"
#include "gc/visitor.h"
#include "objects/containers_common.h"
#include "objects/list_object.h"
#include "objects/repr_guard.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "support/checked.h"

namespace bastion {

std::size_t CallArgs::nkw() const { return kwnames ? static_cast<std::size_t>(kwnames->size) : 0; }

StrObject* CallArgs::keyword_name(std::size_t i) const {
    BASTION_CHECK(kwnames != nullptr);
    return static_cast<StrObject*>(kwnames->at(static_cast<int64_t>(i)).obj());
}

TupleObject::~TupleObject() {
    // The last item first, as CPython's tupledealloc (the order finalizers run in).
    for (int64_t i = size; i > 0; i--) {
        Value v = items()[i - 1];
        items()[i - 1] = Value();
        decref(v);
    }
}

namespace {

// Exact tuples of up to this many items (`(left, right)`, call arguments, dict items)
// take alloc_small_tuple.
constexpr int64_t kSmallTupleMax = 8;

// What Interpreter::make_var (allocate_object_memory + init_object_header, objects/heap.cpp)
// does for an exact tuple of n null items, step for step, with the sizes known: the
// collector's allocation check, an accounted block (a waiting one from the free lists, else
// one from the heap, refused past --max-memory: one full collection and one retry), every
// byte of the block written (the generic path's memset),
// the block word, and tracking (`tuple` is a static type: no type reference). Null: out of
// memory. The blocks are freed by free_object as any other.
TupleObject* alloc_small_tuple(Interpreter& interp, int64_t n) {
    BASTION_CHECK(n >= 1 && n <= kSmallTupleMax);
    Type* type = interp.types.tuple;
    BASTION_ASSERT(type->has_flag(kTypeGC) && !type->has_flag(kTypeHeap) && !type->has_flag(kTypeManagedDict) &&
                   gc_type_is_trackable(type));
    Interpreter::GcState& g = interp.gc();
    if (g.count[0] > g.threshold[0]) // gc_maybe_collect's own first test
        gc_maybe_collect(interp);
    constexpr std::size_t prefix = sizeof(GcHeader) + gcb::kPrefixBytes;
    static_assert(prefix + sizeof(TupleObject) + kSmallTupleMax * sizeof(Value) <= gcb::kSizeMask);
    std::size_t total = prefix + sizeof(TupleObject) + static_cast<std::size_t>(n) * sizeof(Value);
    char* block = g.reuse_block(total, true); // every byte is written below
    if (block == nullptr)
        block = static_cast<char*>(interp.allocate(total));
    if (block == nullptr && interp.limits.max_memory_bytes != 0) {
        (void)gc_collect(interp, Interpreter::GcState::kGenerations - 1, "memory limit");
        block = static_cast<char*>(interp.allocate(total));
    }
    if (block == nullptr)
        return nullptr;
    ::new (static_cast<void*>(block)) GcHeader();
    *reinterpret_cast<uint64_t*>(block + sizeof(GcHeader)) = gcb::kTagLive | gcb::kHasGcHeader | total;
    *reinterpret_cast<void**>(block + prefix - sizeof(void*)) = nullptr; // the managed-dict slot
    auto* t = ::new (static_cast<void*>(block + prefix)) TupleObject;     // refcount 1
    t->type = type;
    // Unrolled by hand: as a loop, GCC makes it a `rep stos`, whose start-up costs more
    // than the few stores (n <= kSmallTupleMax, checked above).
    static_assert(kSmallTupleMax == 8);
    Value* items = t->items();
    switch (n) {
    case 8: ::new (static_cast<void*>(&items[7])) Value(); [[fallthrough]];
    case 7: ::new (static_cast<void*>(&items[6])) Value(); [[fallthrough]];
    case 6: ::new (static_cast<void*>(&items[5])) Value(); [[fallthrough]];
    case 5: ::new (static_cast<void*>(&items[4])) Value(); [[fallthrough]];
    case 4: ::new (static_cast<void*>(&items[3])) Value(); [[fallthrough]];
    case 3: ::new (static_cast<void*>(&items[2])) Value(); [[fallthrough]];
    case 2: ::new (static_cast<void*>(&items[1])) Value(); [[fallthrough]];
    default: ::new (static_cast<void*>(&items[0])) Value();
    }
    t->size = n;
    gc_track_new(g, t); // a zeroed GcHeader: never tracked
    return t;
}

// A tuple of `n` null slots with Python type `type`.
Result<Own<TupleObject>> tuple_alloc(Interpreter& interp, Type* type, int64_t n) {
    if (type == interp.types.tuple && type != nullptr && n >= 1 && n <= kSmallTupleMax) [[likely]] {
        TupleObject* t = alloc_small_tuple(interp, n);
        if (t == nullptr)
            return interp.no_memory();
        return Own<TupleObject>::steal(t);
    }
    if (n < 0 || n > kMaxContainerLength)
        return interp.no_memory();
    auto extra = checked_alloc_size(0, static_cast<std::size_t>(n), sizeof(Value));
    if (!extra)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Own<TupleObject> t, interp.make_var<TupleObject>(type, *extra));
    for (int64_t i = 0; i < n; i++)
        new (&t->items()[i]) Value();
    t->size = n;
    return t;
}

} // namespace

Result<Own<TupleObject>> tuple_new_uninitialized(Interpreter& interp, int64_t n) {
    if (n == 0 && interp.empty_tuple != nullptr)
        return Own<TupleObject>::borrow(interp.empty_tuple);
    return tuple_alloc(interp, interp.types.tuple, n);
}

void tuple_init_item(TupleObject* t, int64_t i, Ref value) {
    BASTION_CHECK(i >= 0 && i < t->size && t->items()[i].is_null());
    t->items()[i] = value.release();
}

Result<Own<TupleObject>> tuple_from(Interpreter& interp, std::span<const Value> items) {
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, static_cast<int64_t>(items.size())));
    for (std::size_t i = 0; i < items.size(); i++)
        tuple_init_item(t.get(), static_cast<int64_t>(i), Ref::borrow(items[i]));
    return t;
}

Result<Own<TupleObject>> tuple_of(Interpreter& interp, std::initializer_list<Value> items) {
    return tuple_from(interp, std::span<const Value>(items.begin(), items.size()));
}

bool is_tuple(Interpreter& interp, Value v) {
    if (!v.is_obj())
        return false;
    Type* t = v.obj()->type;
    return t == interp.types.tuple || t->has_flag(kTypeTupleSubclass) || is_subtype(t, interp.types.tuple);
}

namespace {

TupleObject* as_tuple(Value v) { return static_cast<TupleObject*>(v.obj()); }

// A tuple of `type` holding the items of a list (copied: the list may change later).
Result<Own<TupleObject>> tuple_from_list(Interpreter& interp, Type* type, ListObject* list) {
    int64_t n = static_cast<int64_t>(list->items.size());
    if (n == 0 && type == interp.types.tuple)
        return tuple_new_uninitialized(interp, 0);
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_alloc(interp, type, n));
    // No user code runs below; the list cannot change under us.
    for (int64_t i = 0; i < n; i++)
        tuple_init_item(t.get(), i, list->items[static_cast<std::size_t>(i)]);
    return t;
}

// tuple(iterable) with the given (sub)type.
Result<Own<TupleObject>> tuple_from_iterable(Interpreter& interp, Type* type, Value iterable) {
    if (type == interp.types.tuple && iterable.is_obj() && iterable.obj()->type == interp.types.tuple)
        return Own<TupleObject>::borrow(as_tuple(iterable));
    // Exact tuples only: a subclass may define its own __iter__ (CPython's PySequence_Tuple).
    if (is_exact(iterable, interp.types.tuple)) {
        TupleObject* src = as_tuple(iterable);
        if (src->size == 0 && type == interp.types.tuple)
            return tuple_new_uninitialized(interp, 0);
        BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_alloc(interp, type, src->size));
        for (int64_t i = 0; i < src->size; i++)
            tuple_init_item(t.get(), i, Ref::borrow(src->at(i)));
        return t;
    }
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_from_iterable(interp, iterable));
    return tuple_from_list(interp, type, list.get());
}

Result<Ref> tuple_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    BASTION_TRY(args_range(interp, args, "tuple", "tuple", 0, 1));
    if (args.npos == 0) {
        if (type == interp.types.tuple)
            return to_ref(tuple_new_uninitialized(interp, 0));
        return to_ref(tuple_alloc(interp, type, 0));
    }
    return to_ref(tuple_from_iterable(interp, type, args.items[0]));
}

Result<int64_t> tuple_length(Interpreter&, Value self) { return as_tuple(self)->size; }

Result<bool> tuple_truth(Interpreter&, Value self) { return as_tuple(self)->size != 0; }

Result<Ref> tuple_slice(Interpreter& interp, TupleObject* t, Value slice) {
    int64_t start = 0, stop = 0, step = 0, n = 0;
    BASTION_TRY(slice_indices(interp, slice, t->size, &start, &stop, &step, &n));
    if (n <= 0)
        return to_ref(tuple_new_uninitialized(interp, 0));
    if (start == 0 && step == 1 && n == t->size && t->type == interp.types.tuple)
        return Ref::borrow(Value(static_cast<Object*>(t)));
    BASTION_TRY_ASSIGN(Own<TupleObject> r, tuple_new_uninitialized(interp, n));
    for (int64_t i = 0, cur = start; i < n; i++, cur += step)
        tuple_init_item(r.get(), i, Ref::borrow(t->at(cur)));
    return r;
}

Result<Ref> tuple_getitem(Interpreter& interp, Value self, Value key) {
    TupleObject* t = as_tuple(self);
    if (has_index(interp, key)) {
        BASTION_TRY_ASSIGN(int64_t i, index_exact(interp, key, interp.exc.IndexError));
        if (i < 0)
            i += t->size;
        if (i < 0 || i >= t->size)
            return interp.raise(interp.exc.IndexError, "tuple index out of range");
        return Ref::borrow(t->at(i));
    }
    if (is_slice(interp, key))
        return tuple_slice(interp, t, key);
    return interp.raise_fmt(interp.exc.TypeError, "tuple indices must be integers or slices, not {}",
                            type_name(interp, key));
}

Result<bool> tuple_contains(Interpreter& interp, Value self, Value item) {
    TupleObject* t = as_tuple(self);
    for (int64_t i = 0; i < t->size; i++) {
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, t->at(i), item, bc::CompareOpKind::Eq));
        if (eq)
            return true;
    }
    return false;
}

Result<Ref> tuple_concat(Interpreter& interp, TupleObject* a, TupleObject* b) {
    if (a->size == 0 && b->type == interp.types.tuple)
        return Ref::borrow(Value(static_cast<Object*>(b)));
    if (b->size == 0 && a->type == interp.types.tuple)
        return Ref::borrow(Value(static_cast<Object*>(a)));
    BASTION_TRY_ASSIGN(Own<TupleObject> r, tuple_new_uninitialized(interp, a->size + b->size));
    for (int64_t i = 0; i < a->size; i++)
        tuple_init_item(r.get(), i, Ref::borrow(a->at(i)));
    for (int64_t i = 0; i < b->size; i++)
        tuple_init_item(r.get(), a->size + i, Ref::borrow(b->at(i)));
    return r;
}

Result<Ref> tuple_add(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_tuple(interp, lhs))
        return not_implemented(interp);
    if (is_tuple(interp, rhs))
        return tuple_concat(interp, as_tuple(lhs), as_tuple(rhs));
    bool answered = false;
    BASTION_TRY_ASSIGN(Ref r, try_other_operand(interp, bc::BinaryOpKind::Add, lhs, rhs, tuple_add, &answered));
    if (answered)
        return r;
    return interp.raise_fmt(interp.exc.TypeError, "can only concatenate tuple (not \"{}\") to tuple",
                            type_name(interp, rhs));
}

Result<Ref> tuple_repeat(Interpreter& interp, TupleObject* t, Value count) {
    BASTION_TRY_ASSIGN(int64_t n, index_exact(interp, count, interp.exc.OverflowError));
    if (n < 0)
        n = 0;
    if (t->size == 0 || (n == 1 && t->type == interp.types.tuple))
        return Ref::borrow(Value(static_cast<Object*>(t)));
    auto total = checked_mul(t->size, n);
    if (!total || *total > kMaxContainerLength)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Own<TupleObject> r, tuple_new_uninitialized(interp, *total));
    for (int64_t k = 0, j = 0; k < n; k++)
        for (int64_t i = 0; i < t->size; i++, j++)
            tuple_init_item(r.get(), j, Ref::borrow(t->at(i)));
    return r;
}

Result<Ref> tuple_mul(Interpreter& interp, Value lhs, Value rhs) {
    if (is_tuple(interp, lhs)) {
        if (has_index(interp, rhs))
            return tuple_repeat(interp, as_tuple(lhs), rhs);
        bool answered = false;
        BASTION_TRY_ASSIGN(Ref r, try_other_operand(interp, bc::BinaryOpKind::Multiply, lhs, rhs, tuple_mul, &answered));
        if (answered)
            return r;
        return interp.raise_fmt(interp.exc.TypeError, "can't multiply sequence by non-int of type '{}'",
                                type_name(interp, rhs));
    }
    // Reflected: n * tuple, reached after n's own slot declined.
    if (has_index(interp, lhs))
        return tuple_repeat(interp, as_tuple(rhs), lhs);
    return interp.raise_fmt(interp.exc.TypeError, "can't multiply sequence by non-int of type '{}'",
                            type_name(interp, lhs));
}

Result<Ref> tuple_richcompare(Interpreter& interp, Value v, Value w, bc::CompareOpKind op) {
    if (!is_tuple(interp, v) || !is_tuple(interp, w))
        return not_implemented(interp);
    BASTION_TRY(check_native_stack(interp));
    return sequence_richcompare(
        interp, v, w, op, [](Value s) { return as_tuple(s)->size; }, [](Value s, int64_t i) { return as_tuple(s)->at(i); });
}

} // namespace

namespace {

Result<int64_t> tuple_hash(Interpreter& interp, Value self) {
    TupleObject* t = as_tuple(self);
    if (t->hash_cache != -1)
        return t->hash_cache;
    BASTION_TRY(check_native_stack(interp));
    TupleHasher hasher;
    for (int64_t i = 0; i < t->size; i++) {
        BASTION_TRY_ASSIGN(int64_t lane, hash(interp, t->at(i)));
        hasher.add(lane);
    }
    int64_t h = hasher.finish(t->size);
    t->hash_cache = h;
    return h;
}

Result<Ref> tuple_repr(Interpreter& interp, Value self) {
    TupleObject* t = as_tuple(self);
    if (t->size == 0)
        return str_result(interp, "()");
    ReprGuard guard(interp, t);
    if (guard.recursive())
        return str_result(interp, "(...)");
    BASTION_TRY(check_native_stack(interp));
    std::string out = "(";
    for (int64_t i = 0; i < t->size; i++) {
        if (i > 0)
            out += ", ";
        BASTION_TRY(append_repr(interp, out, t->at(i)));
    }
    out += t->size == 1 ? ",)" : ")";
    return str_result(interp, out);
}

// --- iterator ----------------------------------------------------------------------------------

struct TupleIterObject : Object {
    Own<TupleObject> seq; // null once exhausted
    int64_t index = 0;
    void traverse(Visitor& v) const { v.visit(seq); }
};

Result<Ref> tuple_iter(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Own<TupleIterObject> it, (make_fixed<TupleIterObject, true>(interp, interp.types.tuple_iterator)));
    it->seq = Own<TupleObject>::borrow(as_tuple(self));
    return it;
}

Result<Ref> tuple_iter_next(Interpreter&, Value self) {
    auto* it = static_cast<TupleIterObject*>(self.obj());
    if (!it->seq)
        return Ref();
    if (it->index < it->seq->size)
        return Ref::borrow(it->seq->at(it->index++));
    it->seq = Own<TupleObject>();
    return Ref();
}

Result<Ref> tuple_iter_length_hint(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(TupleIterObject * it,
                       self_as<TupleIterObject>(interp, self, interp.types.tuple_iterator, "__length_hint__"));
    BASTION_TRY(args_none(interp, args, "tuple_iterator.__length_hint__"));
    return Ref::small_int(it->seq ? it->seq->size - it->index : 0);
}

// --- methods -----------------------------------------------------------------------------------

Result<Ref> tuple_count(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(TupleObject * t, self_as<TupleObject>(interp, self, interp.types.tuple, "count"));
    BASTION_TRY(args_one(interp, args, "tuple.count"));
    int64_t count = 0;
    for (int64_t i = 0; i < t->size; i++) {
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, t->at(i), args.items[0], bc::CompareOpKind::Eq));
        count += eq ? 1 : 0;
    }
    return Ref::small_int(count);
}

Result<Ref> tuple_index(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(TupleObject * t, self_as<TupleObject>(interp, self, interp.types.tuple, "index"));
    BASTION_TRY(args_range(interp, args, "tuple.index", "index", 1, 3));
    int64_t start = 0, stop = t->size;
    for (std::size_t k = 1; k < args.npos; k++) {
        Value v = args.items[k];
        if (!has_index(interp, v))
            return interp.raise(interp.exc.TypeError, "slice indices must be integers or have an __index__ method");
        BASTION_TRY_ASSIGN(int64_t x, index_clamped(interp, v));
        if (x < 0) {
            x += t->size;
            if (x < 0)
                x = 0;
        }
        (k == 1 ? start : stop) = x;
    }
    for (int64_t i = start; i < stop && i < t->size; i++) {
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, t->at(i), args.items[0], bc::CompareOpKind::Eq));
        if (eq)
            return Ref::small_int(i);
    }
    return interp.raise(interp.exc.ValueError, "tuple.index(x): x not in tuple");
}

Result<Ref> tuple_getnewargs(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(TupleObject * t, self_as<TupleObject>(interp, self, interp.types.tuple, "__getnewargs__"));
    BASTION_TRY(args_none(interp, args, "tuple.__getnewargs__"));
    BASTION_TRY_ASSIGN(Own<TupleObject> copy, tuple_from(interp, t->view()));
    return to_ref(tuple_of(interp, {Value(static_cast<Object*>(copy.get()))}));
}

} // namespace

void init_tuple_slots(Interpreter& interp) {
    Type* t = interp.types.tuple;
    t->instance_size = sizeof(TupleObject);
    t->flags |= kTypeBaseType | kTypeGC | kTypeTupleSubclass;
    t->tp_new = tuple_tp_new;
    t->repr = tuple_repr;
    t->hash = tuple_hash;
    t->richcompare = tuple_richcompare;
    t->iter = tuple_iter;
    t->length = tuple_length;
    t->getitem = tuple_getitem;
    t->contains = tuple_contains;
    t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Add)] = tuple_add;
    t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Multiply)] = tuple_mul;
    t->number.truth = tuple_truth;
    t->destroy = destroy_as<TupleObject>;

    Type* it = interp.types.tuple_iterator;
    it->instance_size = sizeof(TupleIterObject);
    it->flags = (it->flags & ~kTypeBaseType) | kTypeGC;
    it->iter = iter_self;
    it->iternext = tuple_iter_next;
    it->destroy = destroy_as<TupleIterObject>;
    it->traverse = traverse_as<TupleIterObject>;
}

Status init_tuple_methods(Interpreter& interp) {
    static constexpr MethodDef kMethods[] = {
        {"count", tuple_count}, {"index", tuple_index}, {"__getnewargs__", tuple_getnewargs}};
    static constexpr MethodDef kIterMethods[] = {{"__length_hint__", tuple_iter_length_hint}};
    BASTION_TRY(add_methods(interp, interp.types.tuple, kMethods));
    return add_methods(interp, interp.types.tuple_iterator, kIterMethods);
}

} // namespace bastion
