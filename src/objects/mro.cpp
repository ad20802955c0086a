// mro.cpp: how a type's ancestry is computed — C3 linearisation (pure, over node ids, so
// it is unit-tested alone), the solid base that decides instance layout, the metaclass
// winner among the bases, and readying the built-in types (dict, bases, MRO, inherited
// slots). CPython: Objects/typeobject.c mro_implementation, best_base, calculate_metaclass.
#include <algorithm>

#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/type_object.h"

namespace bastion {

bool c3_merge(std::vector<std::vector<int>> seqs, std::vector<int>* out, std::vector<int>* blocked) {
    std::vector<std::size_t> remain(seqs.size(), 0);
    auto in_some_tail = [&](int candidate) {
        for (std::size_t j = 0; j < seqs.size(); ++j) {
            for (std::size_t k = remain[j] + 1; k < seqs[j].size(); ++k) {
                if (seqs[j][k] == candidate)
                    return true;
            }
        }
        return false;
    };
    for (;;) {
        bool progressed = false;
        std::size_t empty = 0;
        for (std::size_t i = 0; i < seqs.size(); ++i) {
            if (remain[i] >= seqs[i].size()) {
                ++empty;
                continue;
            }
            int candidate = seqs[i][remain[i]];
            if (in_some_tail(candidate))
                continue;
            out->push_back(candidate);
            for (std::size_t j = 0; j < seqs.size(); ++j) {
                if (remain[j] < seqs[j].size() && seqs[j][remain[j]] == candidate)
                    ++remain[j];
            }
            progressed = true;
            break;
        }
        if (progressed)
            continue;
        if (empty == seqs.size())
            return true;
        for (std::size_t i = 0; i < seqs.size(); ++i) {
            if (remain[i] < seqs[i].size()) {
                int head = seqs[i][remain[i]];
                if (std::find(blocked->begin(), blocked->end(), head) == blocked->end())
                    blocked->push_back(head);
            }
        }
        return false;
    }
}

// C3 over Type*: map types to ids, merge, map back.
Result<Ref> mro_c3(Interpreter& interp, Type* t) {
    auto* bases = static_cast<TupleObject*>(t->bases.obj());
    std::vector<Type*> ids;
    auto id_of = [&](Type* x) {
        auto it = std::find(ids.begin(), ids.end(), x);
        if (it != ids.end())
            return static_cast<int>(it - ids.begin());
        ids.push_back(x);
        return static_cast<int>(ids.size() - 1);
    };
    // Duplicate bases are an error of their own (CPython check_duplicates).
    for (int64_t i = 0; i < bases->size; ++i) {
        for (int64_t j = i + 1; j < bases->size; ++j) {
            if (bases->at(i).is(bases->at(j)))
                return interp.raise_fmt(interp.exc.TypeError, "duplicate base class {}", as_type(bases->at(i))->name);
        }
    }
    std::vector<std::vector<int>> seqs;
    std::vector<int> base_ids;
    for (int64_t i = 0; i < bases->size; ++i) {
        Type* b = as_type(bases->at(i));
        auto* bm = static_cast<TupleObject*>(b->mro.obj());
        std::vector<int> seq;
        for (int64_t k = 0; bm != nullptr && k < bm->size; ++k)
            seq.push_back(id_of(as_type(bm->at(k))));
        seqs.push_back(std::move(seq));
        base_ids.push_back(id_of(b));
    }
    seqs.push_back(base_ids);
    std::vector<int> order;
    std::vector<int> blocked;
    if (!c3_merge(std::move(seqs), &order, &blocked)) {
        std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
        for (std::size_t i = 0; i < blocked.size(); ++i)
            msg += (i == 0 ? " " : ", ") + ids[static_cast<std::size_t>(blocked[i])]->name;
        return interp.raise(interp.exc.TypeError, msg);
    }
    BASTION_TRY_ASSIGN(Own<TupleObject> mro, tuple_new_uninitialized(interp, static_cast<int64_t>(order.size()) + 1));
    tuple_init_item(mro.get(), 0, Ref::borrow(Value(t)));
    for (std::size_t i = 0; i < order.size(); ++i)
        tuple_init_item(mro.get(), static_cast<int64_t>(i) + 1, Ref::borrow(Value(ids[static_cast<std::size_t>(order[i])])));
    return Ref(std::move(mro));
}

namespace {

// A built-in type is its own solid base when its layout differs from its base's.
Type* solid_base(Type* t) {
    if (t->base == nullptr)
        return t;
    Type* inherited = solid_base(t->base);
    if (t->has_flag(kTypeHeap))
        return inherited;
    if (t->instance_size != t->base->instance_size || t->destroy != t->base->destroy)
        return t;
    return inherited;
}

} // namespace

Result<Ref> compute_mro(Interpreter& interp, Type* t) {
    Type* meta = t->type;
    if (meta != interp.types.type) {
        // A metaclass may override mro() (CPython mro_invoke).
        Value own = type_lookup(meta, interp.names.mro);
        Value builtin = type_lookup(interp.types.type, interp.names.mro);
        if (!own.is_null() && !own.is(builtin)) {
            t->flags |= kTypeCustomMro; // never recorded by the lookup caches (type_cache.h)
            BASTION_TRY_ASSIGN(Ref r, call_method(interp, Value(t), interp.names.mro, {}));
            BASTION_TRY_ASSIGN(Ref it, get_iter(interp, r));
            std::vector<Ref> items;
            for (;;) {
                BASTION_TRY_ASSIGN(Ref x, iter_next(interp, it));
                if (x.is_null())
                    break;
                if (!is_type_value(interp, x))
                    return interp.raise_fmt(interp.exc.TypeError, "mro() returned a non-class ('{}')", tname(interp, x));
                items.push_back(std::move(x));
            }
            std::vector<Value> views(items.begin(), items.end());
            BASTION_TRY_ASSIGN(Own<TupleObject> tup, tuple_from(interp, views));
            return Ref(std::move(tup));
        }
    }
    return mro_c3(interp, t);
}

Result<Type*> best_base(Interpreter& interp, TupleObject* bases) {
    Type* base = nullptr;
    Type* winner = nullptr;
    for (int64_t i = 0; i < bases->size; ++i) {
        Value b = bases->at(i);
        if (!is_type_value(interp, b))
            return interp.raise(interp.exc.TypeError, "bases must be types");
        Type* bt = as_type(b);
        if (!bt->has_flag(kTypeBaseType))
            return interp.raise_fmt(interp.exc.TypeError, "type '{}' is not an acceptable base type", bt->name);
        Type* candidate = solid_base(bt);
        if (winner == nullptr) {
            winner = candidate;
            base = bt;
        } else if (is_subtype(winner, candidate)) {
            // keep
        } else if (is_subtype(candidate, winner)) {
            winner = candidate;
            base = bt;
        } else {
            return interp.raise(interp.exc.TypeError, "multiple bases have instance lay-out conflict");
        }
    }
    return base;
}

Result<Type*> calculate_metaclass(Interpreter& interp, Type* meta, TupleObject* bases) {
    Type* winner = meta;
    for (int64_t i = 0; i < bases->size; ++i) {
        Type* tmp = type_of(interp, bases->at(i));
        if (is_subtype(winner, tmp))
            continue;
        if (is_subtype(tmp, winner)) {
            winner = tmp;
            continue;
        }
        return interp.raise(interp.exc.TypeError,
                            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
                            "the metaclasses of all its bases");
    }
    return winner;
}

// --- Built-in types ------------------------------------------------------------------------------

namespace {

constexpr uint32_t kInheritedFlags = kTypeIntSubclass | kTypeStrSubclass | kTypeTupleSubclass | kTypeListSubclass |
                                     kTypeDictSubclass | kTypeTypeSubclass | kTypeExceptionSubclass |
                                     kTypeBytesSubclass | kTypeManagedDict | kTypeGC;

void inherit_slots(Interpreter& interp, Type* t, Type* base) {
    // CPython inherit_slots: hash comes with richcompare, only when both are missing.
    if (t->hash == nullptr && t->richcompare == nullptr) {
        t->hash = base->hash;
        t->richcompare = base->richcompare;
    }
    for (uint8_t i = 0; i < uint8_t(SlotId::Count); ++i) {
        auto id = SlotId(i);
        if (id == SlotId::Hash || id == SlotId::RichCompare)
            continue;
        if (id == SlotId::New && base == interp.types.object)
            continue; // a static type without tp_new cannot be instantiated
        if (get_slot(t, id) == nullptr)
            set_slot(t, id, get_slot(base, id));
    }
    if (t->destroy == nullptr)
        t->destroy = base->destroy;
    if (t->traverse == nullptr)
        t->traverse = base->traverse;
    if (t->instance_size == 0)
        t->instance_size = base->instance_size;
}

} // namespace

Status ready_builtin_type(Interpreter& interp, Type* t) {
    if (t->dict)
        return {};
    if (t->base != nullptr)
        BASTION_TRY(ready_builtin_type(interp, t->base));
    t->interp = &interp;
    BASTION_TRY_ASSIGN(Own<DictObject> dict, dict_new(interp));
    t->dict = std::move(dict);
    if (t->base != nullptr) {
        BASTION_TRY_ASSIGN(Own<TupleObject> bases, tuple_of(interp, {Value(t->base)}));
        t->bases = std::move(bases);
        auto* base_mro = static_cast<TupleObject*>(t->base->mro.obj());
        BASTION_TRY_ASSIGN(Own<TupleObject> mro, tuple_new_uninitialized(interp, base_mro->size + 1));
        tuple_init_item(mro.get(), 0, Ref::borrow(Value(t)));
        for (int64_t i = 0; i < base_mro->size; ++i)
            tuple_init_item(mro.get(), i + 1, Ref::borrow(base_mro->at(i)));
        t->mro = std::move(mro);
        t->flags |= t->base->flags & kInheritedFlags;
    } else {
        t->bases = Ref::borrow(Value(interp.empty_tuple));
        BASTION_TRY_ASSIGN(Own<TupleObject> mro, tuple_of(interp, {Value(t)}));
        t->mro = std::move(mro);
    }
    BASTION_TRY(add_slot_wrappers(interp, t));
    if (t->base != nullptr)
        inherit_slots(interp, t, t->base);
    auto* d = static_cast<DictObject*>(t->dict.obj());
    if (t->hash == nullptr && dict_get_str(d, interp.names.__hash__).is_null())
        BASTION_TRY(dict_set_str(interp, d, interp.names.__hash__, Value(interp.none)));
    return {};
}

} // namespace bastion
