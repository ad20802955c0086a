// set_object.cpp: the set/frozenset hash table (CPython 3.11's set_add_entry,
// set_lookkey, set_insert_clean, set_table_resize, set_merge, with the same constants)
// and the set algebra built on it. Matching the algorithm exactly matters: iteration
// order is visible (programs print sets), and it depends on table size, probe sequence
// and which operand each operation iterates. The Python-level types are in set_type.cpp.
// Re-entrancy: a key's __eq__ may mutate the set; lookups hold the compared key and restart
// when the table changed (CPython's rule); keys leaving the table are released only after
// the table is consistent. CPython: Objects/setobject.c.
#include "objects/set_object.h"

#include <new>

#include "objects/container_fast.h"
#include "objects/containers_common.h"
#include "objects/str_object.h"
#include "support/checked.h"
#include "vm/generator.h"

namespace bastion {

namespace {

constexpr int64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

bool is_exact_str(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.str; }

// `live`: how many entries hold a key (the set's `used`), so the release loop stops after
// the last one (CPython's set_dealloc); 0 after table_resize moved every key out, so no
// pass over the block at all; -1 when unknown (every entry is visited).
void free_heap_table(Interpreter* interp, SetEntry* table, int64_t mask, int64_t live = -1) {
    int64_t n = mask + 1;
    for (int64_t i = 0; i < n && live != 0; i++) {
        if (table[i].key) {
            table[i].~SetEntry();
            if (live > 0)
                live--;
        }
    }
    interp->deallocate(table, static_cast<std::size_t>(n) * sizeof(SetEntry));
}

Result<SetEntry*> alloc_heap_table(Interpreter& interp, int64_t size) {
    auto bytes = checked_alloc_size(0, static_cast<std::size_t>(size), sizeof(SetEntry));
    if (!bytes)
        return interp.no_memory();
    void* mem = interp.allocate(*bytes);
    if (mem == nullptr)
        return interp.no_memory();
    auto* table = static_cast<SetEntry*>(mem);
    for (int64_t i = 0; i < size; i++)
        new (&table[i]) SetEntry();
    return table;
}

// Insert a key known to be absent into a table without dummies (set_insert_clean).
void insert_clean(SetEntry* table, int64_t mask, Ref key, int64_t hash) {
    uint64_t umask = static_cast<uint64_t>(mask);
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & umask;
    for (;;) {
        SetEntry* entry = &table[i];
        if (!entry->key)
            goto found;
        if (i + kLinearProbes <= umask) {
            for (int64_t j = 0; j < kLinearProbes; j++) {
                entry++;
                if (!entry->key)
                    goto found;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & umask;
        continue;
    found:
        entry->key = std::move(key);
        entry->hash = hash;
        return;
    }
}

// set_table_resize: the smallest power of two > minused (at least 8); dummies dropped.
// No user code runs.
Status table_resize(Interpreter& interp, SetObject* so, int64_t minused) {
    if (minused < 0 || minused > kMaxContainerLength)
        return interp.no_memory();
    int64_t newsize = set_table_size_for(minused);
    SetEntry* oldtable = so->table;
    int64_t oldmask = so->mask;
    bool old_is_heap = oldtable != so->small;
    SetEntry small_copy[SetObject::kMinSize];
    SetEntry* newtable;
    if (newsize == SetObject::kMinSize) {
        newtable = so->small;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return {}; // no dummies to purge
            for (int64_t i = 0; i < SetObject::kMinSize; i++) {
                small_copy[i].key = std::move(so->small[i].key);
                small_copy[i].hash = so->small[i].hash;
            }
            oldtable = small_copy;
        }
        for (SetEntry& e : so->small) {
            e.key.reset();
            e.hash = 0;
        }
    } else {
        BASTION_TRY_ASSIGN(newtable, alloc_heap_table(interp, newsize));
    }
    so->interp = &interp;
    so->table = newtable;
    so->mask = newsize - 1;
    so->fill = so->used;
    for (int64_t i = 0; i <= oldmask; i++) {
        if (oldtable[i].key)
            insert_clean(newtable, so->mask, std::move(oldtable[i].key), oldtable[i].hash);
    }
    if (old_is_heap)
        free_heap_table(&interp, oldtable, oldmask, 0); // only moved-from entries remain
    return {};
}

Result<int64_t> key_hash(Interpreter& interp, Value key) {
    if (key.is_small_int())
        return small_int_hash(key.small_int_value());
    if (is_exact_str(interp, key))
        return str_hash(static_cast<StrObject*>(key.obj()));
    return hash(interp, key);
}

Status grow_after_insert(Interpreter& interp, SetObject* so) {
    if (so->fill * 5 < so->mask * 3)
        return {};
    return table_resize(interp, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// set_add_entry. `key` is held by the caller for the whole call.
Status add_entry(Interpreter& interp, SetObject* so, Value key, int64_t hash) {
restart:
    SetEntry* table = so->table;
    int64_t mask = so->mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & static_cast<uint64_t>(mask);
    int64_t freeslot = -1;
    int64_t j = 0;
    for (;;) {
        j = static_cast<int64_t>(i);
        int64_t probes = (j + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            SetEntry& e = so->table[j];
            if (e.hash == 0 && !e.key)
                goto found_unused_or_dummy;
            if (e.key && e.hash == hash) {
                Value startkey = e.key.get();
                if (startkey.is(key))
                    return {}; // already present
                if (is_exact_str(interp, startkey) && is_exact_str(interp, key)) {
                    if (str_equal(static_cast<StrObject*>(startkey.obj()), static_cast<StrObject*>(key.obj())))
                        return {};
                } else {
                    Ref held = e.key;
                    BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, held, key, bc::CompareOpKind::Eq));
                    if (eq)
                        return {};
                    if (so->table != table || so->mask != mask || !so->table[j].key.get().is(held.get()))
                        goto restart;
                }
            } else if (e.hash == -1 && !e.key) {
                // The last dummy on the path, as CPython 3.11's set_add_entry (which sets
                // freeslot at every dummy): the slot chosen decides the iteration order.
                freeslot = j;
            }
            j++;
        } while (probes-- > 0);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & static_cast<uint64_t>(mask);
    }
found_unused_or_dummy:
    if (freeslot >= 0) {
        so->used++;
        so->table[freeslot].key = Ref::borrow(key);
        so->table[freeslot].hash = hash;
        return {};
    }
    so->fill++;
    so->used++;
    so->table[j].key = Ref::borrow(key);
    so->table[j].hash = hash;
    return grow_after_insert(interp, so);
}

// --- lookups that run no user code (small int and exact str keys) ------------------------
// lookkey's probe sequence for a "plain" key: an entry with the key's hash that is not
// plain too (1.0 against 1, a str subclass) needs __eq__, and the generic loop decides.
constexpr int64_t kNeedsGeneric = -3;

// The hash of a small int or exact str (false: another kind of key).
inline bool plain_key_hash(Value key, int64_t* hash, bool* key_is_str) {
    if (key.is_small_int()) {
        *hash = small_int_hash(key.small_int_value());
        *key_is_str = false;
        return true;
    }
    if (key.is_obj() && key.obj()->type == key.obj()->type->interp->types.str) {
        auto* s = static_cast<StrObject*>(key.obj());
        *hash = s->hash != -1 ? s->hash : str_hash(s);
        *key_is_str = true;
        return true;
    }
    return false;
}

// The slot holding plain `key` (with its `hash`), -1 when absent, kNeedsGeneric.
int64_t find_plain(SetObject* so, Value key, int64_t hash, bool key_is_str) {
    SetEntry* table = so->table;
    uint64_t mask = static_cast<uint64_t>(so->mask);
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & mask;
    for (;;) {
        uint64_t j = i;
        int64_t probes = (j + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            BASTION_CHECK(j <= mask);
            SetEntry& e = table[j];
            if (!e.key) {
                if (e.hash == 0)
                    return -1; // unused; a dummy (-1) goes on
            } else if (e.hash == hash) {
                Value k = e.key.get();
                if (k.is(key))
                    return static_cast<int64_t>(j);
                if (key_is_str) {
                    if (!(k.is_obj() && k.obj()->type == key.obj()->type))
                        return kNeedsGeneric;
                    if (str_equal(static_cast<StrObject*>(k.obj()), static_cast<StrObject*>(key.obj())))
                        return static_cast<int64_t>(j);
                } else if (!k.is_small_int()) {
                    return kNeedsGeneric;
                }
            }
            j++;
        } while (probes-- > 0);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// set_lookkey: the slot holding key, or -1.
Result<int64_t> lookkey(Interpreter& interp, SetObject* so, Value key, int64_t hash) {
    if (key.is_small_int() || is_exact_str(interp, key)) {
        int64_t j = find_plain(so, key, hash, !key.is_small_int());
        if (j != kNeedsGeneric)
            return j;
    }
restart:
    SetEntry* table = so->table;
    int64_t mask = so->mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & static_cast<uint64_t>(mask);
    for (;;) {
        int64_t j = static_cast<int64_t>(i);
        int64_t probes = (j + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            SetEntry& e = so->table[j];
            if (e.hash == 0 && !e.key)
                return int64_t{-1};
            if (e.key && e.hash == hash) {
                Value startkey = e.key.get();
                if (startkey.is(key))
                    return j;
                if (is_exact_str(interp, startkey) && is_exact_str(interp, key)) {
                    if (str_equal(static_cast<StrObject*>(startkey.obj()), static_cast<StrObject*>(key.obj())))
                        return j;
                } else {
                    Ref held = e.key;
                    BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, held, key, bc::CompareOpKind::Eq));
                    if (so->table != table || so->mask != mask || !so->table[j].key.get().is(held.get()))
                        goto restart;
                    if (eq)
                        return j;
                }
            }
            j++;
        } while (probes-- > 0);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & static_cast<uint64_t>(mask);
    }
}

} // namespace

// container_fast.h: `key in s` for the interpreter loop.
PlainLookup set_contains_plain(SetObject* so, Value key) {
    int64_t hash = 0;
    bool key_is_str = false;
    if (!plain_key_hash(key, &hash, &key_is_str))
        return PlainLookup::Generic;
    int64_t j = find_plain(so, key, hash, key_is_str);
    return j == kNeedsGeneric ? PlainLookup::Generic : j >= 0 ? PlainLookup::Found : PlainLookup::Absent;
}

// --- table-level operations shared with set_type.cpp and dict_views.cpp ----------------------------

SetObject::~SetObject() {
    if (table != small && interp != nullptr)
        free_heap_table(interp, table, mask, used);
    table = small;
}

bool is_anyset(Interpreter& interp, Value v) { return is_set(interp, v) || is_frozenset(interp, v); }

bool is_set(Interpreter& interp, Value v) {
    return v.is_obj() && (v.obj()->type == interp.types.set || is_subtype(v.obj()->type, interp.types.set));
}

bool is_frozenset(Interpreter& interp, Value v) {
    return v.is_obj() &&
           (v.obj()->type == interp.types.frozenset || is_subtype(v.obj()->type, interp.types.frozenset));
}

bool set_next(SetObject* s, int64_t* pos, Value* key, int64_t* hash) {
    int64_t i = *pos;
    while (i <= s->mask && !s->table[i].key)
        i++;
    *pos = i + 1;
    if (i > s->mask)
        return false;
    if (key)
        *key = s->table[i].key.get();
    if (hash)
        *hash = s->table[i].hash;
    return true;
}

Status set_add_hashed(Interpreter& interp, SetObject* s, Value key, int64_t hash) {
    Ref held = Ref::borrow(key);
    return add_entry(interp, s, held, hash);
}

Result<bool> set_contains_hashed(Interpreter& interp, SetObject* s, Value key, int64_t hash) {
    BASTION_TRY_ASSIGN(int64_t j, lookkey(interp, s, key, hash));
    return j >= 0;
}

Result<bool> set_discard_hashed(Interpreter& interp, SetObject* s, Value key, int64_t hash) {
    BASTION_TRY_ASSIGN(int64_t j, lookkey(interp, s, key, hash));
    if (j < 0)
        return false;
    Ref old = std::move(s->table[j].key); // released after the slot is a dummy
    s->table[j].hash = -1;
    s->used--;
    return true;
}

Status set_add(Interpreter& interp, SetObject* s, Value key) {
    BASTION_TRY_ASSIGN(int64_t h, key_hash(interp, key));
    return set_add_hashed(interp, s, key, h);
}

Result<bool> set_contains(Interpreter& interp, SetObject* s, Value key) {
    BASTION_TRY_ASSIGN(int64_t h, key_hash(interp, key));
    return set_contains_hashed(interp, s, key, h);
}

Result<bool> set_discard(Interpreter& interp, SetObject* s, Value key) {
    BASTION_TRY_ASSIGN(int64_t h, key_hash(interp, key));
    return set_discard_hashed(interp, s, key, h);
}

// set_clear_internal: the set is empty (8-slot table) before any key is released.
void set_clear_table(SetObject* s) {
    if (s->table != s->small) {
        SetEntry* old = s->table;
        int64_t oldmask = s->mask;
        Interpreter* interp = s->interp;
        s->table = s->small;
        s->mask = SetObject::kMinSize - 1;
        s->fill = 0;
        s->used = 0;
        free_heap_table(interp, old, oldmask); // may run __del__; the set is already empty
        return;
    }
    SetEntry old[SetObject::kMinSize];
    for (int64_t i = 0; i < SetObject::kMinSize; i++) {
        old[i].key = std::move(s->small[i].key);
        s->small[i].hash = 0;
    }
    s->fill = 0;
    s->used = 0;
} // `old` released here

// set_merge: add every key of another set.
Status set_merge(Interpreter& interp, SetObject* so, SetObject* other) {
    if (other == so || other->used == 0)
        return {};
    Own<SetObject> keep = Own<SetObject>::borrow(other);
    // One big resize up front, expecting few overlapping keys.
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        BASTION_TRY(table_resize(interp, so, (so->used + other->used) * 2));
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        // Empty target of the same size without dummies: copy slot by slot.
        for (int64_t i = 0; i <= other->mask; i++) {
            if (other->table[i].key) {
                so->table[i].key = other->table[i].key;
                so->table[i].hash = other->table[i].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return {};
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++) {
            if (other->table[i].key)
                insert_clean(so->table, so->mask, other->table[i].key, other->table[i].hash);
        }
        return {};
    }
    // Possible duplicates: ordinary insertions (which may run __eq__ and change `other`,
    // so its table is re-read every step).
    for (int64_t i = 0; i <= other->mask; i++) {
        if (!other->table[i].key)
            continue;
        Ref key = other->table[i].key;
        BASTION_TRY(add_entry(interp, so, key, other->table[i].hash));
    }
    return {};
}

Status set_update(Interpreter& interp, SetObject* so, Value other) {
    if (is_anyset(interp, other))
        return set_merge(interp, so, static_cast<SetObject*>(other.obj()));
    if (other.is_obj() && other.obj()->type == interp.types.dict) {
        auto* d = static_cast<DictObject*>(other.obj());
        Own<DictObject> keep = Own<DictObject>::borrow(d);
        int64_t dictsize = d->used;
        if ((so->fill + dictsize) * 5 >= so->mask * 3)
            BASTION_TRY(table_resize(interp, so, (so->used + dictsize) * 2));
        int64_t pos = 0;
        Value k;
        int64_t h = 0;
        while (dict_next_entry(d, &pos, &k, nullptr, &h)) {
            Ref key = Ref::borrow(k);
            BASTION_TRY(add_entry(interp, so, key, h));
        }
        return {};
    }
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, other));
    // A generator (set(x for x in ...)) is driven by the loop (generator_drive), anything
    // else drawn with iter_next.
    return for_each_item(interp, it, [&](Ref key) -> Result<bool> {
        BASTION_TRY(set_add(interp, so, key));
        return true;
    });
}

