// list_object.cpp: the `list` type — construction, indexing and slicing (get/set/del with
// extended steps), +, +=, *, *=, comparison, repr, methods — and its two iterators.
// Re-entrancy rule (LESSONS.md): every call that can run Python code (==, repr, iteration,
// __index__) holds owning references to the items it uses and re-reads the size after it
// returns; removed items are released only after the list is consistent again.
// CPython: Objects/listobject.c. Sorting lives in list_sort.cpp.
#include "objects/alloc_fast.h"
#include "objects/list_object.h"

#include <algorithm>
#include <limits>
#include <new>
#include <stdexcept>

#include "gc/visitor.h"
#include "objects/container_fast.h"
#include "objects/containers_common.h"
#include "objects/list_sort.h"
#include "objects/repr_guard.h"
#include "objects/slice_object.h"
#include "objects/tuple_object.h"
#include "support/checked.h"
#include "vm/generator.h"

namespace bastion {

void ListIterObject::traverse(Visitor& v) const { v.visit(seq); }

namespace {

ListObject* as_list(Value v) { return static_cast<ListObject*>(v.obj()); }
int64_t list_size(const ListObject* l) { return static_cast<int64_t>(l->items.size()); }
Value list_at(const ListObject* l, int64_t i) {
    BASTION_CHECK(i >= 0 && i < list_size(l));
    return l->items[static_cast<std::size_t>(i)].get();
}

// Make room for `total` items; MemoryError (never a C++ exception or abort) when the size
// is absurd or over the interpreter's memory budget.
Status list_reserve(Interpreter& interp, ListObject* l, int64_t total) {
    if (total < 0 || total > kMaxContainerLength)
        return interp.no_memory();
    if (static_cast<std::size_t>(total) <= l->items.capacity())
        return {};
    // Amortised growth, as push_back would do, but never past the memory budget: the
    // storage is counted (CountedAllocator), so the old buffer is part of memory_in_use
    // while the new one is allocated next to it.
    std::size_t grow = l->items.capacity() + l->items.capacity() / 2;
    // One more item (append, insert): at least 4 slots more, as CPython's first allocation,
    // so a list built by appends to a handful of items (`chunk.append(x)` up to 7)
    // reallocates twice, not six times. Exact-size requests (list_new, slices) stay exact.
    if (static_cast<std::size_t>(total) == l->items.size() + 1)
        grow = std::max(grow, l->items.capacity() + 4);
    std::size_t want = std::max<std::size_t>(static_cast<std::size_t>(total), grow);
    if (interp.limits.max_memory_bytes != 0) {
        auto fits = [&](std::size_t n) {
            uint64_t bytes = static_cast<uint64_t>(n) * sizeof(Ref);
            uint64_t in_use = interp.memory_in_use();
            return in_use <= interp.limits.max_memory_bytes && bytes <= interp.limits.max_memory_bytes - in_use;
        };
        // Near the limit: smaller steps, but never exact-size steps for appends (each would
        // copy the whole list: quadratic). Exact size only for one large growth.
        std::size_t need = static_cast<std::size_t>(total);
        if (!fits(want))
            want = need + std::max<std::size_t>(need / 16, 8);
        if (!fits(want) && need >= 2 * l->items.capacity())
            want = need;
        if (!fits(want))
            return interp.no_memory();
    }
    try {
        l->items.reserve(want);
    } catch (const std::bad_alloc&) {
        return interp.no_memory();
    } catch (const std::length_error&) {
        return interp.no_memory();
    }
    return {};
}

Status list_push(Interpreter& interp, ListObject* l, Ref item) {
    // Room already (list_reserve's own first answer): no call.
    std::size_t size = l->items.size();
    if (size < l->items.capacity() && size < static_cast<std::size_t>(kMaxContainerLength)) [[likely]] {
        l->items.push_back(std::move(item));
        return {};
    }
    BASTION_TRY(list_reserve(interp, l, list_size(l) + 1));
    l->items.push_back(std::move(item));
    return {};
}

// Items as owning references: the snapshot stays valid whatever user code does later.
std::vector<Ref> snapshot(const ListObject* l) { return std::vector<Ref>(l->items.begin(), l->items.end()); }

// Remove items [lo, hi) (already clamped). The removed references are released after the
// list is consistent, since releasing may run __del__, which may look at the list.
void list_erase(ListObject* l, int64_t lo, int64_t hi) {
    if (lo >= hi)
        return;
    std::vector<Ref> garbage;
    garbage.reserve(static_cast<std::size_t>(hi - lo));
    for (int64_t i = lo; i < hi; i++)
        garbage.push_back(std::move(l->items[static_cast<std::size_t>(i)]));
    l->items.erase(l->items.begin() + lo, l->items.begin() + hi);
    release_last_first(garbage);
}

void list_clear_items(ListObject* l) {
    RefVector garbage(l->items.get_allocator());
    garbage.swap(l->items);
    release_last_first(garbage);
}

// Replace items [lo, hi) (clamped here against the current size) by `repl`.
Status list_splice(Interpreter& interp, ListObject* l, int64_t lo, int64_t hi, std::vector<Ref> repl) {
    int64_t n = list_size(l);
    lo = std::clamp<int64_t>(lo, 0, n);
    hi = std::clamp<int64_t>(hi, lo, n);
    int64_t newsize = n - (hi - lo) + static_cast<int64_t>(repl.size());
    BASTION_TRY(list_reserve(interp, l, newsize));
    std::vector<Ref> garbage;
    for (int64_t i = lo; i < hi; i++)
        garbage.push_back(std::move(l->items[static_cast<std::size_t>(i)]));
    l->items.erase(l->items.begin() + lo, l->items.begin() + hi);
    l->items.insert(l->items.begin() + lo, std::make_move_iterator(repl.begin()), std::make_move_iterator(repl.end()));
    release_last_first(garbage);
    return {};
}

// PySequence_Fast: the items of a list/tuple, or of any iterable. A TypeError from iter()
// becomes `not_iterable` when given.
// Only exact lists and tuples are copied directly, as CPython does: a subclass may define
// its own __iter__.
Result<std::vector<Ref>> sequence_items(Interpreter& interp, Value v, const char* not_iterable = nullptr) {
    std::vector<Ref> out;
    if (is_exact(v, interp.types.list))
        return snapshot(as_list(v));
    if (is_exact(v, interp.types.tuple)) {
        auto* t = static_cast<TupleObject*>(v.obj());
        out.reserve(static_cast<std::size_t>(t->size));
        for (int64_t i = 0; i < t->size; i++)
            out.push_back(Ref::borrow(t->at(i)));
        return out;
    }
    auto iter = get_iter(interp, v);
    if (!iter.ok()) {
        if (not_iterable != nullptr && raised_matches(iter.error(), interp.exc.TypeError))
            return interp.raise(interp.exc.TypeError, not_iterable);
        return iter.take_error();
    }
    Ref it = std::move(iter.value());
    for (;;) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (!item)
            break;
        if (static_cast<int64_t>(out.size()) >= kMaxContainerLength)
            return interp.no_memory();
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace

// --- public API ---------------------------------------------------------------------------------

Result<Own<ListObject>> list_new(Interpreter& interp, std::span<const Value> items) {
    BASTION_TRY_ASSIGN(Own<ListObject> l, (make_fixed<ListObject>(interp, interp.types.list, interp)));
    BASTION_TRY(list_reserve(interp, l.get(), static_cast<int64_t>(items.size())));
    for (Value v : items)
        l->items.push_back(Ref::borrow(v));
    return l;
}

Status list_append(Interpreter& interp, ListObject* list, Value item) { return list_push(interp, list, Ref::borrow(item)); }

bool is_list(Interpreter& interp, Value v) {
    if (!v.is_obj())
        return false;
    Type* t = v.obj()->type;
    return t == interp.types.list || t->has_flag(kTypeListSubclass) || is_subtype(t, interp.types.list);
}

namespace {

// Copies exact lists and tuples (and the list itself: extending a list by itself must not
// iterate while it grows); anything else, subclasses included, goes through iter().
Status list_extend_impl(Interpreter& interp, ListObject* l, Value iterable) {
    bool is_self = iterable.is_obj() && iterable.obj() == l;
    if (is_self || is_exact(iterable, interp.types.list) || is_exact(iterable, interp.types.tuple)) {
        BASTION_TRY_ASSIGN(std::vector<Ref> items, sequence_items(interp, iterable));
        BASTION_TRY(list_reserve(interp, l, list_size(l) + static_cast<int64_t>(items.size())));
        for (Ref& r : items)
            l->items.push_back(std::move(r));
        return {};
    }
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, iterable));
    // A generator (list(x for x in ...), tuple(), sorted(), str.join) is driven by the loop
    // (generator_drive), anything else drawn with iter_next.
    return for_each_item(
        interp, it,
        [&](Ref item) -> Result<bool> {
            BASTION_TRY(list_push(interp, l, std::move(item)));
            return true;
        },
        [&](Ref& item) -> bool {
            // With room already (no allocation) the item moves in: taken quietly.
            std::size_t size = l->items.size();
            if (size < l->items.capacity() && size < static_cast<std::size_t>(kMaxContainerLength)) {
                l->items.push_back(std::move(item));
                return true;
            }
            return false;
        });
}

} // namespace

Result<Own<ListObject>> list_from_iterable(Interpreter& interp, Value iterable) {
    BASTION_TRY_ASSIGN(Own<ListObject> l, (make_fixed<ListObject>(interp, interp.types.list, interp)));
    BASTION_TRY(list_extend_impl(interp, l.get(), iterable));
    return l;
}

namespace {

// --- construction ---------------------------------------------------------------------------------

Result<Ref> list_tp_new(Interpreter& interp, Type* type, CallArgs) {
    return to_ref((make_fixed<ListObject>(interp, type, interp)));
}

Status list_tp_init(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(args_range(interp, args, "list", "list", 0, 1));
    ListObject* l = as_list(self);
    list_clear_items(l);
    if (args.npos == 1)
        BASTION_TRY(list_extend_impl(interp, l, args.items[0]));
    return {};
}

// --- sequence slots ---------------------------------------------------------------------------------

Result<int64_t> list_length(Interpreter&, Value self) { return list_size(as_list(self)); }
Result<bool> list_truth(Interpreter&, Value self) { return !as_list(self)->items.empty(); }

Result<Ref> list_slice(Interpreter& interp, ListObject* l, Value slice) {
    int64_t start = 0, stop = 0, step = 0, n = 0;
    BASTION_TRY(slice_indices(interp, slice, list_size(l), &start, &stop, &step, &n));
    BASTION_TRY_ASSIGN(Own<ListObject> r, (make_fixed<ListObject>(interp, interp.types.list, interp)));
    BASTION_TRY(list_reserve(interp, r.get(), n));
    // slice_indices may have run __index__, which may have shrunk the list.
    for (int64_t i = 0, cur = start; i < n && cur >= 0 && cur < list_size(l); i++, cur += step)
        r->items.push_back(Ref::borrow(list_at(l, cur)));
    return std::move(r).into_ref();
}

Result<Ref> list_getitem(Interpreter& interp, Value self, Value key) {
    ListObject* l = as_list(self);
    if (has_index(interp, key)) {
        BASTION_TRY_ASSIGN(int64_t i, index_exact(interp, key, interp.exc.IndexError));
        if (i < 0)
            i += list_size(l);
        if (i < 0 || i >= list_size(l))
            return interp.raise(interp.exc.IndexError, "list index out of range");
        return Ref::borrow(list_at(l, i));
    }
    if (is_slice(interp, key))
        return list_slice(interp, l, key);
    return interp.raise_fmt(interp.exc.TypeError, "list indices must be integers or slices, not {}",
                            type_name(interp, key));
}

Status list_del_extended(ListObject* l, int64_t start, int64_t step, int64_t n) {
    int64_t size = list_size(l);
    std::vector<bool> doomed(static_cast<std::size_t>(size), false);
    for (int64_t k = 0, cur = start; k < n; k++, cur += step)
        if (cur >= 0 && cur < size)
            doomed[static_cast<std::size_t>(cur)] = true;
    std::vector<Ref> garbage;
    RefVector kept(l->items.get_allocator());
    kept.reserve(static_cast<std::size_t>(size));
    for (int64_t i = 0; i < size; i++) {
        Ref& r = l->items[static_cast<std::size_t>(i)];
        if (doomed[static_cast<std::size_t>(i)])
            garbage.push_back(std::move(r));
        else
            kept.push_back(std::move(r));
    }
    l->items.swap(kept); // `kept` now holds the moved-from nulls
    return {};
}

Status list_setslice(Interpreter& interp, ListObject* l, Value slice, Value value) {
    int64_t start = 0, stop = 0, step = 0, n = 0;
    BASTION_TRY(slice_indices(interp, slice, list_size(l), &start, &stop, &step, &n));
    if (value.is_null()) {
        if (step == 1) {
            list_erase(l, std::clamp<int64_t>(start, 0, list_size(l)), std::clamp<int64_t>(start + n, 0, list_size(l)));
            return {};
        }
        return list_del_extended(l, start, step, n);
    }
    if (step == 1) {
        BASTION_TRY_ASSIGN(std::vector<Ref> items, sequence_items(interp, value, "can only assign an iterable"));
        return list_splice(interp, l, start, start + n, std::move(items));
    }
    int64_t size_before = list_size(l);
    BASTION_TRY_ASSIGN(std::vector<Ref> items, sequence_items(interp, value, "must assign iterable to extended slice"));
    if (list_size(l) != size_before) // iterating `value` changed the list: recompute
        BASTION_TRY(slice_indices(interp, slice, list_size(l), &start, &stop, &step, &n));
    if (static_cast<int64_t>(items.size()) != n)
        return interp.raise_fmt(interp.exc.ValueError, "attempt to assign sequence of size {} to extended slice of size {}",
                                items.size(), n);
    std::vector<Ref> garbage;
    for (int64_t k = 0, cur = start; k < n; k++, cur += step) {
        Ref& slot = l->items[static_cast<std::size_t>(cur)]; // in range: n was computed for this size
        garbage.push_back(std::move(slot));
        slot = std::move(items[static_cast<std::size_t>(k)]);
    }
    return {};
}

Status list_setitem(Interpreter& interp, Value self, Value key, Value value) {
    ListObject* l = as_list(self);
    if (has_index(interp, key)) {
        BASTION_TRY_ASSIGN(int64_t i, index_exact(interp, key, interp.exc.IndexError));
        if (i < 0)
            i += list_size(l);
        if (i < 0 || i >= list_size(l))
            return interp.raise(interp.exc.IndexError, "list assignment index out of range");
        if (value.is_null()) {
            list_erase(l, i, i + 1);
            return {};
        }
        Ref old = std::move(l->items[static_cast<std::size_t>(i)]);
        l->items[static_cast<std::size_t>(i)] = Ref::borrow(value);
        return {};
    }
    if (is_slice(interp, key))
        return list_setslice(interp, l, key, value);
    return interp.raise_fmt(interp.exc.TypeError, "list indices must be integers or slices, not {}",
                            type_name(interp, key));
}

Result<bool> list_contains(Interpreter& interp, Value self, Value item) {
    ListObject* l = as_list(self);
    for (int64_t i = 0; i < list_size(l); i++) {
        Ref cur = Ref::borrow(list_at(l, i));
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, cur, item, bc::CompareOpKind::Eq));
        if (eq)
            return true;
    }
    return false;
}

