// type_bases.cpp: assignment to a class's __bases__ (CPython 3.11's type_set_bases): the
// checks and their messages, then the new bases and solid base, the MRO of the class and
// of every class below it (recomputed in CPython's order, all restored when one fails),
// the __subclasses__ lists, the inherited slots and the lookup caches; and the version
// tags' invalidation on a class dict write (type_dict_written, CPython's PyType_Modified).
// Not for: class creation (type_object.cpp) or the C3 merge itself (mro.cpp).
#include <utility>
#include <vector>

#include "gc/gc_state.h"
#include "gc/weakref_object.h"
#include "objects/abstract.h"
#include "objects/bootstrap.h"
#include "objects/core_internal.h"
#include "objects/dict_table.h"
#include "objects/type_cache.h"
#include "objects/list_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"

namespace bastion {

namespace {

// Instances of `a` and `b` are laid out alike (CPython's compatible_for_assignment, in
// Bastion's terms: the same object size, release function and __dict__ slot).
bool same_layout(Type* a, Type* b) {
    return a->instance_size == b->instance_size && a->destroy == b->destroy &&
           a->has_flag(kTypeManagedDict) == b->has_flag(kTypeManagedDict);
}

// The live direct subclasses of `t`, in __subclasses__ order.
std::vector<Ref> live_subclasses(Type* t) {
    std::vector<Ref> out;
    auto* list = static_cast<ListObject*>(t->subclasses ? t->subclasses.obj() : nullptr);
    for (std::size_t i = 0; list != nullptr && i < list->items.size(); ++i) {
        auto* wr = static_cast<WeakRefObject*>(list->items.at(i).obj());
        if (wr->referent != nullptr)
            out.push_back(Ref::borrow(Value(wr->referent)));
    }
    return out;
}

// Drops `sub` from base's __subclasses__ list (its weak-reference entries).
Status remove_subclass(Interpreter& interp, Type* base, Type* sub) {
    auto* list = static_cast<ListObject*>(base->subclasses ? base->subclasses.obj() : nullptr);
    if (list == nullptr)
        return {};
    BASTION_TRY_ASSIGN(Own<ListObject> kept, list_new(interp));
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        Value wr = list->items.at(i);
        if (static_cast<WeakRefObject*>(wr.obj())->referent != sub)
            BASTION_TRY(list_append(interp, kept.get(), wr));
    }
    base->subclasses = Ref(std::move(kept));
    return {};
}

// Lookup records of `t` stop matching (type_cache.h: a record never has stamp 0).
void forget_lookups(Type* t) {
    t->stamp = 0;
    ++t->version;
}

} // namespace

// The version tags' invariant (kept by abstract_attr.cpp's record fill, which stamps every
// class on the MRO of the type it records): a type with a stamp has only stamped classes
// on its MRO. So a class at stamp 0 has no stamped class below it, and the walk stops
// there (CPython's PyType_Modified). A subclass path from `owner` to any class with it on
// its MRO goes through classes on that MRO (recorded types have no custom MRO on theirs).
void type_dict_written(Interpreter& interp, DictObject* d) {
    Type* owner = d->owner;
    if (interp.gc().finalizers_off || owner == nullptr)
        return; // teardown: no record is used from now on
    if (!owner->has_flag(kTypeHeap)) {
        // A built-in type's dict (start-up, or user code through gc.get_referents): its
        // subclass lists need not name every static subclass, so every record goes.
        for (TypeCacheEntry& e : interp.type_cache.entries)
            e = TypeCacheEntry{};
        for (AttrCacheEntry& e : interp.type_cache.attr_entries)
            e = AttrCacheEntry{};
        attr_sites_forget_all(interp); // and the code objects' entries
        return;
    }
    if (owner->stamp == 0)
        return;
    // No user code runs here and nothing is allocated on the Python heap, so the classes
    // reached stay alive; a dead subclass's weak reference has a null referent.
    std::vector<Type*> pending{owner};
    while (!pending.empty()) {
        Type* t = pending.back();
        pending.pop_back();
        if (t->stamp == 0)
            continue;
        forget_lookups(t);
        auto* list = static_cast<ListObject*>(t->subclasses ? t->subclasses.obj() : nullptr);
        for (std::size_t i = 0; list != nullptr && i < list->items.size(); ++i) {
            auto* wr = static_cast<WeakRefObject*>(list->items.at(i).obj());
            if (wr->referent != nullptr)
                pending.push_back(static_cast<Type*>(wr->referent));
        }
    }
}

