// deque_module.cpp: the `_collections` module and its `deque` type — ring storage
// (growth, shrink, push/pop at both ends, removal, rotation), the type's slots (new,
// init, repr, comparisons, sequence protocol, + * += *=), the two iterators and the
// traverse slots. Methods are in deque_methods.cpp. CPython: Modules/_collectionsmodule.c.
// Re-entrancy: code that can run Python (==, repr, iteration of an argument, releasing an
// item) holds owning references and re-reads the deque's size; iterators and the
// searching methods compare `state` to detect changes, with CPython's messages.
#include <algorithm>
#include <new>
#include <vector>

#include "gc/visitor.h"
#include "modules/deque_object.h"
#include "objects/core_internal.h"
#include "objects/generic_alias.h"
#include "objects/list_object.h"
#include "objects/repr_guard.h"
#include "objects/tuple_object.h"
#include "support/checked.h"

namespace bastion {

// --- storage ------------------------------------------------------------------------------------------

namespace {

constexpr int64_t kMinCapacity = 8;

// Move the live items into a fresh ring of `newcap` slots (newcap >= len, a power of two).
bool deque_realloc(DequeObject* d, int64_t newcap) {
    auto bytes = checked_mul<uint64_t>(static_cast<uint64_t>(newcap), sizeof(Ref));
    if (!bytes)
        return false;
    void* mem = d->interp->allocate(static_cast<std::size_t>(*bytes));
    if (mem == nullptr)
        return false;
    Ref* fresh = static_cast<Ref*>(mem);
    for (int64_t i = 0; i < newcap; i++)
        new (&fresh[i]) Ref();
    for (int64_t i = 0; i < d->len; i++)
        fresh[i] = std::move(d->slot(i));
    Ref* old = d->ring;
    int64_t oldcap = d->cap;
    d->ring = fresh;
    d->cap = newcap;
    d->head = 0;
    if (old != nullptr) {
        for (int64_t i = 0; i < oldcap; i++)
            old[i].~Ref(); // all null: moved out above
        d->interp->deallocate(old, static_cast<std::size_t>(oldcap) * sizeof(Ref));
    }
    return true;
}

// Give memory back when a deque that grew large has drained (a quarter full or less).
void deque_maybe_shrink(DequeObject* d) {
    if (d->cap > 64 && d->len * 4 <= d->cap)
        (void)deque_realloc(d, d->cap / 2); // failure just keeps the larger ring
}

} // namespace

DequeObject::~DequeObject() {
    if (ring == nullptr)
        return;
    Ref* old = ring;
    int64_t oldcap = cap;
    ring = nullptr;
    cap = head = len = 0;
    for (int64_t i = 0; i < oldcap; i++)
        old[i].~Ref();
    interp->deallocate(old, static_cast<std::size_t>(oldcap) * sizeof(Ref));
}

Status deque_reserve(Interpreter& interp, DequeObject* d, int64_t total) {
    if (total <= d->cap)
        return {};
    d->interp = &interp; // set by tp_new already; a deque made any other way gets it here
    if (total < 0 || total > kMaxContainerLength)
        return interp.no_memory();
    int64_t newcap = std::max(d->cap, kMinCapacity);
    while (newcap < total)
        newcap *= 2; // total <= 2^56: no overflow
    if (!deque_realloc(d, newcap))
        return interp.no_memory();
    return {};
}

Ref deque_pop_back(DequeObject* d) {
    Ref item = std::move(d->slot(d->len - 1));
    d->len--;
    deque_maybe_shrink(d);
    return item;
}

Ref deque_pop_front(DequeObject* d) {
    Ref item = std::move(d->slot(0));
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    deque_maybe_shrink(d);
    return item;
}

Status deque_append(Interpreter& interp, DequeObject* d, Ref item) {
    d->state++;
    if (d->maxlen == 0)
        return {};
    BASTION_TRY(deque_reserve(interp, d, d->len + 1));
    d->len++;
    d->slot(d->len - 1) = std::move(item);
    if (d->maxlen >= 0 && d->len > d->maxlen) {
        Ref trimmed = deque_pop_front(d); // released here, with the deque consistent
    }
    return {};
}

Status deque_appendleft(Interpreter& interp, DequeObject* d, Ref item) {
    d->state++;
    if (d->maxlen == 0)
        return {};
    BASTION_TRY(deque_reserve(interp, d, d->len + 1));
    d->head = (d->head - 1) & (d->cap - 1);
    d->len++;
    d->slot(0) = std::move(item);
    if (d->maxlen >= 0 && d->len > d->maxlen) {
        Ref trimmed = deque_pop_back(d);
    }
    return {};
}

void deque_clear(DequeObject* d) {
    d->state++;
    Ref* old = d->ring;
    int64_t oldcap = d->cap;
    d->ring = nullptr;
    d->cap = d->head = d->len = 0;
    if (old == nullptr)
        return;
    // The deque is empty and consistent before any item is released (a __del__ may look).
    for (int64_t i = 0; i < oldcap; i++)
        old[i].~Ref();
    d->interp->deallocate(old, static_cast<std::size_t>(oldcap) * sizeof(Ref));
}

Ref deque_remove_at(DequeObject* d, int64_t i) {
    d->state++;
    Ref item = std::move(d->slot(i));
    if (i < d->len / 2) {
        for (int64_t k = i; k > 0; k--)
            d->slot(k) = std::move(d->slot(k - 1));
        d->head = (d->head + 1) & (d->cap - 1);
        d->len--;
    } else {
        for (int64_t k = i; k + 1 < d->len; k++)
            d->slot(k) = std::move(d->slot(k + 1));
        d->len--;
    }
    deque_maybe_shrink(d);
    return item;
}

void deque_rotate(DequeObject* d, int64_t n) {
    if (d->len <= 1)
        return;
    d->state++;
    int64_t k = n % d->len;
    if (k < 0)
        k += d->len; // now: rotate right by k
    if (k == 0)
        return;
    if (d->len == d->cap) { // full ring: rotation is a head move
        d->head = (d->head - k) & (d->cap - 1);
        return;
    }
    int64_t mask = d->cap - 1;
    if (k <= d->len / 2) {
        for (int64_t s = 0; s < k; s++) { // last item to the front
            Ref item = std::move(d->slot(d->len - 1));
            d->head = (d->head - 1) & mask;
            d->slot(0) = std::move(item);
        }
    } else {
        for (int64_t s = 0; s < d->len - k; s++) { // first item to the back
            Ref item = std::move(d->slot(0));
            d->head = (d->head + 1) & mask;
            d->slot(d->len - 1) = std::move(item);
        }
    }
}

namespace {

// Iterate `iterable` (a snapshot when it is the deque itself), calling add for each item.
template <typename AddFn>
Status deque_extend_with(Interpreter& interp, DequeObject* d, Value iterable, AddFn add) {
    if (iterable.is_obj() && iterable.obj() == d) {
        std::vector<Ref> items;
        items.reserve(static_cast<std::size_t>(d->len));
        for (int64_t i = 0; i < d->len; i++)
            items.push_back(d->slot(i));
        for (Ref& item : items)
            BASTION_TRY(add(interp, d, std::move(item)));
        return {};
    }
    if (is_list(interp, iterable) && !iterable.obj()->type->has_flag(kTypeHeap)) {
        auto* l = static_cast<ListObject*>(iterable.obj());
        for (std::size_t i = 0; i < l->items.size(); i++) // size re-read: a released item may run __del__
            BASTION_TRY(add(interp, d, l->items[i]));
        return {};
    }
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, iterable));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (!item)
            return {};
        BASTION_TRY(add(interp, d, std::move(item)));
    }
}

} // namespace