// --- operators --------------------------------------------------------------------------------------

Result<Ref> list_add(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_list(interp, lhs))
        return not_implemented(interp);
    if (!is_list(interp, rhs)) {
        bool answered = false;
        BASTION_TRY_ASSIGN(Ref r, try_other_operand(interp, bc::BinaryOpKind::Add, lhs, rhs, list_add, &answered));
        if (answered)
            return r;
        return interp.raise_fmt(interp.exc.TypeError, "can only concatenate list (not \"{}\") to list",
                                type_name(interp, rhs));
    }
    ListObject* a = as_list(lhs);
    ListObject* b = as_list(rhs);
    BASTION_TRY_ASSIGN(Own<ListObject> r, (make_fixed<ListObject>(interp, interp.types.list, interp)));
    BASTION_TRY(list_reserve(interp, r.get(), list_size(a) + list_size(b)));
    r->items = a->items;
    r->items.insert(r->items.end(), b->items.begin(), b->items.end());
    return std::move(r).into_ref();
}

Result<int64_t> repeat_count(Interpreter& interp, Value n) {
    BASTION_TRY_ASSIGN(int64_t count, index_exact(interp, n, interp.exc.OverflowError));
    return count < 0 ? 0 : count;
}

Result<Ref> list_repeat(Interpreter& interp, ListObject* l, Value count) {
    BASTION_TRY_ASSIGN(int64_t n, repeat_count(interp, count));
    BASTION_TRY_ASSIGN(Own<ListObject> r, (make_fixed<ListObject>(interp, interp.types.list, interp)));
    int64_t size = list_size(l);
    auto total = checked_mul(size, n);
    if (!total)
        return interp.no_memory();
    BASTION_TRY(list_reserve(interp, r.get(), *total));
    std::vector<Ref> items = snapshot(l);
    for (int64_t k = 0; k < n; k++)
        r->items.insert(r->items.end(), items.begin(), items.end());
    return std::move(r).into_ref();
}

