// deque_methods.cpp: the methods and the maxlen getter of `collections.deque` (append ...
// rotate, __copy__, __reversed__, __reduce__). Searching methods (count, index, remove)
// hold the item they compare and raise CPython's error when __eq__ changed the deque.
// CPython: Modules/_collectionsmodule.c (deque_*).
#include "modules/deque_object.h"
#include "objects/core_internal.h"
#include "objects/tuple_object.h"

namespace bastion {

namespace {

Result<DequeObject*> self_deque(Interpreter& interp, Value self, std::string_view method) {
    if (!is_deque(self))
        return interp.raise_fmt(interp.exc.TypeError,
                                "descriptor '{}' for 'collections.deque' objects doesn't apply to a '{}' object", method,
                                type_name(interp, self));
    return as_deque(self);
}

// A Py_ssize_t argument (CPython's "n" unit): __index__, then OverflowError past int64.
Result<int64_t> ssize_arg(Interpreter& interp, Value v) {
    BASTION_TRY_ASSIGN(Ref n, index(interp, v));
    int64_t out = 0;
    if (!int_to_i64(n, &out))
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return out;
}

#define DEQUE_SELF(method) BASTION_TRY_ASSIGN(DequeObject * d, self_deque(interp, self, method))

Result<Ref> m_append(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("append");
    BASTION_TRY(args_one(interp, args, "deque.append"));
    BASTION_TRY(deque_append(interp, d, Ref::borrow(args.items[0])));
    return interp.new_none();
}

Result<Ref> m_appendleft(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("appendleft");
    BASTION_TRY(args_one(interp, args, "deque.appendleft"));
    BASTION_TRY(deque_appendleft(interp, d, Ref::borrow(args.items[0])));
    return interp.new_none();
}

Result<Ref> m_pop(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("pop");
    BASTION_TRY(args_none(interp, args, "deque.pop"));
    if (d->len == 0)
        return interp.raise(interp.exc.IndexError, "pop from an empty deque");
    d->state++;
    return deque_pop_back(d);
}

Result<Ref> m_popleft(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("popleft");
    BASTION_TRY(args_none(interp, args, "deque.popleft"));
    if (d->len == 0)
        return interp.raise(interp.exc.IndexError, "pop from an empty deque");
    d->state++;
    return deque_pop_front(d);
}

Result<Ref> m_extend(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("extend");
    BASTION_TRY(args_one(interp, args, "deque.extend"));
    BASTION_TRY(deque_extend(interp, d, args.items[0]));
    return interp.new_none();
}

Result<Ref> m_extendleft(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("extendleft");
    BASTION_TRY(args_one(interp, args, "deque.extendleft"));
    BASTION_TRY(deque_extendleft(interp, d, args.items[0]));
    return interp.new_none();
}

Result<Ref> m_clear(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("clear");
    BASTION_TRY(args_none(interp, args, "deque.clear"));
    deque_clear(d);
    return interp.new_none();
}

Result<Ref> m_copy(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("copy");
    BASTION_TRY(args_none(interp, args, "deque.copy"));
    (void)d;
    return deque_copy(interp, self);
}

Result<Ref> m_count(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("count");
    BASTION_TRY(args_one(interp, args, "deque.count"));
    uint64_t state = d->state;
    int64_t n = 0;
    for (int64_t i = 0; i < d->len; i++) {
        Ref item = d->slot(i);
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, item, args.items[0], bc::CompareOpKind::Eq));
        if (d->state != state)
            return interp.raise(interp.exc.RuntimeError, "deque mutated during iteration");
        n += eq ? 1 : 0;
    }
    return Ref::small_int(n);
}

// _PyEval_SliceIndexNotNone: an index, clamped to the int64 range.
Result<int64_t> slice_index(Interpreter& interp, Value v) {
    if (!has_index(interp, v))
        return interp.raise(interp.exc.TypeError, "slice indices must be integers or have an __index__ method");
    return index_clamped(interp, v);
}

Result<Ref> m_index(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("index");
    BASTION_TRY(args_no_keywords(interp, args, "deque.index"));
    if (args.npos < 1 || args.npos > 3)
        return interp.raise_fmt(interp.exc.TypeError, "index() takes {} {} argument{} ({} given)",
                                args.npos < 1 ? "at least" : "at most", args.npos < 1 ? 1 : 3,
                                args.npos < 1 ? "" : "s", args.npos);
    int64_t start = 0;
    int64_t stop = INT64_MAX;
    if (args.npos > 1) {
        BASTION_TRY_ASSIGN(start, slice_index(interp, args.items[1]));
    }
    if (args.npos > 2) {
        BASTION_TRY_ASSIGN(stop, slice_index(interp, args.items[2]));
    }
    int64_t n = d->len;
    if (start < 0)
        start = std::max<int64_t>(start + n, 0);
    if (stop < 0)
        stop = std::max<int64_t>(stop + n, 0);
    stop = std::min(stop, n);
    start = std::min(start, stop);
    uint64_t state = d->state;
    for (int64_t i = start; i < stop; i++) {
        Ref item = d->slot(i); // in range: state unchanged means size unchanged
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, item, args.items[0], bc::CompareOpKind::Eq));
        if (eq)
            return Ref::small_int(i);
        if (d->state != state)
            return interp.raise(interp.exc.RuntimeError, "deque mutated during iteration");
    }
    std::string text;
    BASTION_TRY(append_repr(interp, text, args.items[0]));
    return interp.raise(interp.exc.ValueError, text + " is not in deque");
}