Status deque_extend(Interpreter& interp, DequeObject* d, Value iterable) {
    return deque_extend_with(interp, d, iterable, deque_append);
}

Status deque_extendleft(Interpreter& interp, DequeObject* d, Value iterable) {
    return deque_extend_with(interp, d, iterable, deque_appendleft);
}

Status deque_inplace_repeat(Interpreter& interp, DequeObject* d, int64_t n) {
    if (n <= 0 || d->len == 0) {
        deque_clear(d);
        return {};
    }
    if (n == 1)
        return {};
    int64_t size = d->len;
    auto total = checked_mul(size, n);
    if (d->maxlen >= 0 && (!total || *total > d->maxlen)) {
        // Only the last maxlen items of the repetition survive: build them directly.
        int64_t keep = d->maxlen;
        // Item p of the repetition is item p % size; the tail starts at p = size*n - keep.
        int64_t first = ((-keep) % size + size) % size;
        std::vector<Ref> items;
        items.reserve(static_cast<std::size_t>(keep));
        for (int64_t j = 0; j < keep; j++)
            items.push_back(d->slot((first + j) % size));
        d->state++;
        BASTION_TRY(deque_reserve(interp, d, keep));
        std::vector<Ref> old;
        old.reserve(static_cast<std::size_t>(size));
        while (d->len > 0)
            old.push_back(deque_pop_front(d));
        for (Ref& item : items)
            BASTION_TRY(deque_append(interp, d, std::move(item)));
        return {};
    }
    if (!total || *total > kMaxContainerLength)
        return interp.no_memory();
    BASTION_TRY(deque_reserve(interp, d, *total));
    d->state++;
    for (int64_t k = 1; k < n; k++)
        for (int64_t i = 0; i < size; i++) {
            Ref item = d->slot(i);
            d->len++;
            d->slot(d->len - 1) = std::move(item);
        }
    return {};
}