Result<Ref> sequence_repeat_error(Interpreter& interp, Value n) {
    return interp.raise_fmt(interp.exc.TypeError, "can't multiply sequence by non-int of type '{}'", type_name(interp, n));
}

Result<Ref> list_mul(Interpreter& interp, Value lhs, Value rhs) {
    if (is_list(interp, lhs)) {
        if (has_index(interp, rhs))
            return list_repeat(interp, as_list(lhs), rhs);
        bool answered = false;
        BASTION_TRY_ASSIGN(Ref r, try_other_operand(interp, bc::BinaryOpKind::Multiply, lhs, rhs, list_mul, &answered));
        if (answered)
            return r;
        return sequence_repeat_error(interp, rhs);
    }
    if (has_index(interp, lhs)) // reflected: n * list
        return list_repeat(interp, as_list(rhs), lhs);
    return sequence_repeat_error(interp, lhs);
}

Result<Ref> list_inplace_add(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_list(interp, lhs))
        return not_implemented(interp);
    bool answered = false;
    BASTION_TRY_ASSIGN(Ref r, try_other_operand(interp, bc::BinaryOpKind::Add, lhs, rhs, list_add, &answered));
    if (answered)
        return r;
    BASTION_TRY(list_extend_impl(interp, as_list(lhs), rhs));
    return Ref::borrow(lhs);
}

