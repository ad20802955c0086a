// iterators.cpp: seq_iterator, callable_iterator, enumerate, zip (with strict=), map,
// filter and reversed, with CPython 3.11's constructors and messages.
// CPython: Objects/iterobject.c, Objects/enumobject.c, Python/bltinmodule.c.
#include "objects/iterators.h"

#include <vector>

#include "gc/gc_state.h"
#include "gc/visitor.h"
#include "objects/alloc_fast.h"
#include "objects/containers_common.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"

namespace bastion {

namespace {

bool ends_iteration(Interpreter& interp, const Raised& r) {
    return raised_matches(r, interp.exc.IndexError) || raised_matches(r, interp.exc.StopIteration);
}

// --- seq_iterator -------------------------------------------------------------------------------------

struct SeqIterObject : Object {
    Ref seq; // null once exhausted
    int64_t index = 0;
    void traverse(Visitor& v) const { v.visit(seq); }
};

Result<Ref> seq_iter_next(Interpreter& interp, Value self) {
    auto* it = static_cast<SeqIterObject*>(self.obj());
    if (!it->seq)
        return Ref();
    if (!Value::fits_small(it->index))
        return interp.raise(interp.exc.OverflowError, "iter index too large");
    Ref seq = it->seq;
    auto item = get_item(interp, seq, Value::small_int(it->index));
    if (item.ok()) {
        it->index++;
        return std::move(item.value());
    }
    if (ends_iteration(interp, item.error())) {
        it->seq.reset();
        return Ref();
    }
    return item.take_error();
}

Result<Ref> seq_iter_length_hint(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(SeqIterObject * it,
                       self_as<SeqIterObject>(interp, self, interp.types.seq_iterator, "__length_hint__"));
    BASTION_TRY(args_none(interp, args, "iterator.__length_hint__"));
    if (!it->seq)
        return Ref::small_int(0);
    if (type_of(interp, it->seq)->length == nullptr)
        return not_implemented(interp);
    BASTION_TRY_ASSIGN(int64_t n, length(interp, it->seq));
    int64_t left = n - it->index;
    return Ref::small_int(left < 0 ? 0 : left);
}

// --- callable_iterator ---------------------------------------------------------------------------------

struct CallIterObject : Object {
    Ref callable; // both null once exhausted
    Ref sentinel;
    void traverse(Visitor& v) const {
        v.visit(callable);
        v.visit(sentinel);
    }
};

Result<Ref> call_iter_next(Interpreter& interp, Value self) {
    auto* it = static_cast<CallIterObject*>(self.obj());
    if (!it->callable)
        return Ref();
    Ref callable = it->callable, sentinel = it->sentinel; // the call may re-enter this iterator
    auto r = call_positional(interp, callable, {});
    if (!r.ok()) {
        if (raised_matches(r.error(), interp.exc.StopIteration)) {
            it->callable.reset();
            it->sentinel.reset();
            return Ref();
        }
        return r.take_error();
    }
    Ref result = std::move(r.value());
    BASTION_TRY_ASSIGN(bool done, rich_compare_bool(interp, result, sentinel, bc::CompareOpKind::Eq));
    if (done) {
        it->callable.reset();
        it->sentinel.reset();
        return Ref();
    }
    return result;
}

// --- enumerate ---------------------------------------------------------------------------------------------

struct EnumerateObject : Object {
    Ref iter;
    int64_t index = 0;
    Ref big_index; // non-null once the count left the small-int range
    void traverse(Visitor& v) const {
        v.visit(iter);
        v.visit(big_index);
    }
};

// Positional-or-keyword arguments by name, with CPython's messages for `fname`.
Status bind_args(Interpreter& interp, CallArgs args, std::string_view fname, std::initializer_list<std::string_view> names,
                 Value* out) {
    std::size_t n = names.size();
    if (args.npos + args.nkw() > n)
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes at most {} arguments ({} given)", fname, n,
                                args.npos + args.nkw());
    for (std::size_t i = 0; i < args.npos; i++)
        out[i] = args.items[i];
    for (std::size_t k = 0; k < args.nkw(); k++) {
        std::string kw = str_to_utf8(args.keyword_name(k));
        std::size_t pos = 0;
        for (std::string_view name : names) {
            if (name == kw)
                break;
            pos++;
        }
        if (pos == n)
            return interp.raise_fmt(interp.exc.TypeError, "'{}' is an invalid keyword argument for {}()", kw, fname);
        if (!out[pos].is_null())
            return interp.raise_fmt(interp.exc.TypeError, "argument for {}() given by name ('{}') and position ({})",
                                    fname, kw, pos + 1);
        out[pos] = args.keyword_value(k);
    }
    return {};
}

Result<Ref> enumerate_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    Value argv[2];
    BASTION_TRY(bind_args(interp, args, "enumerate", {"iterable", "start"}, argv));
    if (argv[0].is_null())
        return interp.raise(interp.exc.TypeError, "enumerate() missing required argument 'iterable'");
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, argv[0]));
    BASTION_TRY_ASSIGN(Own<EnumerateObject> e, (make_fixed<EnumerateObject>(interp, type)));
    e->iter = std::move(it);
    if (!argv[1].is_null()) {
        BASTION_TRY_ASSIGN(Ref start, index(interp, argv[1]));
        if (start.get().is_small_int())
            e->index = start.get().small_int_value();
        else
            e->big_index = std::move(start);
    }
    return std::move(e).into_ref();
}