// --- type identity ------------------------------------------------------------------------------------

namespace {
Result<Ref> deque_iter(Interpreter& interp, Value self);
}

DequeType* deque_root_type(Value v) {
    if (!v.is_obj())
        return nullptr;
    for (Type* t = v.obj()->type; t != nullptr; t = t->base)
        if (!t->has_flag(kTypeHeap) && t->iter == deque_iter)
            return static_cast<DequeType*>(t);
    return nullptr;
}

bool is_deque(Value v) { return deque_root_type(v) != nullptr; }

Result<Ref> deque_copy(Interpreter& interp, Value self) {
    DequeObject* d = as_deque(self);
    Type* type = self.obj()->type;
    if (!type->has_flag(kTypeHeap)) {
        BASTION_TRY_ASSIGN(Own<DequeObject> r, interp.make<DequeObject>(type));
        r->interp = &interp;
        r->maxlen = d->maxlen;
        BASTION_TRY(deque_reserve(interp, r.get(), d->len));
        for (int64_t i = 0; i < d->len; i++) {
            r->len++;
            r->slot(i) = d->slot(i);
        }
        return std::move(r).into_ref();
    }
    Ref result;
    if (d->maxlen < 0) {
        BASTION_TRY_ASSIGN(result, call_positional(interp, Value(type), {self}));
    } else {
        BASTION_TRY_ASSIGN(result, call_positional(interp, Value(type), {self, Value::small_int(d->maxlen)}));
    }
    if (!is_deque(result))
        return interp.raise_fmt(interp.exc.TypeError, "{}() must return a deque, not {}", type->name,
                                type_name(interp, result));
    return result;
}

// --- slots ---------------------------------------------------------------------------------------------

namespace {

Result<Ref> deque_tp_new(Interpreter& interp, Type* type, CallArgs) {
    BASTION_TRY_ASSIGN(Own<DequeObject> d, interp.make<DequeObject>(type));
    d->interp = &interp;
    return std::move(d).into_ref();
}

Status deque_tp_init(Interpreter& interp, Value self, CallArgs args) {
    Value vals[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"deque", {"iterable", "maxlen"}, 0}, vals));
    DequeObject* d = as_deque(self);
    int64_t maxlen = -1;
    if (!vals[1].is_null() && !is_none(interp, vals[1])) {
        if (!is_int(interp, vals[1]))
            return interp.raise(interp.exc.TypeError, "an integer is required");
        if (!int_to_i64(vals[1], &maxlen))
            return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C ssize_t");
        if (maxlen < 0)
            return interp.raise(interp.exc.ValueError, "maxlen must be non-negative");
    }
    d->maxlen = maxlen;
    if (d->len > 0)
        deque_clear(d);
    if (!vals[0].is_null())
        return deque_extend(interp, d, vals[0]);
    return {};
}