Result<Ref> list_inplace_mul(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_list(interp, lhs))
        return not_implemented(interp);
    if (!has_index(interp, rhs)) {
        bool answered = false;
        BASTION_TRY_ASSIGN(Ref r, try_other_operand(interp, bc::BinaryOpKind::Multiply, lhs, rhs, list_mul, &answered));
        if (answered)
            return r;
        return sequence_repeat_error(interp, rhs);
    }
    BASTION_TRY_ASSIGN(int64_t n, repeat_count(interp, rhs));
    ListObject* l = as_list(lhs);
    if (n == 0 || l->items.empty()) {
        list_clear_items(l);
        return Ref::borrow(lhs);
    }
    auto total = checked_mul(list_size(l), n);
    if (!total)
        return interp.no_memory();
    BASTION_TRY(list_reserve(interp, l, *total));
    std::vector<Ref> items = snapshot(l);
    for (int64_t k = 1; k < n; k++)
        l->items.insert(l->items.end(), items.begin(), items.end());
    return Ref::borrow(lhs);
}

Result<Ref> list_richcompare(Interpreter& interp, Value v, Value w, bc::CompareOpKind op) {
    if (!is_list(interp, v) || !is_list(interp, w))
        return not_implemented(interp);
    BASTION_TRY(check_native_stack(interp));
    return sequence_richcompare(
        interp, v, w, op, [](Value s) { return list_size(as_list(s)); }, [](Value s, int64_t i) { return list_at(as_list(s), i); });
}

