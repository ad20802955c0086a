// set_type.cpp: the Python types `set`, `frozenset` and `set_iterator` — constructors,
// operators (| & - ^ and their in-place forms), comparisons, repr, hash, and methods —
// over the table operations of set_object.cpp. CPython: Objects/setobject.c.
#include "gc/visitor.h"
#include "objects/alloc_fast.h"
#include "objects/containers_common.h"
#include "objects/list_object.h"
#include "objects/repr_guard.h"
#include "objects/set_object.h"
#include "objects/tuple_object.h"

namespace bastion {

namespace {

SetObject* as_set(Value v) { return static_cast<SetObject*>(v.obj()); }

// Hash `key` for membership tests; an unhashable set is looked up as a frozenset
// (CPython's set_contains / set_remove / set_discard fallback). *tmp keeps it alive.
Result<int64_t> member_hash(Interpreter& interp, Value key, Ref* tmp, Value* lookup) {
    *lookup = key;
    auto h = hash(interp, key);
    if (h.ok())
        return h.value();
    if (!is_set(interp, key) || !raised_matches(h.error(), interp.exc.TypeError))
        return h.take_error();
    BASTION_TRY_ASSIGN(Own<SetObject> frozen, set_new(interp, interp.types.frozenset, key));
    *tmp = std::move(frozen).into_ref();
    *lookup = *tmp;
    return hash(interp, *lookup);
}

// --- construction -----------------------------------------------------------------------------------

Result<Ref> set_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    if (type == interp.types.set)
        BASTION_TRY(args_no_keywords(interp, args, "set"));
    return to_ref(set_new(interp, type, Value()));
}

Status set_tp_init(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(args_range(interp, args, "set", type_name(interp, self), 0, 1));
    SetObject* s = as_set(self);
    if (s->fill != 0)
        set_clear_table(s);
    s->hash = -1;
    if (args.npos == 1)
        BASTION_TRY(set_update(interp, s, args.items[0]));
    return {};
}

Result<Ref> frozenset_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    if (type == interp.types.frozenset)
        BASTION_TRY(args_no_keywords(interp, args, "frozenset"));
    if (args.npos > 1)
        return interp.raise_fmt(interp.exc.TypeError, "{} expected at most 1 argument, got {}", type->name, args.npos);
    Value iterable = args.npos == 1 ? args.items[0] : Value();
    if (type == interp.types.frozenset && iterable.is_obj() && iterable.obj()->type == interp.types.frozenset)
        return Ref::borrow(iterable);
    return to_ref(set_new(interp, type, iterable));
}

// --- slots -------------------------------------------------------------------------------------------

Result<int64_t> set_length(Interpreter&, Value self) { return as_set(self)->used; }
Result<bool> set_truth(Interpreter&, Value self) { return as_set(self)->used != 0; }

Result<bool> set_contains_slot(Interpreter& interp, Value self, Value key) {
    Ref tmp;
    Value lookup;
    BASTION_TRY_ASSIGN(int64_t h, member_hash(interp, key, &tmp, &lookup));
    return set_contains_hashed(interp, as_set(self), lookup, h);
}

Result<int64_t> frozenset_hash(Interpreter&, Value self) {
    SetObject* s = as_set(self);
    if (s->hash == -1)
        s->hash = frozenset_hash_of(s);
    return s->hash;
}

Result<Ref> set_repr(Interpreter& interp, Value self) {
    SetObject* s = as_set(self);
    const std::string& name = type_name(interp, self);
    ReprGuard guard(interp, s);
    if (guard.recursive())
        return str_result(interp, name + "(...)");
    if (s->used == 0)
        return str_result(interp, name + "()");
    BASTION_TRY(check_native_stack(interp));
    BASTION_TRY_ASSIGN(Own<ListObject> keys, list_from_iterable(interp, self));
    std::string list_text;
    BASTION_TRY(append_repr(interp, list_text, Value(static_cast<Object*>(keys.get()))));
    // "[a, b]" -> "{a, b}"
    std::string inner = list_text.size() >= 2 ? list_text.substr(1, list_text.size() - 2) : std::string();
    bool exact_set = s->type == interp.types.set;
    return str_result(interp, exact_set ? "{" + inner + "}" : name + "({" + inner + "})");
}

