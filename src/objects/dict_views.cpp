// dict_views.cpp: dict_keys / dict_values / dict_items views (len, iteration, `in`, repr,
// set-like comparisons and & | - ^ on keys and items, isdisjoint) and the dict iterators,
// which raise "dictionary changed size during iteration". CPython: Objects/dictobject.c.

#include "gc/visitor.h"
#include "objects/alloc_fast.h"
#include "objects/containers_common.h"
#include "objects/core_internal.h"
#include "objects/list_object.h"
#include "objects/repr_guard.h"
#include "objects/set_object.h"
#include "objects/tuple_object.h"

namespace bastion {

namespace {

struct DictViewObject : Object {
    Own<DictObject> dict;
    void traverse(Visitor& v) const { v.visit(dict); }
};

struct DictIterObject : Object {
    Own<DictObject> dict; // null once exhausted
    int64_t used = 0;     // dict size at creation; -1 after a size change was reported
    int64_t pos = 0;
    int64_t len = 0; // items left to yield
    bool reversed = false;
    void traverse(Visitor& v) const { v.visit(dict); }
};

DictViewObject* as_view(Value v) { return static_cast<DictViewObject*>(v.obj()); }

bool is_keys_view(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.dict_keys; }
bool is_items_view(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.dict_items; }
bool is_setlike_view(Interpreter& interp, Value v) { return is_keys_view(interp, v) || is_items_view(interp, v); }

} // namespace

Result<Ref> dict_make_view(Interpreter& interp, DictObject* d, Type* view_type) {
    BASTION_TRY_ASSIGN(Own<DictViewObject> v, (make_fixed<DictViewObject>(interp, view_type)));
    v->dict = Own<DictObject>::borrow(d);
    return std::move(v).into_ref();
}

Result<Ref> dict_make_iter(Interpreter& interp, DictObject* d, Type* iter_type, bool reversed) {
    BASTION_TRY_ASSIGN(Own<DictIterObject> it, (make_fixed<DictIterObject>(interp, iter_type)));
    it->dict = Own<DictObject>::borrow(d);
    it->used = d->used;
    it->len = d->used;
    it->reversed = reversed;
    it->pos = reversed ? dict_entry_count(d) - 1 : 0; // entries added later are not seen, as CPython
    return std::move(it).into_ref();
}

namespace {

// --- iterators -------------------------------------------------------------------------------------

// The next entry, or false when exhausted (the error cases raise).
Result<bool> dict_iter_advance(Interpreter& interp, DictIterObject* it, Value* key, Value* value) {
    if (!it->dict)
        return false;
    DictObject* d = it->dict.get();
    if (it->used != d->used) {
        it->used = -1; // sticky, as CPython
        return interp.raise(interp.exc.RuntimeError, "dictionary changed size during iteration");
    }
    bool found = it->reversed ? dict_prev_entry(d, &it->pos, key, value) : dict_next_entry(d, &it->pos, key, value, nullptr);
    if (!found) {
        it->dict = Own<DictObject>();
        return false;
    }
    if (it->len == 0 && !it->reversed) { // CPython's reverse iterators do not check this
        it->dict = Own<DictObject>();
        return interp.raise(interp.exc.RuntimeError, "dictionary keys changed during iteration");
    }
    if (it->len > 0)
        it->len--;
    return true;
}

Result<Ref> dict_keyiter_next(Interpreter& interp, Value self) {
    Value k, v;
    BASTION_TRY_ASSIGN(bool ok, dict_iter_advance(interp, static_cast<DictIterObject*>(self.obj()), &k, &v));
    return ok ? Ref::borrow(k) : Ref();
}

Result<Ref> dict_valueiter_next(Interpreter& interp, Value self) {
    Value k, v;
    BASTION_TRY_ASSIGN(bool ok, dict_iter_advance(interp, static_cast<DictIterObject*>(self.obj()), &k, &v));
    return ok ? Ref::borrow(v) : Ref();
}

Result<Ref> dict_itemiter_next(Interpreter& interp, Value self) {
    Value k, v;
    BASTION_TRY_ASSIGN(bool ok, dict_iter_advance(interp, static_cast<DictIterObject*>(self.obj()), &k, &v));
    if (!ok)
        return Ref();
    return to_ref(tuple_of(interp, {k, v}));
}

Result<Ref> dict_iter_length_hint(Interpreter& interp, Value self, CallArgs args) {
    if (!self.is_obj() || self.obj()->type->iternext == nullptr ||
        self.obj()->type->instance_size != sizeof(DictIterObject))
        return interp.raise(interp.exc.TypeError, "descriptor '__length_hint__' requires a dict iterator");
    BASTION_TRY(args_none(interp, args, type_name(interp, self) + ".__length_hint__"));
    auto* it = static_cast<DictIterObject*>(self.obj());
    bool live = it->dict && it->used == it->dict->used;
    return Ref::small_int(live ? it->len : 0);
}

// --- views ------------------------------------------------------------------------------------------

Type* iter_type_for(Interpreter& interp, Value view) {
    Type* t = view.obj()->type;
    if (t == interp.types.dict_keys)
        return interp.types.dict_keyiterator;
    if (t == interp.types.dict_values)
        return interp.types.dict_valueiterator;
    return interp.types.dict_itemiterator;
}

Result<int64_t> view_length(Interpreter&, Value self) { return as_view(self)->dict->used; }

Result<Ref> view_iter(Interpreter& interp, Value self) {
    return dict_make_iter(interp, as_view(self)->dict.get(), iter_type_for(interp, self), false);
}

Result<bool> keys_contains(Interpreter& interp, Value self, Value key) {
    BASTION_TRY_ASSIGN(int64_t hash, dict_key_hash(interp, key));
    return dict_contains_hashed(interp, as_view(self)->dict.get(), key, hash);
}

Result<bool> items_contains(Interpreter& interp, Value self, Value item) {
    if (!is_tuple(interp, item) || static_cast<TupleObject*>(item.obj())->size != 2)
        return false;
    auto* pair = static_cast<TupleObject*>(item.obj());
    BASTION_TRY_ASSIGN(Value found, dict_get(interp, as_view(self)->dict.get(), pair->at(0)));
    if (found.is_null())
        return false;
    Ref held = Ref::borrow(found);
    return rich_compare_bool(interp, held, pair->at(1), bc::CompareOpKind::Eq);
}

Result<Ref> view_repr(Interpreter& interp, Value self) {
    ReprGuard guard(interp, self.obj());
    if (guard.recursive())
        return str_result(interp, "...");
    BASTION_TRY(check_native_stack(interp));
    BASTION_TRY_ASSIGN(Own<ListObject> items, list_from_iterable(interp, self));
    std::string out = type_name(interp, self) + "(";
    BASTION_TRY(append_repr(interp, out, Value(static_cast<Object*>(items.get()))));
    out += ")";
    return str_result(interp, out);
}

// Every item of `a` is in `b` (CPython's all_contained_in).
Result<bool> all_contained_in(Interpreter& interp, Value a, Value b) {
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, a));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (!item)
            return true;
        BASTION_TRY_ASSIGN(bool in, contains(interp, b, item));
        if (!in)
            return false;
    }
}