Result<Ref> list_repr(Interpreter& interp, Value self) {
    ListObject* l = as_list(self);
    if (l->items.empty())
        return str_result(interp, "[]");
    ReprGuard guard(interp, l);
    if (guard.recursive())
        return str_result(interp, "[...]");
    BASTION_TRY(check_native_stack(interp));
    std::string out = "[";
    for (int64_t i = 0; i < list_size(l); i++) { // the size is re-read: repr may mutate the list
        if (i > 0)
            out += ", ";
        Ref item = Ref::borrow(list_at(l, i));
        BASTION_TRY(append_repr(interp, out, item));
    }
    out += "]";
    return str_result(interp, out);
}

// --- iterators ---------------------------------------------------------------------------------------

// ListIterObject is in objects/container_fast.h (FOR_ITER reads it).

Result<Ref> make_list_iter(Interpreter& interp, Type* type, ListObject* l, int64_t start) {
    BASTION_TRY_ASSIGN(Own<ListIterObject> it, (make_fixed<ListIterObject, true>(interp, type)));
    it->seq = Own<ListObject>::borrow(l);
    it->index = start;
    return std::move(it).into_ref();
}

Result<Ref> list_iter(Interpreter& interp, Value self) {
    return make_list_iter(interp, interp.types.list_iterator, as_list(self), 0);
}