// make_new_set_basetype: set for set subclasses, frozenset for frozenset subclasses.
Type* set_basetype(Interpreter& interp, Type* t) {
    if (t == interp.types.set || t == interp.types.frozenset)
        return t;
    return is_subtype(t, interp.types.set) ? interp.types.set : interp.types.frozenset;
}

Result<Own<SetObject>> set_new(Interpreter& interp, Type* type, Value iterable) {
    BASTION_TRY_ASSIGN(Own<SetObject> s, interp.make<SetObject>(type));
    s->interp = &interp;
    if (!iterable.is_null())
        BASTION_TRY(set_update(interp, s.get(), iterable));
    return s;
}

Result<Own<SetObject>> set_copy_of(Interpreter& interp, SetObject* so) {
    return set_new(interp, set_basetype(interp, so->type), Value(static_cast<Object*>(so)));
}

Result<Own<SetObject>> set_intersection(Interpreter& interp, SetObject* so, Value other) {
    if (Value(static_cast<Object*>(so)).is(other))
        return set_copy_of(interp, so);
    BASTION_TRY_ASSIGN(Own<SetObject> result, set_new(interp, set_basetype(interp, so->type), Value()));
    if (is_anyset(interp, other)) {
        Own<SetObject> big = Own<SetObject>::borrow(so);
        Own<SetObject> small = Own<SetObject>::borrow(static_cast<SetObject*>(other.obj()));
        if (small->used > big->used)
            std::swap(big, small);
        int64_t pos = 0;
        Value k;
        int64_t h = 0;
        while (set_next(small.get(), &pos, &k, &h)) {
            Ref key = Ref::borrow(k);
            BASTION_TRY_ASSIGN(bool in, set_contains_hashed(interp, big.get(), key, h));
            if (in)
                BASTION_TRY(set_add_hashed(interp, result.get(), key, h));
        }
        return result;
    }
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, other));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref key, iter_next(interp, it));
        if (!key)
            return result;
        BASTION_TRY_ASSIGN(int64_t h, key_hash(interp, key));
        BASTION_TRY_ASSIGN(bool in, set_contains_hashed(interp, so, key, h));
        if (in) {
            BASTION_TRY(set_add_hashed(interp, result.get(), key, h));
            if (result->used >= so->used)
                return result;
        }
    }
}