Result<Ref> view_richcompare(Interpreter& interp, Value v, Value w, bc::CompareOpKind op) {
    using bc::CompareOpKind;
    if (!is_anyset(interp, w) && !is_setlike_view(interp, w))
        return not_implemented(interp);
    BASTION_TRY_ASSIGN(int64_t lv, length(interp, v));
    BASTION_TRY_ASSIGN(int64_t lw, length(interp, w));
    bool ok = false;
    switch (op) {
    case CompareOpKind::Eq:
    case CompareOpKind::Ne:
        if (lv == lw) {
            BASTION_TRY_ASSIGN(ok, all_contained_in(interp, v, w));
        }
        if (op == CompareOpKind::Ne)
            ok = !ok;
        break;
    case CompareOpKind::Lt:
        if (lv < lw) {
            BASTION_TRY_ASSIGN(ok, all_contained_in(interp, v, w));
        }
        break;
    case CompareOpKind::Le:
        if (lv <= lw) {
            BASTION_TRY_ASSIGN(ok, all_contained_in(interp, v, w));
        }
        break;
    case CompareOpKind::Gt:
        if (lv > lw) {
            BASTION_TRY_ASSIGN(ok, all_contained_in(interp, w, v));
        }
        break;
    case CompareOpKind::Ge:
        if (lv >= lw) {
            BASTION_TRY_ASSIGN(ok, all_contained_in(interp, w, v));
        }
        break;
    }
    return interp.new_bool(ok);
}

// dictviews_to_set: set(view), through the dict itself for a keys view of an exact dict.
Result<Own<SetObject>> view_to_set(Interpreter& interp, Value self) {
    Value src = self;
    if (is_keys_view(interp, self) && as_view(self)->dict->type == interp.types.dict)
        src = Value(static_cast<Object*>(as_view(self)->dict.get()));
    return set_new(interp, interp.types.set, src);
}

Result<Ref> view_sub(Interpreter& interp, Value lhs, Value rhs) {
    BASTION_TRY_ASSIGN(Own<SetObject> result, view_to_set(interp, lhs));
    BASTION_TRY(set_difference_update(interp, result.get(), rhs));
    return std::move(result).into_ref();
}