Result<Ref> list_iter_next(Interpreter&, Value self) {
    auto* it = static_cast<ListIterObject*>(self.obj());
    if (!it->seq)
        return Ref();
    if (it->index >= 0 && it->index < list_size(it->seq.get()))
        return Ref::borrow(list_at(it->seq.get(), it->index++));
    it->seq = Own<ListObject>();
    return Ref();
}

Result<Ref> list_reviter_next(Interpreter&, Value self) {
    auto* it = static_cast<ListIterObject*>(self.obj());
    if (!it->seq)
        return Ref();
    if (it->index >= 0 && it->index < list_size(it->seq.get()))
        return Ref::borrow(list_at(it->seq.get(), it->index--));
    it->index = -1;
    it->seq = Own<ListObject>();
    return Ref();
}

Result<Ref> list_iter_length_hint(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(ListIterObject * it,
                       self_as<ListIterObject>(interp, self, interp.types.list_iterator, "__length_hint__"));
    BASTION_TRY(args_none(interp, args, "list_iterator.__length_hint__"));
    int64_t left = it->seq ? list_size(it->seq.get()) - it->index : 0;
    return Ref::small_int(left < 0 ? 0 : left);
}

Result<Ref> list_reviter_length_hint(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(ListIterObject * it,
                       self_as<ListIterObject>(interp, self, interp.types.list_reverseiterator, "__length_hint__"));
    BASTION_TRY(args_none(interp, args, "list_reverseiterator.__length_hint__"));
    int64_t left = it->seq && it->index < list_size(it->seq.get()) ? it->index + 1 : 0;
    return Ref::small_int(left < 0 ? 0 : left);
}

// --- methods --------------------------------------------------------------------------------------------

// A Py_ssize_t argument (CPython's "n" format unit): __index__, then OverflowError
// "Python int too large to convert to C ssize_t" when out of range.
Result<int64_t> ssize_arg(Interpreter& interp, Value v) {
    BASTION_TRY_ASSIGN(Ref n, index(interp, v));
    int64_t out = 0;
    if (!int_to_i64(n, &out))
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return out;
}

#define LIST_SELF(method) \
    BASTION_TRY_ASSIGN(ListObject * l, self_as<ListObject>(interp, self, interp.types.list, method))

Result<Ref> list_append_method(Interpreter& interp, Value self, CallArgs args) {
    // An exact list with one positional argument: what the checks below accept, unchecked.
    if (self.is_obj() && self.obj()->type == interp.types.list && args.npos == 1 && args.kwnames == nullptr) [[likely]] {
        BASTION_TRY(list_push(interp, static_cast<ListObject*>(self.obj()), Ref::borrow(args.items[0])));
        return interp.new_none();
    }
    LIST_SELF("append");
    BASTION_TRY(args_one(interp, args, "list.append"));
    BASTION_TRY(list_push(interp, l, Ref::borrow(args.items[0])));
    return interp.new_none();
}