Result<Ref> deque_repr(Interpreter& interp, Value self) {
    DequeObject* d = as_deque(self);
    ReprGuard guard(interp, self.obj());
    if (guard.recursive())
        return make_str(interp, "[...]");
    BASTION_TRY(check_native_stack(interp));
    std::vector<Ref> items; // a snapshot: an item's repr may change the deque
    items.reserve(static_cast<std::size_t>(d->len));
    for (int64_t i = 0; i < d->len; i++)
        items.push_back(d->slot(i));
    const std::string& full = self.obj()->type->name;
    std::size_t dot = full.rfind('.');
    std::string out = dot == std::string::npos ? full : full.substr(dot + 1);
    out += "([";
    for (std::size_t i = 0; i < items.size(); i++) {
        if (i > 0)
            out += ", ";
        BASTION_TRY(append_repr(interp, out, items[i]));
    }
    out += "]";
    if (d->maxlen >= 0)
        out += ", maxlen=" + std::to_string(d->maxlen);
    out += ")";
    return str_result(interp, out);
}

// CPython's deque_richcompare: walks both deques as its iterators would, so a change made
// by an item's __eq__ raises "deque mutated during iteration".
Result<Ref> deque_richcompare(Interpreter& interp, Value v, Value w, bc::CompareOpKind op) {
    using bc::CompareOpKind;
    if (!is_deque(v) || !is_deque(w))
        return not_implemented(interp);
    DequeObject* a = as_deque(v);
    DequeObject* b = as_deque(w);
    if (op == CompareOpKind::Eq || op == CompareOpKind::Ne) {
        if (a == b)
            return interp.new_bool(op == CompareOpKind::Eq);
        if (a->len != b->len)
            return interp.new_bool(op == CompareOpKind::Ne);
    }
    uint64_t state_a = a->state;
    uint64_t state_b = b->state;
    bool has_x = false;
    bool has_y = false;
    for (int64_t i = 0;; i++) {
        if (a->state != state_a || b->state != state_b)
            return interp.raise(interp.exc.RuntimeError, "deque mutated during iteration");
        has_x = i < a->len;
        has_y = i < b->len;
        if (!has_x || !has_y)
            break;
        Ref x = a->slot(i);
        Ref y = b->slot(i);
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, x, y, CompareOpKind::Eq));
        if (!eq)
            return rich_compare(interp, x, y, op);
    }
    switch (op) {
    case CompareOpKind::Lt:
        return interp.new_bool(has_y);
    case CompareOpKind::Le:
        return interp.new_bool(!has_x);
    case CompareOpKind::Eq:
        return interp.new_bool(has_x == has_y);
    case CompareOpKind::Ne:
        return interp.new_bool(has_x != has_y);
    case CompareOpKind::Gt:
        return interp.new_bool(has_x);
    case CompareOpKind::Ge:
        return interp.new_bool(!has_y);
    }
    return not_implemented(interp);
}

Result<int64_t> deque_length(Interpreter&, Value self) { return as_deque(self)->len; }

Result<bool> deque_truth(Interpreter&, Value self) { return as_deque(self)->len > 0; }

// A sequence index (CPython's sq_item path): integers only, then the range check.
Result<int64_t> deque_index_arg(Interpreter& interp, DequeObject* d, Value key) {
    if (!has_index(interp, key))
        return interp.raise_fmt(interp.exc.TypeError, "sequence index must be integer, not '{}'", type_name(interp, key));
    BASTION_TRY_ASSIGN(int64_t i, index_exact(interp, key, interp.exc.IndexError));
    if (i < 0)
        i += d->len;
    if (i < 0 || i >= d->len)
        return interp.raise(interp.exc.IndexError, "deque index out of range");
    return i;
}

Result<Ref> deque_getitem(Interpreter& interp, Value self, Value key) {
    DequeObject* d = as_deque(self);
    BASTION_TRY_ASSIGN(int64_t i, deque_index_arg(interp, d, key));
    return d->slot(i);
}

Status deque_setitem(Interpreter& interp, Value self, Value key, Value value) {
    DequeObject* d = as_deque(self);
    BASTION_TRY_ASSIGN(int64_t i, deque_index_arg(interp, d, key));
    if (value.is_null()) {
        Ref removed = deque_remove_at(d, i);
        return {};
    }
    Ref old = std::move(d->slot(i));
    d->slot(i) = Ref::borrow(value);
    return {}; // `old` is released last
}

Result<bool> deque_contains(Interpreter& interp, Value self, Value x) {
    DequeObject* d = as_deque(self);
    uint64_t state = d->state;
    for (int64_t i = 0; i < d->len; i++) {
        Ref item = d->slot(i);
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, item, x, bc::CompareOpKind::Eq));
        if (d->state != state)
            return interp.raise(interp.exc.RuntimeError, "deque mutated during iteration");
        if (eq)
            return true;
    }
    return false;
}