Result<Ref> set_richcompare(Interpreter& interp, Value v, Value w, bc::CompareOpKind op) {
    using bc::CompareOpKind;
    if (!is_anyset(interp, w))
        return not_implemented(interp);
    SetObject* a = as_set(v);
    SetObject* b = as_set(w);
    bool r = false;
    switch (op) {
    case CompareOpKind::Eq:
    case CompareOpKind::Ne:
        if (a->used != b->used) {
            r = false;
        } else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) {
            r = false;
        } else {
            BASTION_TRY_ASSIGN(r, set_issubset(interp, a, w));
        }
        if (op == CompareOpKind::Ne)
            r = !r;
        break;
    case CompareOpKind::Le: {
        BASTION_TRY_ASSIGN(r, set_issubset(interp, a, w));
        break;
    }
    case CompareOpKind::Ge: {
        BASTION_TRY_ASSIGN(r, set_issuperset(interp, a, w));
        break;
    }
    case CompareOpKind::Lt:
        if (a->used < b->used) {
            BASTION_TRY_ASSIGN(r, set_issubset(interp, a, w));
        }
        break;
    case CompareOpKind::Gt:
        if (a->used > b->used) {
            BASTION_TRY_ASSIGN(r, set_issuperset(interp, a, w));
        }
        break;
    }
    return interp.new_bool(r);
}

// Binary operators: NotImplemented unless both operands are sets or frozensets.
Result<Ref> set_or(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_anyset(interp, lhs) || !is_anyset(interp, rhs))
        return not_implemented(interp);
    BASTION_TRY_ASSIGN(Own<SetObject> result, set_copy_of(interp, as_set(lhs)));
    if (!lhs.is(rhs))
        BASTION_TRY(set_update(interp, result.get(), rhs));
    return std::move(result).into_ref();
}

Result<Ref> set_and(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_anyset(interp, lhs) || !is_anyset(interp, rhs))
        return not_implemented(interp);
    return to_ref(set_intersection(interp, as_set(lhs), rhs));
}

Result<Ref> set_sub(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_anyset(interp, lhs) || !is_anyset(interp, rhs))
        return not_implemented(interp);
    return to_ref(set_difference(interp, as_set(lhs), rhs));
}

Result<Ref> set_xor(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_anyset(interp, lhs) || !is_anyset(interp, rhs))
        return not_implemented(interp);
    return to_ref(set_symmetric_difference(interp, as_set(lhs), rhs));
}

Status set_intersection_update_one(Interpreter& interp, SetObject* s, Value other) {
    BASTION_TRY_ASSIGN(Own<SetObject> tmp, set_intersection(interp, s, other));
    set_swap_bodies(s, tmp.get());
    return {};
}

Result<Ref> set_ior(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_anyset(interp, rhs))
        return not_implemented(interp);
    BASTION_TRY(set_update(interp, as_set(lhs), rhs));
    return Ref::borrow(lhs);
}

Result<Ref> set_iand(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_anyset(interp, rhs))
        return not_implemented(interp);
    BASTION_TRY(set_intersection_update_one(interp, as_set(lhs), rhs));
    return Ref::borrow(lhs);
}

Result<Ref> set_isub(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_anyset(interp, rhs))
        return not_implemented(interp);
    BASTION_TRY(set_difference_update(interp, as_set(lhs), rhs));
    return Ref::borrow(lhs);
}

Result<Ref> set_ixor(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_anyset(interp, rhs))
        return not_implemented(interp);
    BASTION_TRY(set_symmetric_difference_update(interp, as_set(lhs), rhs));
    return Ref::borrow(lhs);
}

// --- iterator ------------------------------------------------------------------------------------

struct SetIterObject : Object {
    Own<SetObject> set; // null once exhausted
    int64_t used = 0;   // size at creation; -1 after a size change was reported
    int64_t pos = 0;
    int64_t len = 0;
    void traverse(Visitor& v) const { v.visit(set); }
};