Result<Ref> enumerate_next(Interpreter& interp, Value self) {
    auto* e = static_cast<EnumerateObject*>(self.obj());
    Ref iter = e->iter;
    BASTION_TRY_ASSIGN(Ref item, iter_next(interp, iter));
    if (!item)
        return Ref();
    Ref count;
    if (!e->big_index && e->index < Value::kSmallMax) {
        count = Ref::small_int(e->index++);
    } else {
        if (!e->big_index)
            e->big_index = Ref::small_int(e->index);
        count = e->big_index;
        BASTION_TRY_ASSIGN(Ref next, binary_op(interp, bc::BinaryOpKind::Add, count, Value::small_int(1)));
        e->big_index = std::move(next);
    }
    return to_ref(tuple_of(interp, {count.get(), item.get()}));
}

// --- zip ------------------------------------------------------------------------------------------------

struct ZipObject : Object {
    Own<TupleObject> iters;
    // The tuple zip_next made first; refilled in place while nothing else holds it (as
    // CPython's zip: a loop that unpacks each tuple allocates none after the first).
    Own<TupleObject> result;
    bool strict = false;
    void traverse(Visitor& v) const {
        v.visit(iters);
        v.visit(result);
    }
};

Result<Ref> zip_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    bool strict = false;
    if (args.nkw() > 1)
        return interp.raise_fmt(interp.exc.TypeError, "zip() takes at most 1 keyword argument ({} given)", args.nkw());
    if (args.nkw() == 1) {
        StrObject* name = args.keyword_name(0);
        if (name != interp.names.strict && !str_equal(name, interp.names.strict))
            return interp.raise_fmt(interp.exc.TypeError, "'{}' is an invalid keyword argument for zip()",
                                    str_to_utf8(name));
        BASTION_TRY_ASSIGN(strict, is_true(interp, args.keyword_value(0)));
    }
    BASTION_TRY_ASSIGN(Own<TupleObject> iters, tuple_new_uninitialized(interp, static_cast<int64_t>(args.npos)));
    for (std::size_t i = 0; i < args.npos; i++) {
        BASTION_TRY_ASSIGN(Ref it, get_iter(interp, args.items[i]));
        tuple_init_item(iters.get(), static_cast<int64_t>(i), std::move(it));
    }
    BASTION_TRY_ASSIGN(Own<ZipObject> z, (make_fixed<ZipObject>(interp, type)));
    z->iters = std::move(iters);
    z->strict = strict;
    return std::move(z).into_ref();
}

// zip(strict=True) found iterator i (0-based) exhausted first or left over.
Raised zip_length_error(Interpreter& interp, int64_t i, bool shorter) {
    const char* plural = i == 1 ? " " : "s 1-";
    return interp.raise_fmt(interp.exc.ValueError, "zip() argument {} is {} than argument{}{}", i + 1,
                            shorter ? "shorter" : "longer", plural, i);
}

// Iterator i (0-based) of `iters` is exhausted: the end of the zip, or strict's error.
Result<Ref> zip_exhausted(Interpreter& interp, const ZipObject* z, const TupleObject* iters, int64_t i) {
    if (!z->strict)
        return Ref();
    if (i > 0)
        return zip_length_error(interp, i, true);
    // The first iterator is done: every other one must be done too.
    for (int64_t k = 1; k < iters->size; k++) {
        BASTION_TRY_ASSIGN(Ref extra, iter_next(interp, iters->at(k)));
        if (extra)
            return zip_length_error(interp, k, false);
    }
    return Ref();
}