Result<Ref> deque_add(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_deque(lhs))
        return not_implemented(interp);
    if (!is_deque(rhs)) {
        bool answered = false;
        BASTION_TRY_ASSIGN(Ref r, try_other_operand(interp, bc::BinaryOpKind::Add, lhs, rhs, deque_add, &answered));
        if (answered)
            return r;
        return interp.raise_fmt(interp.exc.TypeError, "can only concatenate deque (not \"{}\") to deque",
                                type_name(interp, rhs));
    }
    BASTION_TRY_ASSIGN(Ref result, deque_copy(interp, lhs));
    BASTION_TRY(deque_extend(interp, as_deque(result), rhs));
    return result;
}

Result<Ref> repeat_error(Interpreter& interp, Value n) {
    return interp.raise_fmt(interp.exc.TypeError, "can't multiply sequence by non-int of type '{}'", type_name(interp, n));
}

Result<Ref> deque_repeat(Interpreter& interp, Value self, Value count) {
    BASTION_TRY_ASSIGN(int64_t n, index_exact(interp, count, interp.exc.OverflowError));
    BASTION_TRY_ASSIGN(Ref result, deque_copy(interp, self));
    BASTION_TRY(deque_inplace_repeat(interp, as_deque(result), n));
    return result;
}

Result<Ref> deque_mul(Interpreter& interp, Value lhs, Value rhs) {
    if (is_deque(lhs)) {
        if (has_index(interp, rhs))
            return deque_repeat(interp, lhs, rhs);
        bool answered = false;
        BASTION_TRY_ASSIGN(Ref r, try_other_operand(interp, bc::BinaryOpKind::Multiply, lhs, rhs, deque_mul, &answered));
        if (answered)
            return r;
        return repeat_error(interp, rhs);
    }
    if (has_index(interp, lhs)) // reflected: n * deque
        return deque_repeat(interp, rhs, lhs);
    return repeat_error(interp, lhs);
}

Result<Ref> deque_inplace_add(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_deque(lhs))
        return not_implemented(interp);
    BASTION_TRY(deque_extend(interp, as_deque(lhs), rhs));
    return Ref::borrow(lhs);
}

Result<Ref> deque_inplace_mul(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_deque(lhs))
        return not_implemented(interp);
    if (!has_index(interp, rhs)) {
        bool answered = false;
        BASTION_TRY_ASSIGN(Ref r, try_other_operand(interp, bc::BinaryOpKind::Multiply, lhs, rhs, deque_mul, &answered));
        if (answered)
            return r;
        return repeat_error(interp, rhs);
    }
    BASTION_TRY_ASSIGN(int64_t n, index_exact(interp, rhs, interp.exc.OverflowError));
    BASTION_TRY(deque_inplace_repeat(interp, as_deque(lhs), n));
    return Ref::borrow(lhs);
}

void deque_traverse(Object* o, Visitor& v) {
    auto* d = static_cast<DequeObject*>(o);
    for (int64_t i = 0; i < d->len; i++)
        v.visit(d->slot(i));
}

// --- iterators -----------------------------------------------------------------------------------------

struct DequeIterObject : Object {
    Own<DequeObject> deque;
    int64_t index = 0;   // next item (counts down for the reverse iterator)
    int64_t counter = 0; // items left
    uint64_t state = 0;
};

Result<Ref> deque_iter(Interpreter& interp, Value self) { return deque_iter_of(interp, self, false); }

Result<Ref> deque_iter_next_impl(Interpreter& interp, Value self, int64_t step) {
    auto* it = static_cast<DequeIterObject*>(self.obj());
    if (!it->deque)
        return Ref();
    DequeObject* d = it->deque.get();
    if (d->state != it->state) {
        it->counter = 0;
        return interp.raise(interp.exc.RuntimeError, "deque mutated during iteration");
    }
    if (it->counter <= 0)
        return Ref();
    Ref item = d->slot(it->index);
    it->index += step;
    it->counter--;
    return item;
}

Result<Ref> deque_iter_next(Interpreter& interp, Value self) { return deque_iter_next_impl(interp, self, 1); }
Result<Ref> deque_reviter_next(Interpreter& interp, Value self) { return deque_iter_next_impl(interp, self, -1); }