Result<Ref> set_iter(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Own<SetIterObject> it, (make_fixed<SetIterObject>(interp, interp.types.set_iterator)));
    it->set = Own<SetObject>::borrow(as_set(self));
    it->used = it->set->used;
    it->len = it->set->used;
    return std::move(it).into_ref();
}

Result<Ref> set_iter_next(Interpreter& interp, Value self) {
    auto* it = static_cast<SetIterObject*>(self.obj());
    if (!it->set)
        return Ref();
    if (it->used != it->set->used) {
        it->used = -1; // sticky, as CPython
        return interp.raise(interp.exc.RuntimeError, "Set changed size during iteration");
    }
    Value key;
    if (!set_next(it->set.get(), &it->pos, &key, nullptr)) {
        it->set = Own<SetObject>();
        return Ref();
    }
    it->len--;
    return Ref::borrow(key);
}

Result<Ref> set_iter_length_hint(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(SetIterObject * it,
                       self_as<SetIterObject>(interp, self, interp.types.set_iterator, "__length_hint__"));
    BASTION_TRY(args_none(interp, args, "set_iterator.__length_hint__"));
    bool live = it->set && it->used == it->set->used;
    return Ref::small_int(live ? it->len : 0);
}

// --- methods ------------------------------------------------------------------------------------------

// The receiver of a method shared by set and frozenset.
Result<SetObject*> any_self(Interpreter& interp, Value self, std::string_view method) {
    if (!is_anyset(interp, self))
        return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' for 'set' objects doesn't apply to a '{}' object",
                                method, type_name(interp, self));
    return as_set(self);
}

std::string qual(Interpreter& interp, Value self, std::string_view method) {
    return std::string(is_set(interp, self) ? "set." : "frozenset.") + std::string(method);
}

#define SET_SELF(method) BASTION_TRY_ASSIGN(SetObject * s, self_as<SetObject>(interp, self, interp.types.set, method))
#define ANY_SELF(method) BASTION_TRY_ASSIGN(SetObject * s, any_self(interp, self, method))

Result<Ref> set_add_method(Interpreter& interp, Value self, CallArgs args) {
    SET_SELF("add");
    BASTION_TRY(args_one(interp, args, "set.add"));
    BASTION_TRY(set_add(interp, s, args.items[0]));
    return interp.new_none();
}

Result<Ref> set_remove_or_discard(Interpreter& interp, Value self, CallArgs args, bool remove) {
    SET_SELF(remove ? "remove" : "discard");
    BASTION_TRY(args_one(interp, args, remove ? "set.remove" : "set.discard"));
    Ref tmp;
    Value lookup;
    BASTION_TRY_ASSIGN(int64_t h, member_hash(interp, args.items[0], &tmp, &lookup));
    BASTION_TRY_ASSIGN(bool found, set_discard_hashed(interp, s, lookup, h));
    if (!found && remove)
        return raise_with_arg(interp, interp.exc.KeyError, args.items[0]);
    return interp.new_none();
}

Result<Ref> set_remove_method(Interpreter& interp, Value self, CallArgs args) {
    return set_remove_or_discard(interp, self, args, true);
}
Result<Ref> set_discard_method(Interpreter& interp, Value self, CallArgs args) {
    return set_remove_or_discard(interp, self, args, false);
}

Result<Ref> set_pop_method(Interpreter& interp, Value self, CallArgs args) {
    SET_SELF("pop");
    BASTION_TRY(args_none(interp, args, "set.pop"));
    if (s->used == 0)
        return interp.raise(interp.exc.KeyError, "pop from an empty set");
    int64_t i = s->finger & s->mask;
    while (!s->table[i].key)
        i = i + 1 > s->mask ? 0 : i + 1;
    Ref key = std::move(s->table[i].key);
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    return key;
}

Result<Ref> set_clear_method(Interpreter& interp, Value self, CallArgs args) {
    SET_SELF("clear");
    BASTION_TRY(args_none(interp, args, "set.clear"));
    set_clear_table(s);
    return interp.new_none();
}