Result<Ref> zip_next(Interpreter& interp, Value self) {
    auto* z = static_cast<ZipObject*>(self.obj());
    Own<TupleObject> iters = z->iters;
    int64_t n = iters->size;
    if (n == 0)
        return Ref();
    if (z->result && z->result->refcount == 1) {
        // Only z holds the last tuple: refill it. `t` makes the count 2, so a call that
        // re-enters from an iterator below makes a tuple of its own.
        Own<TupleObject> t = z->result;
        BASTION_CHECK(t->size == n);
        for (int64_t i = 0; i < n; i++) {
            BASTION_TRY_ASSIGN(Ref item, iter_next(interp, iters->at(i)));
            if (!item)
                return zip_exhausted(interp, z, iters.get(), i);
            Ref old = Ref::steal(t->items()[i]); // released after the slot holds the new item
            t->items()[i] = item.release();
        }
        t->hash_cache = -1;
        if (!is_tracked(t.get())) // the collector untracks tuples of atomic items
            gc_track(interp, t.get());
        return std::move(t).into_ref();
    }
    // The items are drawn before the tuple exists, so no tuple with empty slots is ever
    // visible (an iterator could reach one through gc.get_objects()).
    constexpr int64_t kInline = 8;
    Ref inline_items[kInline];
    std::vector<Ref> heap_items;
    Ref* items = inline_items;
    if (n > kInline) {
        heap_items.resize(static_cast<std::size_t>(n));
        items = heap_items.data();
    }
    for (int64_t i = 0; i < n; i++) {
        BASTION_TRY_ASSIGN(items[i], iter_next(interp, iters->at(i)));
        if (!items[i])
            return zip_exhausted(interp, z, iters.get(), i);
    }
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, n));
    for (int64_t i = 0; i < n; i++)
        tuple_init_item(t.get(), i, std::move(items[i]));
    if (!z->result)
        z->result = t;
    return std::move(t).into_ref();
}

// --- map -----------------------------------------------------------------------------------------------

struct MapObject : Object {
    Ref func;
    Own<TupleObject> iters;
    void traverse(Visitor& v) const {
        v.visit(func);
        v.visit(iters);
    }
};

Result<Ref> map_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    if (type == interp.types.map)
        BASTION_TRY(args_no_keywords(interp, args, "map"));
    if (args.npos < 2)
        return interp.raise(interp.exc.TypeError, "map() must have at least two arguments.");
    BASTION_TRY_ASSIGN(Own<TupleObject> iters, tuple_new_uninitialized(interp, static_cast<int64_t>(args.npos - 1)));
    for (std::size_t i = 1; i < args.npos; i++) {
        BASTION_TRY_ASSIGN(Ref it, get_iter(interp, args.items[i]));
        tuple_init_item(iters.get(), static_cast<int64_t>(i - 1), std::move(it));
    }
    BASTION_TRY_ASSIGN(Own<MapObject> m, (make_fixed<MapObject>(interp, type)));
    m->func = Ref::borrow(args.items[0]);
    m->iters = std::move(iters);
    return std::move(m).into_ref();
}

Result<Ref> map_next(Interpreter& interp, Value self) {
    auto* m = static_cast<MapObject*>(self.obj());
    Own<TupleObject> iters = m->iters;
    Ref func = m->func;
    std::vector<Ref> items;
    items.reserve(static_cast<std::size_t>(iters->size));
    for (int64_t i = 0; i < iters->size; i++) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, iters->at(i)));
        if (!item)
            return Ref();
        items.push_back(std::move(item));
    }
    static_assert(sizeof(Ref) == sizeof(Value), "a Ref array is viewed as a Value array");
    CallArgs call_args;
    call_args.items = reinterpret_cast<const Value*>(items.data());
    call_args.npos = items.size();
    return call(interp, func, call_args);
}

// --- filter ---------------------------------------------------------------------------------------------

struct FilterObject : Object {
    Ref func; // None: test the items themselves
    Ref iter;
    void traverse(Visitor& v) const {
        v.visit(func);
        v.visit(iter);
    }
};

Result<Ref> filter_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    if (type == interp.types.filter)
        BASTION_TRY(args_no_keywords(interp, args, "filter"));
    if (args.npos != 2)
        return interp.raise_fmt(interp.exc.TypeError, "filter expected 2 arguments, got {}", args.npos);
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, args.items[1]));
    BASTION_TRY_ASSIGN(Own<FilterObject> f, (make_fixed<FilterObject>(interp, type)));
    f->func = Ref::borrow(args.items[0]);
    f->iter = std::move(it);
    return std::move(f).into_ref();
}

Result<Ref> filter_next(Interpreter& interp, Value self) {
    auto* f = static_cast<FilterObject*>(self.obj());
    Ref func = f->func, iter = f->iter;
    bool identity = is_none(interp, func) || func.get().is(Value(interp.types.bool_));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, iter));
        if (!item)
            return Ref();
        bool keep = false;
        if (identity) {
            BASTION_TRY_ASSIGN(keep, is_true(interp, item));
        } else {
            BASTION_TRY_ASSIGN(Ref r, call_positional(interp, func, {item.get()}));
            BASTION_TRY_ASSIGN(keep, is_true(interp, r));
        }
        if (keep)
            return item;
    }
}

// --- reversed ---------------------------------------------------------------------------------------------