Result<Ref> view_or(Interpreter& interp, Value lhs, Value rhs) {
    BASTION_TRY_ASSIGN(Own<SetObject> result, view_to_set(interp, lhs));
    BASTION_TRY(set_update(interp, result.get(), rhs));
    return std::move(result).into_ref();
}

// CPython's dictitems_xor, for the result's iteration order: the pairs of rhs whose key
// lhs lacks or maps to an unequal value, in rhs's order, then lhs's remaining pairs.
// Comparisons may run user code: every key and value in play is held by a Ref, and the
// walk over rhs's dict is dict_next's (bounds-checked against the dict as it is now).
Result<Ref> items_xor(Interpreter& interp, Value lhs, Value rhs) {
    Own<DictObject> d1 = as_view(lhs)->dict;
    Own<DictObject> d2 = as_view(rhs)->dict;
    BASTION_TRY_ASSIGN(Own<DictObject> rest, dict_copy(interp, d1.get()));
    BASTION_TRY_ASSIGN(Own<SetObject> result, set_new(interp, interp.types.set, Value()));
    auto add_pair = [&](Value key, Value value) -> Status {
        BASTION_TRY_ASSIGN(Own<TupleObject> pair, tuple_of(interp, {key, value}));
        return set_add(interp, result.get(), Value(pair.get()));
    };
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d2.get(), &pos, &k, &v)) {
        Ref key = Ref::borrow(k), value2 = Ref::borrow(v);
        BASTION_TRY_ASSIGN(Value found, dict_get(interp, rest.get(), key));
        bool equal = false;
        if (!found.is_null()) {
            Ref value1 = Ref::borrow(found);
            BASTION_TRY_ASSIGN(equal, equals(interp, value1, value2));
        }
        if (equal) {
            BASTION_TRY_ASSIGN(bool removed, dict_del(interp, rest.get(), key));
            (void)removed;
        } else {
            BASTION_TRY(add_pair(key, value2));
        }
    }
    pos = 0;
    while (dict_next(rest.get(), &pos, &k, &v)) {
        Ref key = Ref::borrow(k), value = Ref::borrow(v);
        BASTION_TRY(add_pair(key, value));
    }
    return std::move(result).into_ref();
}

Result<Ref> view_xor(Interpreter& interp, Value lhs, Value rhs) {
    if (is_items_view(interp, lhs) && is_items_view(interp, rhs))
        return items_xor(interp, lhs, rhs);
    BASTION_TRY_ASSIGN(Own<SetObject> result, view_to_set(interp, lhs));
    BASTION_TRY(set_symmetric_difference_update(interp, result.get(), rhs));
    return std::move(result).into_ref();
}

// _PyDictView_Intersect.
Result<Ref> view_and(Interpreter& interp, Value lhs, Value rhs) {
    Value self = lhs, other = rhs;
    if (!is_setlike_view(interp, self))
        std::swap(self, other);
    int64_t len_self = as_view(self)->dict->used;
    if (other.is_obj() && other.obj()->type == interp.types.set) {
        auto* os = static_cast<SetObject*>(other.obj());
        if (len_self <= os->used)
            return to_ref(set_intersection(interp, os, self));
    }
    if (is_setlike_view(interp, other) && as_view(other)->dict->used > len_self)
        std::swap(self, other);
    BASTION_TRY_ASSIGN(Own<SetObject> result, set_new(interp, interp.types.set, Value()));
    bool keys = is_keys_view(interp, self);
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, other));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref key, iter_next(interp, it));
        if (!key)
            return std::move(result).into_ref();
        BASTION_TRY_ASSIGN(bool in, keys ? keys_contains(interp, self, key) : items_contains(interp, self, key));
        if (in)
            BASTION_TRY(set_add(interp, result.get(), key));
    }
}

Result<Ref> view_isdisjoint(Interpreter& interp, Value self, CallArgs args) {
    if (!is_setlike_view(interp, self))
        return interp.raise(interp.exc.TypeError, "descriptor 'isdisjoint' requires a dict_keys or dict_items object");
    BASTION_TRY(args_one(interp, args, type_name(interp, self) + ".isdisjoint"));
    Value a = self, b = args.items[0];
    if (a.is(b))
        return interp.new_bool(as_view(a)->dict->used == 0);
    if (is_anyset(interp, b) || is_setlike_view(interp, b)) {
        BASTION_TRY_ASSIGN(int64_t lb, length(interp, b));
        if (lb > as_view(a)->dict->used)
            std::swap(a, b);
    }
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, b));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (!item)
            return interp.new_bool(true);
        BASTION_TRY_ASSIGN(bool in, contains(interp, a, item));
        if (in)
            return interp.new_bool(false);
    }
}