Result<Ref> set_copy_method(Interpreter& interp, Value self, CallArgs args) {
    ANY_SELF("copy");
    BASTION_TRY(args_none(interp, args, qual(interp, self, "copy")));
    if (s->type == interp.types.frozenset)
        return Ref::borrow(self);
    if (is_frozenset(interp, self))
        return to_ref(set_new(interp, interp.types.frozenset, self));
    return to_ref(set_copy_of(interp, s));
}

Result<Ref> set_union_method(Interpreter& interp, Value self, CallArgs args) {
    ANY_SELF("union");
    BASTION_TRY(args_no_keywords(interp, args, qual(interp, self, "union")));
    BASTION_TRY_ASSIGN(Own<SetObject> result, set_copy_of(interp, s));
    for (Value other : args.positional()) {
        if (other.is(self))
            continue;
        BASTION_TRY(set_update(interp, result.get(), other));
    }
    return std::move(result).into_ref();
}

Result<Ref> set_intersection_method(Interpreter& interp, Value self, CallArgs args) {
    ANY_SELF("intersection");
    BASTION_TRY(args_no_keywords(interp, args, qual(interp, self, "intersection")));
    if (args.npos == 0)
        return to_ref(set_copy_of(interp, s));
    Own<SetObject> result = Own<SetObject>::borrow(s);
    for (Value other : args.positional()) {
        BASTION_TRY_ASSIGN(Own<SetObject> next, set_intersection(interp, result.get(), other));
        result = std::move(next);
    }
    return std::move(result).into_ref();
}

Result<Ref> set_difference_method(Interpreter& interp, Value self, CallArgs args) {
    ANY_SELF("difference");
    BASTION_TRY(args_no_keywords(interp, args, qual(interp, self, "difference")));
    if (args.npos == 0)
        return to_ref(set_copy_of(interp, s));
    BASTION_TRY_ASSIGN(Own<SetObject> result, set_difference(interp, s, args.items[0]));
    for (std::size_t i = 1; i < args.npos; i++)
        BASTION_TRY(set_difference_update(interp, result.get(), args.items[i]));
    return std::move(result).into_ref();
}

Result<Ref> set_symmetric_difference_method(Interpreter& interp, Value self, CallArgs args) {
    ANY_SELF("symmetric_difference");
    BASTION_TRY(args_one(interp, args, qual(interp, self, "symmetric_difference")));
    return to_ref(set_symmetric_difference(interp, s, args.items[0]));
}

Result<Ref> set_update_method(Interpreter& interp, Value self, CallArgs args) {
    SET_SELF("update");
    BASTION_TRY(args_no_keywords(interp, args, "set.update"));
    for (Value other : args.positional())
        BASTION_TRY(set_update(interp, s, other));
    return interp.new_none();
}

Result<Ref> set_intersection_update_method(Interpreter& interp, Value self, CallArgs args) {
    SET_SELF("intersection_update");
    BASTION_TRY(args_no_keywords(interp, args, "set.intersection_update"));
    if (args.npos == 0)
        return interp.new_none();
    Own<SetObject> result = Own<SetObject>::borrow(s);
    for (Value other : args.positional()) {
        BASTION_TRY_ASSIGN(Own<SetObject> next, set_intersection(interp, result.get(), other));
        result = std::move(next);
    }
    set_swap_bodies(s, result.get());
    return interp.new_none();
}

Result<Ref> set_difference_update_method(Interpreter& interp, Value self, CallArgs args) {
    SET_SELF("difference_update");
    BASTION_TRY(args_no_keywords(interp, args, "set.difference_update"));
    for (Value other : args.positional())
        BASTION_TRY(set_difference_update(interp, s, other));
    return interp.new_none();
}

Result<Ref> set_symmetric_difference_update_method(Interpreter& interp, Value self, CallArgs args) {
    SET_SELF("symmetric_difference_update");
    BASTION_TRY(args_one(interp, args, "set.symmetric_difference_update"));
    BASTION_TRY(set_symmetric_difference_update(interp, s, args.items[0]));
    return interp.new_none();
}