Result<Ref> list_extend_method(Interpreter& interp, Value self, CallArgs args) {
    LIST_SELF("extend");
    BASTION_TRY(args_one(interp, args, "list.extend"));
    BASTION_TRY(list_extend_impl(interp, l, args.items[0]));
    return interp.new_none();
}

Result<Ref> list_insert_method(Interpreter& interp, Value self, CallArgs args) {
    LIST_SELF("insert");
    BASTION_TRY(args_range(interp, args, "list.insert", "insert", 2, 2));
    BASTION_TRY_ASSIGN(int64_t i, ssize_arg(interp, args.items[0]));
    int64_t n = list_size(l); // re-read: __index__ may have changed the list
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    BASTION_TRY(list_reserve(interp, l, n + 1));
    l->items.insert(l->items.begin() + i, Ref::borrow(args.items[1]));
    return interp.new_none();
}

Result<Ref> list_pop_method(Interpreter& interp, Value self, CallArgs args) {
    LIST_SELF("pop");
    BASTION_TRY(args_range(interp, args, "list.pop", "pop", 0, 1));
    int64_t i = -1;
    if (args.npos == 1) {
        BASTION_TRY_ASSIGN(i, ssize_arg(interp, args.items[0]));
    }
    int64_t n = list_size(l);
    if (n == 0)
        return interp.raise(interp.exc.IndexError, "pop from empty list");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return interp.raise(interp.exc.IndexError, "pop index out of range");
    Ref item = std::move(l->items[static_cast<std::size_t>(i)]);
    l->items.erase(l->items.begin() + i);
    return item;
}

// Optional start/stop arguments of index(), clamped like slice bounds.
Status index_bounds(Interpreter& interp, CallArgs args, ListObject* l, int64_t* start, int64_t* stop) {
    *start = 0;
    *stop = std::numeric_limits<int64_t>::max();
    for (std::size_t k = 1; k < args.npos; k++) {
        Value v = args.items[k];
        if (!has_index(interp, v))
            return interp.raise(interp.exc.TypeError, "slice indices must be integers or have an __index__ method");
        BASTION_TRY_ASSIGN(int64_t x, index_clamped(interp, v));
        if (x < 0) {
            x += list_size(l);
            if (x < 0)
                x = 0;
        }
        (k == 1 ? *start : *stop) = x;
    }
    return {};
}

Result<Ref> list_index_method(Interpreter& interp, Value self, CallArgs args) {
    LIST_SELF("index");
    BASTION_TRY(args_range(interp, args, "list.index", "index", 1, 3));
    int64_t start = 0, stop = 0;
    BASTION_TRY(index_bounds(interp, args, l, &start, &stop));
    for (int64_t i = start; i < stop && i < list_size(l); i++) {
        Ref cur = Ref::borrow(list_at(l, i));
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, cur, args.items[0], bc::CompareOpKind::Eq));
        if (eq)
            return Ref::small_int(i);
    }
    std::string text;
    BASTION_TRY(append_repr(interp, text, args.items[0]));
    return interp.raise_fmt(interp.exc.ValueError, "{} is not in list", text);
}

Result<Ref> list_count_method(Interpreter& interp, Value self, CallArgs args) {
    LIST_SELF("count");
    BASTION_TRY(args_one(interp, args, "list.count"));
    int64_t count = 0;
    for (int64_t i = 0; i < list_size(l); i++) {
        Ref cur = Ref::borrow(list_at(l, i));
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, cur, args.items[0], bc::CompareOpKind::Eq));
        count += eq ? 1 : 0;
    }
    return Ref::small_int(count);
}

Result<Ref> list_remove_method(Interpreter& interp, Value self, CallArgs args) {
    LIST_SELF("remove");
    BASTION_TRY(args_one(interp, args, "list.remove"));
    for (int64_t i = 0; i < list_size(l); i++) {
        Ref cur = Ref::borrow(list_at(l, i));
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, cur, args.items[0], bc::CompareOpKind::Eq));
        if (eq) {
            int64_t n = list_size(l); // __eq__ may have shrunk the list: clamp as CPython does
            list_erase(l, std::min(i, n), std::min(i + 1, n));
            return interp.new_none();
        }
    }
    return interp.raise(interp.exc.ValueError, "list.remove(x): x not in list");
}