Result<Ref> view_reversed(Interpreter& interp, Value self, CallArgs args) {
    if (!self.is_obj() || (self.obj()->type != interp.types.dict_keys && self.obj()->type != interp.types.dict_values &&
                           self.obj()->type != interp.types.dict_items))
        return interp.raise(interp.exc.TypeError, "descriptor '__reversed__' requires a dict view");
    BASTION_TRY(args_none(interp, args, type_name(interp, self) + ".__reversed__"));
    Type* t = self.obj()->type;
    Type* iter_type = t == interp.types.dict_keys     ? interp.types.dict_reversekeyiterator
                      : t == interp.types.dict_values ? interp.types.dict_reversevalueiterator
                                                      : interp.types.dict_reverseitemiterator;
    return dict_make_iter(interp, as_view(self)->dict.get(), iter_type, true);
}

} // namespace

void init_dict_view_slots(Interpreter& interp) {
    for (Type* t : {interp.types.dict_keys, interp.types.dict_values, interp.types.dict_items}) {
        t->instance_size = sizeof(DictViewObject);
        t->flags = (t->flags & ~kTypeBaseType) | kTypeGC;
        t->length = view_length;
        t->iter = view_iter;
        t->repr = view_repr;
        t->destroy = destroy_as<DictViewObject>;
        t->traverse = traverse_as<DictViewObject>;
    }
    for (Type* t : {interp.types.dict_keys, interp.types.dict_items}) {
        t->richcompare = view_richcompare;
        t->hash = nullptr; // set-like views are unhashable, as in CPython
        t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Subtract)] = view_sub;
        t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::And)] = view_and;
        t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Or)] = view_or;
        t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Xor)] = view_xor;
    }
    interp.types.dict_keys->contains = keys_contains;
    interp.types.dict_items->contains = items_contains;

    for (Type* t : {interp.types.dict_keyiterator, interp.types.dict_valueiterator, interp.types.dict_itemiterator,
                    interp.types.dict_reversekeyiterator, interp.types.dict_reversevalueiterator,
                    interp.types.dict_reverseitemiterator}) {
        t->instance_size = sizeof(DictIterObject);
        t->flags = (t->flags & ~kTypeBaseType) | kTypeGC;
        t->iter = iter_self;
        t->destroy = destroy_as<DictIterObject>;
        t->traverse = traverse_as<DictIterObject>;
    }
    interp.types.dict_keyiterator->iternext = dict_keyiter_next;
    interp.types.dict_valueiterator->iternext = dict_valueiter_next;
    interp.types.dict_itemiterator->iternext = dict_itemiter_next;
    interp.types.dict_reversekeyiterator->iternext = dict_keyiter_next;
    interp.types.dict_reversevalueiterator->iternext = dict_valueiter_next;
    interp.types.dict_reverseitemiterator->iternext = dict_itemiter_next;
}

namespace {

// view.mapping: a read-only mappingproxy of the dict behind the view (3.10+).
Result<Ref> view_mapping(Interpreter& interp, Value self) {
    Type* t = type_of(interp, self);
    if (t != interp.types.dict_keys && t != interp.types.dict_values && t != interp.types.dict_items)
        return interp.raise(interp.exc.TypeError, "descriptor 'mapping' requires a dict view");
    return mappingproxy_new(interp, Value(static_cast<DictViewObject*>(self.obj())->dict.get()));
}

} // namespace

Status init_dict_view_methods(Interpreter& interp) {
    static constexpr GetSetDef kViewGetSets[] = {{"mapping", view_mapping}};
    for (Type* t : {interp.types.dict_keys, interp.types.dict_values, interp.types.dict_items})
        BASTION_TRY(add_getsets(interp, t, kViewGetSets));
    static constexpr MethodDef kSetLike[] = {{"isdisjoint", view_isdisjoint}, {"__reversed__", view_reversed}};
    static constexpr MethodDef kValues[] = {{"__reversed__", view_reversed}};
    static constexpr MethodDef kIter[] = {{"__length_hint__", dict_iter_length_hint}};
    BASTION_TRY(add_methods(interp, interp.types.dict_keys, kSetLike));
    BASTION_TRY(add_methods(interp, interp.types.dict_items, kSetLike));
    BASTION_TRY(add_methods(interp, interp.types.dict_values, kValues));
    for (Type* t : {interp.types.dict_keyiterator, interp.types.dict_valueiterator, interp.types.dict_itemiterator,
                    interp.types.dict_reversekeyiterator, interp.types.dict_reversevalueiterator,
                    interp.types.dict_reverseitemiterator})
        BASTION_TRY(add_methods(interp, t, kIter));
    return {};
}

} // namespace bastion