Status set_difference_update(Interpreter& interp, SetObject* so, Value other) {
    if (Value(static_cast<Object*>(so)).is(other)) {
        set_clear_table(so);
        return {};
    }
    if (is_anyset(interp, other)) {
        Own<SetObject> src = Own<SetObject>::borrow(static_cast<SetObject*>(other.obj()));
        // When the other set is much larger, iterate the (smaller) intersection instead.
        if ((src->used >> 3) > so->used) {
            BASTION_TRY_ASSIGN(Own<SetObject> inter, set_intersection(interp, so, other));
            src = std::move(inter);
        }
        int64_t pos = 0;
        Value k;
        int64_t h = 0;
        while (set_next(src.get(), &pos, &k, &h)) {
            Ref key = Ref::borrow(k);
            BASTION_TRY_ASSIGN(bool removed, set_discard_hashed(interp, so, key, h));
            (void)removed;
        }
    } else {
        BASTION_TRY_ASSIGN(Ref it, get_iter(interp, other));
        for (;;) {
            BASTION_TRY_ASSIGN(Ref key, iter_next(interp, it));
            if (!key)
                break;
            BASTION_TRY_ASSIGN(bool removed, set_discard(interp, so, key));
            (void)removed;
        }
    }
    // More than a quarter dummies: resize them away.
    if (so->fill - so->used <= so->mask / 4)
        return {};
    return table_resize(interp, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Result<Own<SetObject>> set_difference(Interpreter& interp, SetObject* so, Value other) {
    int64_t other_size = 0;
    bool other_is_dict = other.is_obj() && other.obj()->type == interp.types.dict;
    if (is_anyset(interp, other))
        other_size = static_cast<SetObject*>(other.obj())->used;
    else if (other_is_dict)
        other_size = static_cast<DictObject*>(other.obj())->used;
    if ((!is_anyset(interp, other) && !other_is_dict) || (so->used >> 2) > other_size) {
        // Copy, then remove what `other` holds.
        BASTION_TRY_ASSIGN(Own<SetObject> result, set_copy_of(interp, so));
        BASTION_TRY(set_difference_update(interp, result.get(), other));
        return result;
    }
    BASTION_TRY_ASSIGN(Own<SetObject> result, set_new(interp, set_basetype(interp, so->type), Value()));
    Own<SetObject> keep = Own<SetObject>::borrow(so);
    int64_t pos = 0;
    Value k;
    int64_t h = 0;
    while (set_next(so, &pos, &k, &h)) {
        Ref key = Ref::borrow(k);
        bool in = false;
        if (other_is_dict) {
            BASTION_TRY_ASSIGN(in, dict_contains_hashed(interp, static_cast<DictObject*>(other.obj()), key, h));
        } else {
            BASTION_TRY_ASSIGN(in, set_contains_hashed(interp, static_cast<SetObject*>(other.obj()), key, h));
        }
        if (!in)
            BASTION_TRY(set_add_hashed(interp, result.get(), key, h));
    }
    return result;
}

Status set_symmetric_difference_update(Interpreter& interp, SetObject* so, Value other) {
    if (Value(static_cast<Object*>(so)).is(other)) {
        set_clear_table(so);
        return {};
    }
    auto toggle = [&](Value key, int64_t h) -> Status {
        BASTION_TRY_ASSIGN(bool removed, set_discard_hashed(interp, so, key, h));
        if (!removed)
            BASTION_TRY(set_add_hashed(interp, so, key, h));
        return {};
    };
    if (other.is_obj() && other.obj()->type == interp.types.dict) {
        auto* d = static_cast<DictObject*>(other.obj());
        Own<DictObject> keep = Own<DictObject>::borrow(d);
        int64_t pos = 0;
        Value k;
        int64_t h = 0;
        while (dict_next_entry(d, &pos, &k, nullptr, &h)) {
            Ref key = Ref::borrow(k);
            BASTION_TRY(toggle(key, h));
        }
        return {};
    }
    Own<SetObject> otherset;
    if (is_anyset(interp, other)) {
        otherset = Own<SetObject>::borrow(static_cast<SetObject*>(other.obj()));
    } else {
        BASTION_TRY_ASSIGN(otherset, set_new(interp, set_basetype(interp, so->type), other));
    }
    int64_t pos = 0;
    Value k;
    int64_t h = 0;
    while (set_next(otherset.get(), &pos, &k, &h)) {
        Ref key = Ref::borrow(k);
        BASTION_TRY(toggle(key, h));
    }
    return {};
}

Result<Own<SetObject>> set_symmetric_difference(Interpreter& interp, SetObject* so, Value other) {
    BASTION_TRY_ASSIGN(Own<SetObject> result, set_new(interp, set_basetype(interp, so->type), other));
    BASTION_TRY(set_symmetric_difference_update(interp, result.get(), Value(static_cast<Object*>(so))));
    return result;
}

Result<bool> set_issubset(Interpreter& interp, SetObject* so, Value other) {
    if (!is_anyset(interp, other)) {
        BASTION_TRY_ASSIGN(Own<SetObject> tmp, set_intersection(interp, so, other));
        return tmp->used == so->used;
    }
    auto* o = static_cast<SetObject*>(other.obj());
    if (so->used > o->used)
        return false;
    Own<SetObject> keep = Own<SetObject>::borrow(so);
    int64_t pos = 0;
    Value k;
    int64_t h = 0;
    while (set_next(so, &pos, &k, &h)) {
        Ref key = Ref::borrow(k);
        BASTION_TRY_ASSIGN(bool in, set_contains_hashed(interp, o, key, h));
        if (!in)
            return false;
    }
    return true;
}

Result<bool> set_issuperset(Interpreter& interp, SetObject* so, Value other) {
    if (is_anyset(interp, other))
        return set_issubset(interp, static_cast<SetObject*>(other.obj()), Value(static_cast<Object*>(so)));
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, other));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref key, iter_next(interp, it));
        if (!key)
            return true;
        BASTION_TRY_ASSIGN(bool in, set_contains(interp, so, key));
        if (!in)
            return false;
    }
}