struct ReversedObject : Object {
    Ref seq; // null once exhausted
    int64_t index = -1;
    void traverse(Visitor& v) const { v.visit(seq); }
};

Result<Ref> reversed_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    if (type == interp.types.reversed)
        BASTION_TRY(args_no_keywords(interp, args, "reversed"));
    if (args.npos != 1)
        return interp.raise_fmt(interp.exc.TypeError, "reversed expected 1 argument, got {}", args.npos);
    Value seq = args.items[0];
    Type* st = type_of(interp, seq);
    Value special = type_lookup(st, interp.names.__reversed__);
    if (!special.is_null()) {
        if (is_none(interp, special))
            return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not reversible", st->name);
        return call_bound_special(interp, special, seq, {});
    }
    // PySequence_Check: __getitem__ and not a dict.
    if (st->getitem == nullptr || is_dict(interp, seq))
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not reversible", st->name);
    BASTION_TRY_ASSIGN(int64_t n, length(interp, seq));
    BASTION_TRY_ASSIGN(Own<ReversedObject> r, (make_fixed<ReversedObject>(interp, type)));
    r->seq = Ref::borrow(seq);
    r->index = n - 1;
    return std::move(r).into_ref();
}

Result<Ref> reversed_next(Interpreter& interp, Value self) {
    auto* r = static_cast<ReversedObject*>(self.obj());
    if (!r->seq)
        return Ref();
    if (r->index >= 0) {
        Ref seq = r->seq;
        auto item = get_item(interp, seq, Value::small_int(r->index));
        if (item.ok()) {
            r->index--;
            return std::move(item.value());
        }
        if (!ends_iteration(interp, item.error()))
            return item.take_error();
    }
    r->index = -1;
    r->seq.reset();
    return Ref();
}

Result<Ref> reversed_length_hint(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(ReversedObject * r,
                       self_as<ReversedObject>(interp, self, interp.types.reversed, "__length_hint__"));
    BASTION_TRY(args_none(interp, args, "reversed.__length_hint__"));
    if (!r->seq)
        return Ref::small_int(0);
    BASTION_TRY_ASSIGN(int64_t n, length(interp, r->seq));
    int64_t pos = r->index + 1;
    return Ref::small_int(n < pos ? 0 : pos);
}

template <typename T>
void init_iter_type(Type* t, IterNextFn next, bool subclassable) {
    t->instance_size = sizeof(T);
    t->flags = (subclassable ? t->flags | kTypeBaseType : t->flags & ~kTypeBaseType) | kTypeGC;
    t->iter = iter_self;
    t->iternext = next;
    t->destroy = destroy_as<T>;
    t->traverse = traverse_as<T>;
}

} // namespace

Result<Ref> make_seq_iterator(Interpreter& interp, Value seq) {
    BASTION_TRY_ASSIGN(Own<SeqIterObject> it, (make_fixed<SeqIterObject>(interp, interp.types.seq_iterator)));
    it->seq = Ref::borrow(seq);
    return std::move(it).into_ref();
}

Result<Ref> make_callable_iterator(Interpreter& interp, Value callable, Value sentinel) {
    BASTION_TRY_ASSIGN(Own<CallIterObject> it, (make_fixed<CallIterObject>(interp, interp.types.callable_iterator)));
    it->callable = Ref::borrow(callable);
    it->sentinel = Ref::borrow(sentinel);
    return std::move(it).into_ref();
}

void init_iterator_slots(Interpreter& interp) {
    init_iter_type<SeqIterObject>(interp.types.seq_iterator, seq_iter_next, false);
    init_iter_type<CallIterObject>(interp.types.callable_iterator, call_iter_next, false);
    init_iter_type<EnumerateObject>(interp.types.enumerate, enumerate_next, true);
    init_iter_type<ZipObject>(interp.types.zip, zip_next, true);
    init_iter_type<MapObject>(interp.types.map, map_next, true);
    init_iter_type<FilterObject>(interp.types.filter, filter_next, true);
    init_iter_type<ReversedObject>(interp.types.reversed, reversed_next, true);
    interp.types.enumerate->tp_new = enumerate_tp_new;
    interp.types.zip->tp_new = zip_tp_new;
    interp.types.map->tp_new = map_tp_new;
    interp.types.filter->tp_new = filter_tp_new;
    interp.types.reversed->tp_new = reversed_tp_new;
}

Status init_iterator_methods(Interpreter& interp) {
    static constexpr MethodDef kSeq[] = {{"__length_hint__", seq_iter_length_hint}};
    static constexpr MethodDef kReversed[] = {{"__length_hint__", reversed_length_hint}};
    BASTION_TRY(add_methods(interp, interp.types.seq_iterator, kSeq));
    return add_methods(interp, interp.types.reversed, kReversed);
}

} // namespace bastion