Result<Ref> set_issubset_method(Interpreter& interp, Value self, CallArgs args) {
    ANY_SELF("issubset");
    BASTION_TRY(args_one(interp, args, qual(interp, self, "issubset")));
    BASTION_TRY_ASSIGN(bool r, set_issubset(interp, s, args.items[0]));
    return interp.new_bool(r);
}

Result<Ref> set_issuperset_method(Interpreter& interp, Value self, CallArgs args) {
    ANY_SELF("issuperset");
    BASTION_TRY(args_one(interp, args, qual(interp, self, "issuperset")));
    BASTION_TRY_ASSIGN(bool r, set_issuperset(interp, s, args.items[0]));
    return interp.new_bool(r);
}

Result<Ref> set_isdisjoint_method(Interpreter& interp, Value self, CallArgs args) {
    ANY_SELF("isdisjoint");
    BASTION_TRY(args_one(interp, args, qual(interp, self, "isdisjoint")));
    BASTION_TRY_ASSIGN(bool r, set_isdisjoint(interp, s, args.items[0]));
    return interp.new_bool(r);
}

#undef SET_SELF
#undef ANY_SELF

void init_common(Type* t) {
    t->instance_size = sizeof(SetObject);
    t->flags |= kTypeBaseType | kTypeGC;
    t->repr = set_repr;
    t->richcompare = set_richcompare;
    t->iter = set_iter;
    t->length = set_length;
    t->contains = set_contains_slot;
    t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Or)] = set_or;
    t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::And)] = set_and;
    t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Subtract)] = set_sub;
    t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Xor)] = set_xor;
    t->number.truth = set_truth;
    t->destroy = destroy_as<SetObject>;
}

} // namespace

void init_set_slots(Interpreter& interp) {
    Type* set = interp.types.set;
    init_common(set);
    set->tp_new = set_tp_new;
    set->tp_init = set_tp_init;
    set->hash = nullptr; // unhashable
    set->number.inplace[static_cast<std::size_t>(bc::BinaryOpKind::Or)] = set_ior;
    set->number.inplace[static_cast<std::size_t>(bc::BinaryOpKind::And)] = set_iand;
    set->number.inplace[static_cast<std::size_t>(bc::BinaryOpKind::Subtract)] = set_isub;
    set->number.inplace[static_cast<std::size_t>(bc::BinaryOpKind::Xor)] = set_ixor;

    Type* frozen = interp.types.frozenset;
    init_common(frozen);
    frozen->tp_new = frozenset_tp_new;
    frozen->hash = frozenset_hash;

    Type* it = interp.types.set_iterator;
    it->instance_size = sizeof(SetIterObject);
    it->flags = (it->flags & ~kTypeBaseType) | kTypeGC;
    it->iter = iter_self;
    it->iternext = set_iter_next;
    it->destroy = destroy_as<SetIterObject>;
    it->traverse = traverse_as<SetIterObject>;
}

Status init_set_methods(Interpreter& interp) {
    static constexpr MethodDef kShared[] = {
        {"copy", set_copy_method},
        {"union", set_union_method},
        {"intersection", set_intersection_method},
        {"difference", set_difference_method},
        {"symmetric_difference", set_symmetric_difference_method},
        {"issubset", set_issubset_method},
        {"issuperset", set_issuperset_method},
        {"isdisjoint", set_isdisjoint_method},
    };
    static constexpr MethodDef kSetOnly[] = {
        {"add", set_add_method},
        {"remove", set_remove_method},
        {"discard", set_discard_method},
        {"pop", set_pop_method},
        {"clear", set_clear_method},
        {"update", set_update_method},
        {"intersection_update", set_intersection_update_method},
        {"difference_update", set_difference_update_method},
        {"symmetric_difference_update", set_symmetric_difference_update_method},
    };
    static constexpr MethodDef kIter[] = {{"__length_hint__", set_iter_length_hint}};
    BASTION_TRY(add_methods(interp, interp.types.set, kShared));
    BASTION_TRY(add_methods(interp, interp.types.set, kSetOnly));
    BASTION_TRY(add_methods(interp, interp.types.frozenset, kShared));
    return add_methods(interp, interp.types.set_iterator, kIter);
}

} // namespace bastion