Status type_set_bases(Interpreter& interp, Value self, Value value) {
    Type* type = as_type(self);
    if (!type->has_flag(kTypeHeap))
        return interp.raise_fmt(interp.exc.TypeError, "cannot set '__bases__' attribute of immutable type '{}'",
                                type->name);
    if (value.is_null())
        return interp.raise_fmt(interp.exc.TypeError, "cannot delete '__bases__' attribute of immutable type '{}'",
                                type->name);
    if (!is_tuple(interp, value))
        return interp.raise_fmt(interp.exc.TypeError, "can only assign tuple to {}.__bases__, not {}", type->name,
                                tname(interp, value));
    auto* bases = static_cast<TupleObject*>(value.obj());
    if (bases->size == 0)
        return interp.raise_fmt(interp.exc.TypeError, "can only assign non-empty tuple to {}.__bases__, not ()",
                                type->name);
    for (int64_t i = 0; i < bases->size; ++i) {
        Value b = bases->at(i);
        if (!is_type(interp, b))
            return interp.raise_fmt(interp.exc.TypeError, "{}.__bases__ must be tuple of classes, not '{}'",
                                    type->name, tname(interp, b));
        if (is_subtype(as_type(b), type))
            return interp.raise(interp.exc.TypeError, "a __bases__ item causes an inheritance cycle");
    }
    BASTION_TRY_ASSIGN(Type * new_base, best_base(interp, bases));
    Type* old_base_type = type->base;
    // CPython compares the deallocators first: a class's (collected) against object's.
    if (old_base_type != nullptr && new_base->has_flag(kTypeGC) != old_base_type->has_flag(kTypeGC))
        return interp.raise_fmt(interp.exc.TypeError, "__bases__ assignment: '{}' deallocator differs from '{}'",
                                new_base->name, old_base_type->name);
    if (old_base_type != nullptr && !same_layout(new_base, old_base_type))
        return interp.raise_fmt(interp.exc.TypeError, "__bases__ assignment: '{}' object layout differs from '{}'",
                                new_base->name, old_base_type->name);

    Ref keep_self = Ref::borrow(self);
    Ref old_bases = type->bases;
    Ref old_base = old_base_type ? Ref::borrow(Value(old_base_type)) : Ref();
    type->bases = Ref::borrow(value);
    type->base = new_base;

    // Every class below `type` gets a new MRO, depth first from `type` as CPython's
    // mro_hierarchy (a class reached twice, through two bases, is recomputed twice: the
    // later result sees both bases updated). A metaclass's mro() may run Python code:
    // every class in play is held by a Ref.
    std::vector<std::pair<Ref, Ref>> replaced; // (class, its MRO before)
    std::vector<Ref> pending{Ref::borrow(self)};
    Status failed;
    while (!pending.empty()) {
        Ref t = std::move(pending.back());
        pending.pop_back();
        Type* cls = as_type(t);
        auto mro = compute_mro(interp, cls);
        if (!mro.ok()) {
            failed = mro.take_error();
            break;
        }
        replaced.emplace_back(t, cls->mro);
        cls->mro = std::move(mro).value(); // the old tuple lives on in `replaced`
        forget_lookups(cls);
        std::vector<Ref> subs = live_subclasses(cls);
        for (std::size_t i = subs.size(); i-- > 0;)
            pending.push_back(std::move(subs[i]));
    }
    if (!failed.ok()) {
        for (std::size_t i = replaced.size(); i-- > 0;) {
            Type* cls = as_type(replaced[i].first);
            cls->mro = std::move(replaced[i].second);
            forget_lookups(cls);
        }
        type->bases = std::move(old_bases);
        type->base = old_base ? as_type(old_base) : nullptr;
        return failed;
    }

    // The subclass lists: out of every old base's, into every new base's.
    auto* before = static_cast<TupleObject*>(old_bases.obj());
    for (int64_t i = 0; before != nullptr && i < before->size; ++i)
        BASTION_TRY(remove_subclass(interp, as_type(before->at(i)), type));
    BASTION_TRY(register_subclass(interp, type));
    // Slots inherited through the old bases (operators, __call__, __getattr__ hooks...).
    for (const auto& [t, old_mro] : replaced) {
        if (as_type(t)->has_flag(kTypeHeap))
            fixup_heap_slots(interp, as_type(t));
    }
    // Records made while the subclass lists were being updated (a metaclass mro() runs
    // user code) could miss a write to a new base: every class in play starts again.
    for (const auto& [t, old_mro] : replaced)
        forget_lookups(as_type(t));
    return {};
}

} // namespace bastion