Result<Ref> m_insert(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("insert");
    BASTION_TRY(args_no_keywords(interp, args, "deque.insert"));
    if (args.npos != 2)
        return interp.raise_fmt(interp.exc.TypeError, "insert() takes exactly 2 arguments ({} given)", args.npos);
    BASTION_TRY_ASSIGN(int64_t i, ssize_arg(interp, args.items[0]));
    if (d->maxlen == d->len)
        return interp.raise(interp.exc.IndexError, "deque already at its maximum size");
    int64_t n = d->len;
    if (i < 0)
        i = std::max<int64_t>(i + n, 0);
    i = std::min(i, n);
    Ref x = Ref::borrow(args.items[1]);
    if (i == n) {
        BASTION_TRY(deque_append(interp, d, std::move(x)));
        return interp.new_none();
    }
    BASTION_TRY(deque_reserve(interp, d, n + 1));
    d->state++;
    if (i < n / 2) { // open a slot at the front, shift items [0, i) left
        d->head = (d->head - 1) & (d->cap - 1);
        d->len++;
        for (int64_t k = 0; k < i; k++)
            d->slot(k) = std::move(d->slot(k + 1));
    } else { // open a slot at the back, shift items [i, n) right
        d->len++;
        for (int64_t k = n; k > i; k--)
            d->slot(k) = std::move(d->slot(k - 1));
    }
    d->slot(i) = std::move(x);
    return interp.new_none();
}

Result<Ref> m_remove(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("remove");
    BASTION_TRY(args_one(interp, args, "deque.remove"));
    uint64_t state = d->state;
    for (int64_t i = 0; i < d->len; i++) {
        Ref item = d->slot(i);
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, item, args.items[0], bc::CompareOpKind::Eq));
        if (d->state != state)
            return interp.raise(interp.exc.IndexError, "deque mutated during iteration");
        if (eq) {
            Ref removed = deque_remove_at(d, i);
            return interp.new_none();
        }
    }
    std::string text;
    BASTION_TRY(append_repr(interp, text, args.items[0]));
    return interp.raise(interp.exc.ValueError, text + " is not in deque");
}

Result<Ref> m_reverse(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("reverse");
    BASTION_TRY(args_none(interp, args, "deque.reverse"));
    // CPython's deque_reverse leaves `state` alone: iterators carry on over the new order.
    for (int64_t i = 0, j = d->len - 1; i < j; i++, j--)
        std::swap(d->slot(i), d->slot(j));
    return interp.new_none();
}

Result<Ref> m_rotate(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("rotate");
    BASTION_TRY(args_range(interp, args, "deque.rotate", "deque.rotate", 0, 1));
    int64_t n = 1;
    if (args.npos == 1) {
        BASTION_TRY_ASSIGN(n, ssize_arg(interp, args.items[0]));
    }
    deque_rotate(d, n);
    return interp.new_none();
}

Result<Ref> m_reversed(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("__reversed__");
    BASTION_TRY(args_none(interp, args, "deque.__reversed__"));
    (void)d;
    return deque_iter_of(interp, self, true);
}

// (type(d), () or ((), maxlen), __dict__ or None, iter(d)), as CPython's deque_reduce.
Result<Ref> m_reduce(Interpreter& interp, Value self, CallArgs args) {
    DEQUE_SELF("__reduce__");
    BASTION_TRY(args_none(interp, args, "deque.__reduce__"));
    Type* type = self.obj()->type;
    Ref state = interp.new_none();
    if (type->has_flag(kTypeManagedDict)) {
        Ref& dict = managed_dict(self.obj());
        if (dict && static_cast<DictObject*>(dict.obj())->used > 0)
            state = dict;
    }
    Ref ctor_args;
    if (d->maxlen < 0) {
        ctor_args = Ref::borrow(Value(interp.empty_tuple));
    } else {
        BASTION_TRY_ASSIGN(ctor_args, to_ref(tuple_of(interp, {Value(interp.empty_tuple), Value::small_int(d->maxlen)})));
    }
    BASTION_TRY_ASSIGN(Ref it, deque_iter_of(interp, self, false));
    return to_ref(tuple_of(interp, {Value(type), Value(ctor_args), Value(state), Value(it)}));
}

Result<Ref> g_maxlen(Interpreter& interp, Value self) {
    DEQUE_SELF("maxlen");
    if (d->maxlen < 0)
        return interp.new_none();
    return Ref::small_int(d->maxlen);
}

#undef DEQUE_SELF

} // namespace

Status init_deque_methods(Interpreter& interp, DequeType* t) {
    static constexpr MethodDef kMethods[] = {
        {"append", m_append},
        {"appendleft", m_appendleft},
        {"clear", m_clear},
        {"copy", m_copy},
        {"count", m_count},
        {"extend", m_extend},
        {"extendleft", m_extendleft},
        {"index", m_index},
        {"insert", m_insert},
        {"pop", m_pop},
        {"popleft", m_popleft},
        {"remove", m_remove},
        {"reverse", m_reverse},
        {"rotate", m_rotate},
        {"__copy__", m_copy},
        {"__reversed__", m_reversed},
        {"__reduce__", m_reduce},
    };
    static constexpr GetSetDef kGetSets[] = {{"maxlen", g_maxlen}};
    BASTION_TRY(add_methods(interp, t, kMethods));
    return add_getsets(interp, t, kGetSets);
}

} // namespace bastion