Result<bool> set_isdisjoint(Interpreter& interp, SetObject* so, Value other) {
    if (Value(static_cast<Object*>(so)).is(other))
        return so->used == 0;
    if (other.is_obj() && (other.obj()->type == interp.types.set || other.obj()->type == interp.types.frozenset)) {
        Own<SetObject> big = Own<SetObject>::borrow(so);
        Own<SetObject> small = Own<SetObject>::borrow(static_cast<SetObject*>(other.obj()));
        if (small->used > big->used)
            std::swap(big, small);
        int64_t pos = 0;
        Value k;
        int64_t h = 0;
        while (set_next(small.get(), &pos, &k, &h)) {
            Ref key = Ref::borrow(k);
            BASTION_TRY_ASSIGN(bool in, set_contains_hashed(interp, big.get(), key, h));
            if (in)
                return false;
        }
        return true;
    }
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, other));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref key, iter_next(interp, it));
        if (!key)
            return true;
        BASTION_TRY_ASSIGN(bool in, set_contains(interp, so, key));
        if (in)
            return false;
    }
}

// set_swap_bodies: exchange the contents of two sets (intersection_update).
void set_swap_bodies(SetObject* a, SetObject* b) {
    bool a_small = a->table == a->small;
    bool b_small = b->table == b->small;
    SetEntry* a_table = a->table;
    SetEntry* b_table = b->table;
    for (int64_t i = 0; i < SetObject::kMinSize; i++)
        std::swap(a->small[i], b->small[i]);
    std::swap(a->fill, b->fill);
    std::swap(a->used, b->used);
    std::swap(a->mask, b->mask);
    std::swap(a->hash, b->hash);
    a->table = b_small ? a->small : b_table;
    b->table = a_small ? b->small : a_table;
}

// frozenset_hash, CPython 3.11.
int64_t frozenset_hash_of(SetObject* so) {
    auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
    uint64_t hash = 0;
    for (int64_t i = 0; i <= so->mask; i++)
        hash ^= shuffle(static_cast<uint64_t>(so->table[i].hash));
    // Remove the effect of an odd number of unused (hash 0) and dummy (hash -1) slots.
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle(static_cast<uint64_t>(-1));
    hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == static_cast<uint64_t>(-1))
        hash = 590923713ULL;
    return static_cast<int64_t>(hash);
}

} // namespace bastion