Result<Ref> deque_iter_length_hint(Interpreter&, Value self, CallArgs) {
    return Ref::small_int(static_cast<DequeIterObject*>(self.obj())->counter);
}

void deque_iter_traverse(Object* o, Visitor& v) { v.visit(static_cast<DequeIterObject*>(o)->deque.get()); }

Result<Ref> make_type(Interpreter& interp, DequeType** out) {
    BASTION_TRY_ASSIGN(Own<DequeType> t, interp.make<DequeType>(interp.types.type));
    t->interp = &interp;
    t->base = interp.types.object;
    *out = t.get();
    return std::move(t).into_ref();
}

} // namespace

Result<Ref> deque_iter_of(Interpreter& interp, Value self, bool reversed) {
    DequeType* root = deque_root_type(self);
    DequeObject* d = as_deque(self);
    BASTION_TRY_ASSIGN(Own<DequeIterObject> it,
                       interp.make<DequeIterObject>(reversed ? root->reviter_type : root->iter_type));
    it->deque = Own<DequeObject>::borrow(d);
    it->index = reversed ? d->len - 1 : 0;
    it->counter = d->len;
    it->state = d->state;
    return std::move(it).into_ref();
}

Status init_collections_module(Interpreter& interp, DictObject* module_dict) {
    DequeType* dt = nullptr;
    DequeType* it = nullptr;
    DequeType* rit = nullptr;
    BASTION_TRY_ASSIGN(Ref dt_ref, make_type(interp, &dt));
    BASTION_TRY_ASSIGN(Ref it_ref, make_type(interp, &it));
    BASTION_TRY_ASSIGN(Ref rit_ref, make_type(interp, &rit));
    // The types live as long as the interpreter, like the built-in types.
    (void)dt_ref.release();
    (void)it_ref.release();
    (void)rit_ref.release();
    dt->name = "collections.deque";
    dt->qualname = "deque";
    dt->instance_size = sizeof(DequeObject);
    dt->flags |= kTypeBaseType | kTypeGC;
    dt->tp_new = deque_tp_new;
    dt->tp_init = deque_tp_init;
    dt->repr = deque_repr;
    dt->hash = nullptr;
    dt->richcompare = deque_richcompare;
    dt->iter = deque_iter;
    dt->length = deque_length;
    dt->getitem = deque_getitem;
    dt->setitem = deque_setitem;
    dt->contains = deque_contains;
    dt->number.truth = deque_truth;
    dt->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Add)] = deque_add;
    dt->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Multiply)] = deque_mul;
    dt->number.inplace[static_cast<std::size_t>(bc::BinaryOpKind::Add)] = deque_inplace_add;
    dt->number.inplace[static_cast<std::size_t>(bc::BinaryOpKind::Multiply)] = deque_inplace_mul;
    dt->destroy = destroy_as<DequeObject>;
    dt->traverse = deque_traverse;
    dt->iter_type = it;
    dt->reviter_type = rit;
    it->name = "_collections._deque_iterator";
    it->qualname = "_deque_iterator";
    rit->name = "_collections._deque_reverse_iterator";
    rit->qualname = "_deque_reverse_iterator";
    for (DequeType* t : {it, rit}) {
        t->instance_size = sizeof(DequeIterObject);
        t->flags |= kTypeGC;
        t->iter = iter_self;
        t->destroy = destroy_as<DequeIterObject>;
        t->traverse = deque_iter_traverse;
    }
    it->iternext = deque_iter_next;
    rit->iternext = deque_reviter_next;
    BASTION_TRY(ready_builtin_type(interp, dt));
    BASTION_TRY(ready_builtin_type(interp, it));
    BASTION_TRY(ready_builtin_type(interp, rit));
    static constexpr MethodDef kIterMethods[] = {{"__length_hint__", deque_iter_length_hint}};
    BASTION_TRY(add_methods(interp, it, kIterMethods));
    BASTION_TRY(add_methods(interp, rit, kIterMethods));
    BASTION_TRY(init_deque_methods(interp, dt));
    BASTION_TRY(add_class_getitem(interp, dt)); // deque[int]
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("deque"), Value(dt)));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("_deque_iterator"), Value(it)));
    return dict_set_str(interp, module_dict, interp.intern("_deque_reverse_iterator"), Value(rit));
}

} // namespace bastion