Result<Ref> list_clear_method(Interpreter& interp, Value self, CallArgs args) {
    LIST_SELF("clear");
    BASTION_TRY(args_none(interp, args, "list.clear"));
    list_clear_items(l);
    return interp.new_none();
}

Result<Ref> list_copy_method(Interpreter& interp, Value self, CallArgs args) {
    LIST_SELF("copy");
    BASTION_TRY(args_none(interp, args, "list.copy"));
    BASTION_TRY_ASSIGN(Own<ListObject> r, (make_fixed<ListObject>(interp, interp.types.list, interp)));
    BASTION_TRY(list_reserve(interp, r.get(), list_size(l)));
    r->items = l->items;
    return std::move(r).into_ref();
}

Result<Ref> list_reverse_method(Interpreter& interp, Value self, CallArgs args) {
    LIST_SELF("reverse");
    BASTION_TRY(args_none(interp, args, "list.reverse"));
    std::reverse(l->items.begin(), l->items.end());
    return interp.new_none();
}

Result<Ref> list_reversed_method(Interpreter& interp, Value self, CallArgs args) {
    LIST_SELF("__reversed__");
    BASTION_TRY(args_none(interp, args, "list.__reversed__"));
    return make_list_iter(interp, interp.types.list_reverseiterator, l, list_size(l) - 1);
}

#undef LIST_SELF

} // namespace

void init_list_slots(Interpreter& interp) {
    Type* t = interp.types.list;
    t->instance_size = sizeof(ListObject);
    t->flags |= kTypeBaseType | kTypeGC | kTypeListSubclass;
    t->tp_new = list_tp_new;
    t->tp_init = list_tp_init;
    t->repr = list_repr;
    t->hash = nullptr; // unhashable
    t->richcompare = list_richcompare;
    t->iter = list_iter;
    t->length = list_length;
    t->getitem = list_getitem;
    t->setitem = list_setitem;
    t->contains = list_contains;
    t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Add)] = list_add;
    t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Multiply)] = list_mul;
    t->number.inplace[static_cast<std::size_t>(bc::BinaryOpKind::Add)] = list_inplace_add;
    t->number.inplace[static_cast<std::size_t>(bc::BinaryOpKind::Multiply)] = list_inplace_mul;
    t->number.truth = list_truth;
    t->destroy = destroy_as<ListObject>;

    for (Type* it : {interp.types.list_iterator, interp.types.list_reverseiterator}) {
        it->instance_size = sizeof(ListIterObject);
        it->flags = (it->flags & ~kTypeBaseType) | kTypeGC;
        it->iter = iter_self;
        it->destroy = destroy_as<ListIterObject>;
        it->traverse = traverse_as<ListIterObject>;
    }
    interp.types.list_iterator->iternext = list_iter_next;
    interp.types.list_reverseiterator->iternext = list_reviter_next;
}

Status init_list_methods(Interpreter& interp) {
    static constexpr MethodDef kMethods[] = {
        {"append", list_append_method}, {"extend", list_extend_method},   {"insert", list_insert_method},
        {"pop", list_pop_method},       {"remove", list_remove_method},   {"index", list_index_method},
        {"count", list_count_method},   {"clear", list_clear_method},     {"copy", list_copy_method},
        {"reverse", list_reverse_method}, {"sort", list_sort_method},     {"__reversed__", list_reversed_method},
    };
    static constexpr MethodDef kIterMethods[] = {{"__length_hint__", list_iter_length_hint}};
    static constexpr MethodDef kRevIterMethods[] = {{"__length_hint__", list_reviter_length_hint}};
    BASTION_TRY(add_methods(interp, interp.types.list, kMethods));
    BASTION_TRY(add_methods(interp, interp.types.list_iterator, kIterMethods));
    return add_methods(interp, interp.types.list_reverseiterator, kRevIterMethods);
}

} // namespace bastion
