// dict_object.cpp: the `dict` hash table and type. Layout (CPython 3.6+'s compact dict):
// an index table of 2^k slots (entry number, EMPTY or DUMMY) probed with CPython's
// perturbation recurrence, and a dense entry array in insertion order; deletion leaves a
// DUMMY index and a hole in the entries, both dropped at the next resize.
// Re-entrancy: a key's __eq__ may mutate the dict; lookups hold the compared key and
// restart when the table or entry changed (CPython's rule). Values and keys leaving the
// table are released only after the table is consistent, since releasing runs __del__.
// Views and dict iterators are in dict_views.cpp. CPython: Objects/dictobject.c.
#include "objects/dict_object.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <optional>
#include <utility>

#include "gc/gc_state.h"
#include "objects/container_fast.h"
#include "objects/containers_common.h"
#include "objects/dict_table.h"
#include "objects/list_object.h"
#include "objects/repr_guard.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "support/checked.h"
#include "support/hash.h"
#include "vm/generator.h"
#include "vm/vm_state.h"

namespace bastion {

namespace {

using Table = DictObject::Table;
constexpr int64_t kEmpty = -1;
constexpr int64_t kDummy = -2;
constexpr int64_t kMinSize = 8;
constexpr int kPerturbShift = 5;

// The block size of a table of `size` index slots (a power of two, >= kMinSize) with room
// for `usable` entries (at most 2/3 of size), or nothing when it overflows.
std::optional<std::size_t> table_bytes(int64_t size, int64_t usable, int* shift_out) {
    // Entry numbers are < usable and the two markers are negative: the narrowest signed
    // width holding size - 1 holds them all (CPython's DK_IXSIZE rule).
    int shift = size <= 0x80 ? 0 : size <= 0x8000 ? 1 : size <= (int64_t{1} << 31) ? 2 : 3;
    *shift_out = shift;
    auto index_bytes = checked_alloc_size(sizeof(Table), static_cast<std::size_t>(size), std::size_t{1} << shift);
    if (!index_bytes)
        return std::nullopt;
    return checked_alloc_size(*index_bytes, static_cast<std::size_t>(usable), sizeof(DictEntry));
}

// Builds an empty table in `mem`; `bytes` 0: the table lives in its dict's block
// (dict_new_presized_inline) and is never deallocated by itself.
Table* table_init(Interpreter& interp, void* mem, int64_t size, int64_t usable, int shift, std::size_t bytes) {
    BASTION_CHECK(usable > 0 && usable <= (size << 1) / 3);
    auto* t = new (mem) Table();
    t->interp = &interp;
    t->size = size;
    t->usable = usable;
    t->bytes = bytes;
    t->index_shift = shift;
    t->set_entry_base();
    std::memset(t->index_bytes(), 0xff, static_cast<std::size_t>(size) << shift); // all kEmpty (-1)
    return t;
}

Result<Table*> table_alloc(Interpreter& interp, int64_t size) {
    int shift = 0;
    int64_t usable = (size << 1) / 3; // USABLE_FRACTION
    auto bytes = table_bytes(size, usable, &shift);
    if (!bytes)
        return interp.no_memory();
    void* mem = interp.allocate(*bytes);
    if (mem == nullptr)
        return interp.no_memory();
    return table_init(interp, mem, size, usable, shift, *bytes);
}

// Releases the entries (which may run __del__: call only on a table no dict points to).
void table_free(Table* t) {
    if (t == nullptr)
        return;
    for (int64_t i = 0; i < t->nentries; i++) {
        // Key before value, entry by entry, as CPython's free_keys_object (finalizer order).
        t->entries()[i].key.reset();
        t->entries()[i].~DictEntry();
    }
    Interpreter* interp = t->interp;
    std::size_t bytes = t->bytes;
    t->~Table();
    if (bytes != 0) // 0: the table is part of its dict's block
        interp->deallocate(t, bytes);
}

// First index slot for `hash` that holds no entry (EMPTY or DUMMY).
uint64_t find_empty_slot(Table* t, int64_t hash) {
    uint64_t mask = static_cast<uint64_t>(t->size) - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & mask;
    while (t->index(i) >= 0) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// The index slot holding entry `ix` (which is live, with this hash).
uint64_t slot_of_entry(Table* t, int64_t hash, int64_t ix) {
    uint64_t mask = static_cast<uint64_t>(t->size) - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & mask;
    for (;;) {
        int64_t cur = t->index(i);
        BASTION_CHECK(cur != kEmpty);
        if (cur == ix)
            return i;
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// next_keys_version's table part: the number minted for (from, key), or `fresh`, now
// minted for it (replacing whatever transition held the slot).
[[gnu::noinline]] uint64_t keys_transition(Interpreter& interp, uint64_t from, Object* key, uint64_t fresh) {
    using State = Interpreter::VmState;
    auto& table = interp.vm().keys_transitions;
    if (table.empty())
        table.resize(State::kKeysTransitions);
    uint64_t h = from * 0x9E3779B97F4A7C15ull ^ (reinterpret_cast<uintptr_t>(key) >> 4) * 0xC2B2AE3D27D4EB4Full;
    State::KeysTransition& t = table[static_cast<std::size_t>(h >> 54) & (State::kKeysTransitions - 1)];
    if (t.to != 0 && t.from == from && t.key == key)
        return t.to;
    t.from = from;
    t.key = key;
    t.to = fresh;
    return t.to;
}

// The keys_version of a dict whose key set was the one named `from` and has gained `key`
// (dict_object.h: equal keys_version values name the same keys, the objects themselves;
// the absence proofs of vm/name_cache.h and objects/attr_cache.h rest on it). `fresh` is
// a number just taken from the counter (the caller's new `version`), held by no dict as
// its keys_version. An interned exact str takes the number minted for (from, key): every
// dict holding that number reached it from a dict holding `from` (the same keys, by
// induction from 0, the empty set) by adding that same name, which lives until teardown
// (the table is emptied then), so its address names no other str meanwhile. Any other key
// takes `fresh`, which no other key set has.
inline uint64_t next_keys_version(Interpreter& interp, uint64_t from, Value key, uint64_t fresh) {
    if (key.is_obj() && key.obj()->type == interp.types.str && static_cast<StrObject*>(key.obj())->interned)
        return keys_transition(interp, from, key.obj(), fresh);
    return fresh;
}

// Rebuild the table with room for at least `minused` live entries; no user code runs.
Status dict_resize(Interpreter& interp, DictObject* d, int64_t minused) {
    if (minused > kMaxContainerLength)
        return interp.no_memory();
    int64_t size = kMinSize;
    while (size < minused)
        size <<= 1;
    BASTION_TRY_ASSIGN(Table * fresh, table_alloc(interp, size));
    Table* old = d->table;
    if (old != nullptr) {
        for (int64_t i = 0; i < old->nentries; i++) {
            DictEntry& e = old->entries()[i];
            if (!e.key)
                continue;
            int64_t ix = fresh->nentries++;
            new (&fresh->entries()[ix]) DictEntry{e.hash, std::move(e.key), std::move(e.value)};
            fresh->set_index(find_empty_slot(fresh, e.hash), ix);
        }
    }
    // The same keys (keys_version stays) at the same entry numbers when the old table had no
    // deleted entries; otherwise the live entries moved down, and a key-set number also
    // names where each key is (dict_object.h): a fresh one, held by this dict alone.
    if (old != nullptr && old->nentries != d->used)
        d->keys_version = ++interp.dict_versions;
    d->table = fresh;
    table_free(old); // only moved-from (null) references remain in it
    return {};
}

bool is_exact_str(Value v) { return v.is_obj() && v.obj()->type == v.obj()->type->interp->types.str; }

// --- lookups that run no user code (exact str and small int keys) ----------------------------
// A key is "plain" when equality with it is decided without user code: an exact str
// (equal to another exact str by content) or a small int (equal to another small int only
// when identical). An entry with the probed hash whose key is of the other kind or of any
// other type (1.0 == 1, a str subclass with its own __eq__) needs the generic compare.
constexpr int64_t kNeedsGeneric = -3;

template <typename IndexT>
[[gnu::always_inline]] inline int64_t lookup_plain_in(Table* t, Value key, int64_t hash, bool key_is_str) {
    const IndexT* indices = reinterpret_cast<const IndexT*>(t->index_bytes());
    DictEntry* entries = t->entries();
    int64_t nentries = t->nentries;
    uint64_t mask = static_cast<uint64_t>(t->size) - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & mask;
    for (;;) {
        int64_t ix = indices[i]; // i <= mask < size
        if (ix == kEmpty)
            return -1;
        if (ix >= 0) {
            BASTION_CHECK(ix < nentries);
            DictEntry& e = entries[ix];
            Value k = e.key.get();
            if (k.is(key))
                return ix;
            if (e.hash == hash) {
                if (key_is_str) {
                    if (!is_exact_str(k))
                        return kNeedsGeneric;
                    if (str_equal(static_cast<StrObject*>(k.obj()), static_cast<StrObject*>(key.obj())))
                        return ix;
                } else if (!k.is_small_int()) {
                    return kNeedsGeneric;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// A str's hash, read from its cache when computed (names almost always are).
inline int64_t cached_str_hash(StrObject* s) { return s->hash != -1 ? s->hash : str_hash(s); }

// Entry number of a plain key, -1 when absent, kNeedsGeneric when an entry's __eq__ must decide.
[[gnu::always_inline]] inline int64_t lookup_plain(Table* t, Value key, int64_t hash, bool key_is_str) {
    switch (t->index_shift) {
    case 0: return lookup_plain_in<int8_t>(t, key, hash, key_is_str);
    case 1: return lookup_plain_in<int16_t>(t, key, hash, key_is_str);
    case 2: return lookup_plain_in<int32_t>(t, key, hash, key_is_str);
    default: return lookup_plain_in<int64_t>(t, key, hash, key_is_str);
    }
}

} // namespace

DictObject::~DictObject() {
    Table* t = table;
    table = nullptr;
    table_free(t);
}

// --- core operations ----------------------------------------------------------------------

Result<int64_t> dict_key_hash(Interpreter& interp, Value key) {
    if (key.is_small_int())
        return small_int_hash(key.small_int_value());
    if (is_exact_str(key))
        return cached_str_hash(static_cast<StrObject*>(key.obj()));
    return hash(interp, key);
}

// Entry number of `key`, or -1. May run __eq__; restarts if that changed the table.
Result<int64_t> dict_lookup(Interpreter& interp, DictObject* d, Value key, int64_t hash) {
    if (d->table == nullptr)
        return int64_t{-1};
    bool key_is_str = is_exact_str(key);
    if (key_is_str || key.is_small_int()) {
        int64_t ix = lookup_plain(d->table, key, hash, key_is_str);
        if (ix != kNeedsGeneric)
            return ix;
    }
restart:
    Table* t = d->table;
    if (t == nullptr)
        return int64_t{-1};
    int64_t size = t->size;
    uint64_t mask = static_cast<uint64_t>(size) - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & mask;
    for (;;) {
        int64_t ix = t->index(i);
        if (ix == kEmpty)
            return int64_t{-1};
        if (ix >= 0) {
            DictEntry& e = t->entries()[ix];
            if (e.key.get().is(key))
                return ix;
            if (e.hash == hash) {
                if (is_exact_str(e.key) && is_exact_str(key)) {
                    if (str_equal(static_cast<StrObject*>(e.key.obj()), static_cast<StrObject*>(key.obj())))
                        return ix;
                } else {
                    Ref startkey = e.key; // held: __eq__ may delete it from the dict
                    BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, startkey, key, bc::CompareOpKind::Eq));
                    if (d->table != t || t->size != size || ix >= t->nentries ||
                        !t->entries()[ix].key.get().is(startkey.get()))
                        goto restart;
                    if (eq)
                        return ix;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// Insert or replace; takes the references. The replaced value is released last.
namespace {

// The second half of dict_insert: `ix` is key's entry number or -1 (absent), from a lookup
// with no user code run since.
Status dict_insert_at(Interpreter& interp, DictObject* d, Ref key, int64_t hash, Ref value, int64_t ix) {
    if (ix >= 0) {
        DictEntry& e = d->table->entries()[ix];
        Ref old = std::move(e.value);
        e.value = std::move(value);
        d->version = ++interp.dict_versions;
        if (d->owner != nullptr) [[unlikely]]
            type_dict_written(interp, d); // before `old` is released (it may run code)
        return {};
    }
    if (d->table == nullptr || d->table->nentries >= d->table->usable) {
        auto growth = checked_mul<int64_t>(d->used, 3);
        if (!growth)
            return interp.no_memory();
        BASTION_TRY(dict_resize(interp, d, *growth));
    }
    Table* t = d->table;
    int64_t nix = t->nentries++;
    new (&t->entries()[nix]) DictEntry{hash, std::move(key), std::move(value)};
    t->set_index(find_empty_slot(t, hash), nix);
    d->used++;
    d->version = ++interp.dict_versions;
    d->keys_version = next_keys_version(interp, d->keys_version, t->entries()[nix].key.get(), d->version);
    if (d->owner != nullptr) [[unlikely]]
        type_dict_written(interp, d);
    return {};
}

} // namespace

Status dict_insert(Interpreter& interp, DictObject* d, Ref key, int64_t hash, Ref value) {
    BASTION_TRY_ASSIGN(int64_t ix, dict_lookup(interp, d, key, hash));
    return dict_insert_at(interp, d, std::move(key), hash, std::move(value), ix);
}

// Remove entry `ix`; returns its key and value for the caller to release.
std::pair<Ref, Ref> dict_remove_entry(DictObject* d, int64_t ix) {
    Table* t = d->table;
    BASTION_CHECK(t != nullptr && ix >= 0 && ix < t->nentries);
    DictEntry& e = t->entries()[ix];
    t->set_index(slot_of_entry(t, e.hash, ix), kDummy);
    std::pair<Ref, Ref> out{std::move(e.key), std::move(e.value)};
    d->used--;
    d->version = ++d->type->interp->dict_versions;
    d->keys_version = d->version;
    if (d->owner != nullptr) [[unlikely]]
        type_dict_written(*d->type->interp, d);
    return out;
}

Value dict_entry_value(DictObject* d, int64_t ix) { return d->table->entries()[ix].value.get(); }

bool dict_next_entry(DictObject* d, int64_t* pos, Value* key, Value* value, int64_t* hash) {
    Table* t = d->table;
    if (t == nullptr)
        return false;
    int64_t i = *pos < 0 ? 0 : *pos;
    while (i < t->nentries && !t->entries()[i].key)
        i++;
    if (i >= t->nentries)
        return false;
    DictEntry& e = t->entries()[i];
    *pos = i + 1;
    if (key)
        *key = e.key.get();
    if (value)
        *value = e.value.get();
    if (hash)
        *hash = e.hash;
    return true;
}

bool dict_prev_entry(DictObject* d, int64_t* pos, Value* key, Value* value) {
    Table* t = d->table;
    if (t == nullptr)
        return false;
    int64_t i = std::min(*pos, t->nentries - 1);
    while (i >= 0 && !t->entries()[i].key)
        i--;
    if (i < 0)
        return false;
    DictEntry& e = t->entries()[i];
    *pos = i - 1;
    if (key)
        *key = e.key.get();
    if (value)
        *value = e.value.get();
    return true;
}

int64_t dict_entry_count(DictObject* d) { return d->table ? d->table->nentries : 0; }

void dict_clear(DictObject* d) {
    Table* t = d->table;
    d->table = nullptr;
    d->used = 0;
    d->version = ++d->type->interp->dict_versions;
    d->keys_version = 0; // the empty key set's
    if (d->owner != nullptr) [[unlikely]]
        type_dict_written(*d->type->interp, d);
    table_free(t); // may run __del__; the dict is already empty
}

Result<bool> dict_contains_hashed(Interpreter& interp, DictObject* d, Value key, int64_t hash) {
    BASTION_TRY_ASSIGN(int64_t ix, dict_lookup(interp, d, key, hash));
    return ix >= 0;
}

// --- public API (dict_object.h) ------------------------------------------------------------

Result<Own<DictObject>> dict_new(Interpreter& interp) { return interp.make<DictObject>(interp.types.dict); }

namespace {

// The inline table of an instance dict with room for `expected` keys (5 when 0, at most
// 21, as CPython sizes a class's shared keys): its index slots, usable entries, index
// width and the bytes of the table part of the dict's block (never overflows: small).
struct InlineShape {
    int64_t size = kMinSize;
    int64_t usable = 0;
    int shift = 0;
    std::size_t table_bytes = 0;
};

[[gnu::always_inline]] inline InlineShape inline_shape(uint32_t expected) {
    InlineShape s;
    s.usable = expected == 0 ? 5 : std::min<int64_t>(expected, 21);
    // The smallest power of two >= kMinSize whose two thirds hold `usable` (the loop of
    // dict_resize, unrolled for usable <= 21): 8 holds 5, 16 holds 10, 32 holds 21.
    s.size = s.usable <= 5 ? 8 : s.usable <= 10 ? 16 : 32;
    BASTION_CHECK(s.usable <= (s.size << 1) / 3);
    // table_bytes for these sizes: one-byte index slots (size <= 0x80), no overflow.
    s.shift = 0;
    s.table_bytes = sizeof(Table) + static_cast<std::size_t>(s.size) +
                    static_cast<std::size_t>(s.usable) * sizeof(DictEntry);
    return s;
}

// table_init's work on the table that follows `d` in its block (Table::bytes 0).
void init_inline_table(Interpreter& interp, DictObject* d, const InlineShape& s) {
    static_assert(sizeof(DictObject) % alignof(Table) == 0);
    if ((s.size << s.shift) == 8) {
        // The common minimal table, with its 8 index bytes (all kEmpty) written as one
        // word instead of through a memset call.
        BASTION_CHECK(s.usable > 0 && s.usable <= (s.size << 1) / 3);
        auto* t = new (d + 1) Table();
        t->interp = &interp;
        t->size = s.size;
        t->usable = s.usable;
        t->bytes = 0;
        t->index_shift = s.shift;
        t->set_entry_base();
        const uint64_t all_empty = ~uint64_t{0};
        std::memcpy(t->index_bytes(), &all_empty, sizeof all_empty);
        d->table = t;
        return;
    }
    d->table = table_init(interp, d + 1, s.size, s.usable, s.shift, 0);
}

// dict_set_str of `key` -> `value` into the empty inline table of a new dict `d`, without
// the lookup (the table is empty): the entry, the index slot, used and version. The
// caller sets keys_version.
[[gnu::always_inline]] inline void insert_first_str(Interpreter& interp, DictObject* d, StrObject* key, Value value) {
    int64_t hash = cached_str_hash(key);
    Table* t = d->table;
    BASTION_CHECK(t != nullptr && t->nentries == 0 && t->usable > 0);
    new (&t->entries()[0]) DictEntry{hash, Ref::borrow(Value(static_cast<Object*>(key))), Ref::borrow(value)};
    t->nentries = 1;
    t->set_index(static_cast<uint64_t>(hash) & static_cast<uint64_t>(t->size - 1), 0);
    d->used = 1;
    d->version = ++interp.dict_versions;
}

} // namespace

Result<Own<DictObject>> dict_new_presized_inline(Interpreter& interp, uint32_t expected) {
    // Room for exactly the expected keys (a class's instances usually get the same
    // attributes); 5 (a minimal table's) when nothing is known yet.
    InlineShape s = inline_shape(expected);
    BASTION_TRY_ASSIGN(Own<DictObject> d, interp.make_var<DictObject>(interp.types.dict, s.table_bytes));
    init_inline_table(interp, d.get(), s);
    return d;
}

// attr_cache.h: dict_new_presized_inline followed by dict_set_str of the first key, without
// the lookup (the table is empty) — the same dict, versions and accounting.
Result<Own<DictObject>> dict_new_inline_first_str(Interpreter& interp, uint32_t expected, StrObject* key,
                                                  Value value) {
    BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new_presized_inline(interp, expected));
    insert_first_str(interp, d.get(), key, value);
    d->keys_version = next_keys_version(interp, 0, Value(static_cast<Object*>(key)), d->version);
    return d;
}

// attr_cache.h: the first-store dict of an instance of `type` in one step from a block
// waiting in the free lists, put in the instance's empty slot; false (nothing done) when
// none of its size waits or --max-memory refuses the reuse (the caller then takes
// dict_new_inline_first_str).
bool dict_new_instance_first(Interpreter& interp, Type* type, Object* obj, StrObject* key, Value value) {
    Type* dict_type = interp.types.dict;
    // make_var's block: [GcHeader][block word][managed-dict slot][DictObject][table]. The
    // dict type is a static GC type without a managed dict, and the dict is not tracked
    // here (below), so allocate_object_memory's collector test and init_object_header's
    // type reference and tracking have nothing to do.
    BASTION_CHECK(dict_type->has_flag(kTypeGC) && !dict_type->has_flag(kTypeHeap) &&
                  !dict_type->has_flag(kTypeManagedDict));
    Ref& slot = managed_dict(obj);
    BASTION_CHECK(slot.is_null());
    InlineShape s = inline_shape(type->instance_dict_keys);
    constexpr std::size_t prefix = sizeof(GcHeader) + gcb::kPrefixBytes;
    std::size_t total = prefix + sizeof(DictObject) + s.table_bytes; // at most a few hundred bytes
    char* block = interp.gc().reuse_block(total, true); // counted, and refused at the limit
    if (block == nullptr)
        return false;
    // Every field of the reused (stale) block is written: the GcHeader and the prefix
    // zeroed (null links: untracked; an empty managed-dict slot), the DictObject and its
    // Table by their constructors, the index bytes kEmpty and every entry slot as an empty
    // DictEntry, entry 0 then the live one. (A memset of the whole variable-sized block
    // compiled to `rep stos`, slow to start for a block this small.)
    std::memset(block, 0, prefix);
    *reinterpret_cast<uint64_t*>(block + sizeof(GcHeader)) = gcb::kTagLive | gcb::kHasGcHeader | total;
    auto* d = new (block + prefix) DictObject();
    d->refcount = 1;
    d->type = dict_type;
    // Not tracked: the dict is born taken into its instance (gc/gc_state.h, "Instance
    // dicts"): the instance's slot is its only reference, the state gc_take_in_young_dicts
    // would put it in (untracked, not counted toward the young threshold, its contents
    // visited by the instance's traversal).
    init_inline_table(interp, d, s);
    DictEntry* entries = d->table->entries();
    for (int64_t i = 0; i < s.usable; ++i) // at most 21
        new (&entries[i]) DictEntry();
    insert_first_str(interp, d, key, value);
    // keys_version: the number of the key set {key}. The class remembers the one its last
    // first store minted or found (type.h): every dict holding it holds exactly {key}, as
    // next_keys_version explains, whether or not the transition table still maps to it.
    if (type->instance_dict_first_name == key && type->instance_dict_first_keys != 0) [[likely]] {
        d->keys_version = type->instance_dict_first_keys;
    } else {
        d->keys_version = next_keys_version(interp, 0, Value(static_cast<Object*>(key)), d->version);
        if (key->type == interp.types.str && key->interned) { // a transition's number, not a one-off
            type->instance_dict_first_name = key;
            type->instance_dict_first_keys = d->keys_version;
        }
    }
    slot = Ref::steal(Value(static_cast<Object*>(d)));
    return true;
}

Result<Value> dict_get(Interpreter& interp, DictObject* d, Value key) {
    BASTION_TRY_ASSIGN(int64_t hash, dict_key_hash(interp, key));
    BASTION_TRY_ASSIGN(int64_t ix, dict_lookup(interp, d, key, hash));
    return ix >= 0 ? dict_entry_value(d, ix) : Value();
}

namespace {

// dict_get_str's lookup: the entry number of exact-str-equal `key`, -1 when absent.
[[gnu::always_inline]] inline int64_t find_str_entry(Table* t, StrObject* key) {
    int64_t hash = cached_str_hash(key);
    Value k(static_cast<Object*>(key));
    int64_t ix = lookup_plain(t, k, hash, true);
    if (ix != kNeedsGeneric)
        return ix;
    // A key of another type with this hash sits in the probe sequence. A str subclass
    // that keeps str's comparison compares as str does (CPython finds
    // `globals()[S("x")] = 1` as the name x); any other key is skipped (no user code runs
    // here, as dict_object.h says) and the probing goes on.
    uint64_t mask = static_cast<uint64_t>(t->size) - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & mask;
    for (;;) {
        int64_t jx = t->index(i);
        if (jx == kEmpty)
            return -1;
        if (jx >= 0) {
            DictEntry& e = t->entries()[jx];
            if (e.key.get().is(k))
                return jx;
            if (e.hash == hash && e.key.get().is_obj()) {
                Type* kt = e.key.obj()->type;
                bool str_like = kt == key->type || (kt->richcompare == key->type->richcompare &&
                                                    is_subtype(kt, key->type));
                if (str_like && str_equal(static_cast<StrObject*>(e.key.obj()), key))
                    return jx;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

} // namespace

// container_fast.h: d[key] / `key in d` for the interpreter loop, no user code run.
PlainLookup dict_lookup_plain_value(DictObject* d, Value key, Value* value) {
    Table* t = d->table;
    int64_t hash = 0;
    bool key_is_str = false;
    if (key.is_small_int()) {
        hash = small_int_hash(key.small_int_value());
    } else if (is_exact_str(key)) {
        key_is_str = true;
        hash = cached_str_hash(static_cast<StrObject*>(key.obj()));
    } else {
        return PlainLookup::Generic;
    }
    if (t == nullptr)
        return PlainLookup::Absent;
    int64_t ix = lookup_plain(t, key, hash, key_is_str);
    if (ix == kNeedsGeneric)
        return PlainLookup::Generic;
    if (ix < 0)
        return PlainLookup::Absent;
    *value = t->entries()[ix].value.get();
    return PlainLookup::Found;
}

int64_t dict_find_str(DictObject* d, StrObject* key) {
    Table* t = d->table;
    return t == nullptr ? -1 : find_str_entry(t, key);
}

int64_t dict_find_str_keyed(DictObject* d, StrObject* key, bool* keys_decide) {
    Table* t = d->table;
    *keys_decide = true;
    if (t == nullptr)
        return -1;
    int64_t ix = lookup_plain(t, Value(static_cast<Object*>(key)), cached_str_hash(key), true);
    if (ix != kNeedsGeneric)
        return ix; // every key met with this hash was an exact str (equal by content)
    // A key of another type with this hash: whether it matches depends on its class's
    // comparison, which can change while the keys stay.
    *keys_decide = false;
    return find_str_entry(t, key);
}

namespace {

// Whether a live entry other than `ix` holds a key with `hash` that is not an exact str (a
// str subclass, or another type, whose class's comparison decides whether it equals a
// str): the rest of the probe sequence, to the first empty slot, which every key with this
// hash lies before (a slot, once used, is never empty again until the table is rebuilt,
// and a rebuild places every key before the first empty slot of its sequence).
bool other_key_with_hash(Table* t, int64_t hash, int64_t ix) {
    uint64_t mask = static_cast<uint64_t>(t->size) - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & mask;
    for (;;) {
        int64_t jx = t->index(i);
        if (jx == kEmpty)
            return false;
        if (jx >= 0 && jx != ix) {
            BASTION_CHECK(jx < t->nentries);
            DictEntry& e = t->entries()[jx];
            if (e.hash == hash && !is_exact_str(e.key.get()))
                return true;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

} // namespace

int64_t dict_find_str_decided(DictObject* d, StrObject* key, bool* keys_decide) {
    Table* t = d->table;
    *keys_decide = true;
    if (t == nullptr)
        return -1;
    int64_t hash = cached_str_hash(key);
    int64_t ix = lookup_plain(t, Value(static_cast<Object*>(key)), hash, true);
    if (ix == kNeedsGeneric) {
        *keys_decide = false;
        return find_str_entry(t, key);
    }
    // Absent: the whole probe sequence was seen, every key with this hash an exact str.
    // Found: the probing stopped there, so the rest of the sequence is checked too.
    if (ix >= 0 && other_key_with_hash(t, hash, ix))
        *keys_decide = false;
    return ix;
}

Value dict_get_str(DictObject* d, StrObject* key) {
    Table* t = d->table;
    if (t == nullptr)
        return Value();
    int64_t ix = find_str_entry(t, key);
    return ix >= 0 ? t->entries()[ix].value.get() : Value();
}

Status dict_set(Interpreter& interp, DictObject* d, Value key, Value value) {
    BASTION_TRY_ASSIGN(int64_t hash, dict_key_hash(interp, key));
    return dict_insert(interp, d, Ref::borrow(key), hash, Ref::borrow(value));
}

// STORE_NAME / STORE_GLOBAL / attribute stores: replacing the value of a present str key
// (the common case) takes no reference to the key.
Status dict_set_str_hinted(Interpreter& interp, DictObject* d, StrObject* key, Value value, int64_t* hint,
                           uint64_t* hint_keys) {
    Value k(static_cast<Object*>(key));
    int64_t hash = cached_str_hash(key);
    if (hint)
        *hint = -1;
    if (hint_keys)
        *hint_keys = 0;
    if (Table* t = d->table) {
        int64_t ix = lookup_plain(t, k, hash, true);
        if (ix >= 0) {
            if (hint)
                *hint = ix;
            // Read before the old value's release below, which may run any code.
            if (hint_keys && !other_key_with_hash(t, hash, ix))
                *hint_keys = d->keys_version;
            Ref old = std::exchange(t->entries()[ix].value, Ref::borrow(value));
            d->version = ++interp.dict_versions;
            if (d->owner != nullptr) [[unlikely]]
                type_dict_written(interp, d);
            return {}; // the old value is released now, with the table consistent
        }
        if (ix == -1) {
            BASTION_TRY(dict_insert_at(interp, d, Ref::borrow(k), hash, Ref::borrow(value), -1));
            if (hint)
                *hint = d->table->nentries - 1; // appended last (after any resize)
            // The lookup saw the whole probe sequence (absent), every key with this hash an
            // exact str; the insertion released nothing (no code ran).
            if (hint_keys)
                *hint_keys = d->keys_version;
            return {};
        }
    }
    return dict_insert(interp, d, Ref::borrow(k), hash, Ref::borrow(value));
}

Status dict_set_str(Interpreter& interp, DictObject* d, StrObject* key, Value value) {
    return dict_set_str_hinted(interp, d, key, value, nullptr);
}

Result<bool> dict_del(Interpreter& interp, DictObject* d, Value key) {
    BASTION_TRY_ASSIGN(int64_t hash, dict_key_hash(interp, key));
    BASTION_TRY_ASSIGN(int64_t ix, dict_lookup(interp, d, key, hash));
    if (ix < 0)
        return false;
    auto removed = dict_remove_entry(d, ix); // released at the end of this scope
    return true;
}

bool dict_next(DictObject* d, int64_t* pos, Value* key, Value* value) {
    return dict_next_entry(d, pos, key, value, nullptr);
}

bool is_dict(Interpreter& interp, Value v) {
    if (!v.is_obj())
        return false;
    Type* t = v.obj()->type;
    return t == interp.types.dict || t->has_flag(kTypeDictSubclass) || is_subtype(t, interp.types.dict);
}

// --- merging (dict.update, dict(...), |, |=) -----------------------------------------------------

Result<Own<DictObject>> dict_copy(Interpreter& interp, DictObject* src) {
    BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
    if (src->used == 0)
        return d;
    BASTION_TRY(dict_resize(interp, d.get(), (src->used * 3 + 1) / 2));
    // No user code runs: the hashes are known and the new table holds no equal keys.
    Table* t = d->table;
    int64_t pos = 0;
    Value k, v;
    int64_t h = 0;
    while (dict_next_entry(src, &pos, &k, &v, &h)) {
        int64_t nix = t->nentries++;
        new (&t->entries()[nix]) DictEntry{h, Ref::borrow(k), Ref::borrow(v)};
        t->set_index(find_empty_slot(t, h), nix);
        d->used++;
    }
    // The same keys at the same entry numbers when the source has no deleted entries (the
    // copy has none): its number (version stays 0: never mutated, as before). Otherwise
    // the entries moved down: a fresh number (dict_object.h: it names the entry numbers too).
    d->keys_version = src->table->nentries == src->used ? src->keys_version : ++interp.dict_versions;
    return d;
}

// PyDict_Merge: `other` is a dict (iterated directly unless its type overrides __iter__)
// or a mapping with keys() and __getitem__. `override` false keeps existing keys.
Status dict_merge(Interpreter& interp, DictObject* d, Value other, bool override) {
    if (is_dict(interp, other) && type_of(interp, other)->iter == interp.types.dict->iter) {
        auto* src = static_cast<DictObject*>(other.obj());
        if (src == d || src->used == 0)
            return {};
        Own<DictObject> keep = Own<DictObject>::borrow(src);
        int64_t n = dict_entry_count(src);
        int64_t pos = 0;
        Value k, v;
        int64_t h = 0;
        while (pos < n && dict_next_entry(src, &pos, &k, &v, &h)) {
            Ref key = Ref::borrow(k), value = Ref::borrow(v);
            if (!override) {
                BASTION_TRY_ASSIGN(bool present, dict_contains_hashed(interp, d, key, h));
                if (present)
                    continue;
            }
            BASTION_TRY(dict_insert(interp, d, std::move(key), h, std::move(value)));
            if (dict_entry_count(src) != n)
                return interp.raise(interp.exc.RuntimeError, "dict mutated during update");
        }
        return {};
    }
    BASTION_TRY_ASSIGN(Ref keys, call_method(interp, other, interp.names.keys, {}));
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, keys));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref key, iter_next(interp, it));
        if (!key)
            return {};
        if (!override) {
            BASTION_TRY_ASSIGN(Value present, dict_get(interp, d, key));
            if (!present.is_null())
                continue;
        }
        BASTION_TRY_ASSIGN(Ref value, get_item(interp, other, key));
        BASTION_TRY(dict_set(interp, d, key, value));
    }
}

// PyDict_MergeFromSeq2: an iterable of key/value pairs.
Status dict_merge_pairs(Interpreter& interp, DictObject* d, Value iterable) {
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, iterable));
    // A generator (dict((k, v) for ...)) is driven by the loop (generator_drive), anything
    // else drawn with iter_next.
    int64_t n = -1;
    return for_each_item(interp, it, [&](Ref item) -> Result<bool> {
        n++;
        // An exact tuple of two (what a generator of pairs yields) is its own sequence,
        // as PySequence_Fast returns it: no list made.
        if (item.get().is_obj() && item.get().obj()->type == interp.types.tuple &&
            static_cast<TupleObject*>(item.get().obj())->size == 2) {
            auto* t = static_cast<TupleObject*>(item.get().obj());
            BASTION_TRY(dict_set(interp, d, t->at(0), t->at(1)));
            return true;
        }
        auto pair = list_from_iterable(interp, item);
        if (!pair.ok()) {
            if (raised_matches(pair.error(), interp.exc.TypeError))
                return interp.raise_fmt(interp.exc.TypeError,
                                        "cannot convert dictionary update sequence element #{} to a sequence", n);
            return pair.take_error();
        }
        ListObject* p = pair.value().get();
        if (p->items.size() != 2)
            return interp.raise_fmt(interp.exc.ValueError,
                                    "dictionary update sequence element #{} has length {}; 2 is required", n,
                                    p->items.size());
        Ref key = p->items[0], value = p->items[1];
        BASTION_TRY(dict_set(interp, d, key, value));
        return true;
    });
}

// dict_update_arg: a dict, anything with keys(), or an iterable of pairs.
Status dict_update_arg(Interpreter& interp, DictObject* d, Value arg) {
    if (arg.is_obj() && arg.obj()->type == interp.types.dict)
        return dict_merge(interp, d, arg, true);
    BASTION_TRY_ASSIGN(Ref keys, get_attr_opt(interp, arg, interp.names.keys));
    if (keys)
        return dict_merge(interp, d, arg, true);
    return dict_merge_pairs(interp, d, arg);
}

// dict.update(arg=None, /, **kwargs) and dict.__init__.
Status dict_update_common(Interpreter& interp, DictObject* d, CallArgs args, std::string_view name) {
    if (args.npos > 1)
        return interp.raise_fmt(interp.exc.TypeError, "{} expected at most 1 argument, got {}", name, args.npos);
    if (args.npos == 1)
        BASTION_TRY(dict_update_arg(interp, d, args.items[0]));
    for (std::size_t i = 0; i < args.nkw(); i++)
        BASTION_TRY(dict_set(interp, d, Value(static_cast<Object*>(args.keyword_name(i))), args.keyword_value(i)));
    return {};
}

// --- the dict type ----------------------------------------------------------------------------

namespace {

DictObject* as_dict(Value v) { return static_cast<DictObject*>(v.obj()); }

// Remove and return the last live entry (popitem's LIFO order); entries past it are
// trimmed so that repeated popitem stays O(1) amortised, as CPython's dk_nentries = i.
std::pair<Ref, Ref> dict_pop_last(DictObject* d) {
    Table* t = d->table;
    int64_t i = t->nentries - 1;
    while (i >= 0 && !t->entries()[i].key)
        i--;
    BASTION_CHECK(i >= 0);
    auto out = dict_remove_entry(d, i);
    for (int64_t k = i; k < t->nentries; k++)
        t->entries()[k].~DictEntry(); // all null references
    t->nentries = i;
    return out;
}

Result<Ref> dict_tp_new(Interpreter& interp, Type* type, CallArgs) { return to_ref(interp.make<DictObject>(type)); }

Status dict_tp_init(Interpreter& interp, Value self, CallArgs args) {
    return dict_update_common(interp, as_dict(self), args, "dict");
}

Result<int64_t> dict_length(Interpreter&, Value self) { return as_dict(self)->used; }
Result<bool> dict_truth(Interpreter&, Value self) { return as_dict(self)->used != 0; }

Result<Ref> dict_getitem(Interpreter& interp, Value self, Value key) {
    DictObject* d = as_dict(self);
    BASTION_TRY_ASSIGN(int64_t hash, dict_key_hash(interp, key));
    BASTION_TRY_ASSIGN(int64_t ix, dict_lookup(interp, d, key, hash));
    if (ix >= 0)
        return Ref::borrow(dict_entry_value(d, ix));
    Type* type = type_of(interp, self);
    if (type != interp.types.dict) {
        Value missing = type_lookup(type, interp.names.__missing__);
        if (!missing.is_null())
            return call_bound_special(interp, missing, self, {key});
    }
    return raise_with_arg(interp, interp.exc.KeyError, key);
}

Status dict_setitem(Interpreter& interp, Value self, Value key, Value value) {
    DictObject* d = as_dict(self);
    if (!value.is_null())
        return dict_set(interp, d, key, value);
    BASTION_TRY_ASSIGN(bool found, dict_del(interp, d, key));
    if (!found)
        return raise_with_arg(interp, interp.exc.KeyError, key);
    return {};
}

Result<bool> dict_contains_slot(Interpreter& interp, Value self, Value key) {
    BASTION_TRY_ASSIGN(int64_t hash, dict_key_hash(interp, key));
    return dict_contains_hashed(interp, as_dict(self), key, hash);
}

Result<Ref> dict_repr(Interpreter& interp, Value self) {
    DictObject* d = as_dict(self);
    if (d->used == 0)
        return str_result(interp, "{}");
    ReprGuard guard(interp, d);
    if (guard.recursive())
        return str_result(interp, "{...}");
    BASTION_TRY(check_native_stack(interp));
    std::string out = "{";
    int64_t pos = 0;
    Value k, v;
    bool first = true;
    while (dict_next_entry(d, &pos, &k, &v, nullptr)) {
        Ref key = Ref::borrow(k), value = Ref::borrow(v); // repr may remove them from the dict
        if (!first)
            out += ", ";
        first = false;
        BASTION_TRY(append_repr(interp, out, key));
        out += ": ";
        BASTION_TRY(append_repr(interp, out, value));
    }
    out += "}";
    return str_result(interp, out);
}

Result<bool> dict_equal(Interpreter& interp, DictObject* a, DictObject* b) {
    if (a->used != b->used)
        return false;
    int64_t pos = 0;
    Value k, v;
    int64_t h = 0;
    while (dict_next_entry(a, &pos, &k, &v, &h)) {
        Ref key = Ref::borrow(k), aval = Ref::borrow(v);
        BASTION_TRY_ASSIGN(int64_t ix, dict_lookup(interp, b, key, h));
        if (ix < 0)
            return false;
        Ref bval = Ref::borrow(dict_entry_value(b, ix));
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, aval, bval, bc::CompareOpKind::Eq));
        if (!eq)
            return false;
    }
    return true;
}

Result<Ref> dict_richcompare(Interpreter& interp, Value v, Value w, bc::CompareOpKind op) {
    if (!is_dict(interp, v) || !is_dict(interp, w) || (op != bc::CompareOpKind::Eq && op != bc::CompareOpKind::Ne))
        return not_implemented(interp);
    BASTION_TRY(check_native_stack(interp));
    BASTION_TRY_ASSIGN(bool eq, dict_equal(interp, as_dict(v), as_dict(w)));
    return interp.new_bool(eq == (op == bc::CompareOpKind::Eq));
}

Result<Ref> dict_or(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_dict(interp, lhs) || !is_dict(interp, rhs))
        return not_implemented(interp);
    BASTION_TRY_ASSIGN(Own<DictObject> d, dict_copy(interp, as_dict(lhs)));
    BASTION_TRY(dict_update_arg(interp, d.get(), rhs));
    return std::move(d).into_ref();
}

Result<Ref> dict_ior(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_dict(interp, lhs))
        return not_implemented(interp);
    BASTION_TRY(dict_update_arg(interp, as_dict(lhs), rhs));
    return Ref::borrow(lhs);
}

Result<Ref> dict_iter_slot(Interpreter& interp, Value self) {
    return dict_make_iter(interp, as_dict(self), interp.types.dict_keyiterator, false);
}

// --- methods ---------------------------------------------------------------------------------------

#define DICT_SELF(method) \
    BASTION_TRY_ASSIGN(DictObject * d, self_as<DictObject>(interp, self, interp.types.dict, method))

Result<Ref> dict_keys_method(Interpreter& interp, Value self, CallArgs args) {
    DICT_SELF("keys");
    BASTION_TRY(args_none(interp, args, "dict.keys"));
    return dict_make_view(interp, d, interp.types.dict_keys);
}

Result<Ref> dict_values_method(Interpreter& interp, Value self, CallArgs args) {
    DICT_SELF("values");
    BASTION_TRY(args_none(interp, args, "dict.values"));
    return dict_make_view(interp, d, interp.types.dict_values);
}

Result<Ref> dict_items_method(Interpreter& interp, Value self, CallArgs args) {
    DICT_SELF("items");
    BASTION_TRY(args_none(interp, args, "dict.items"));
    return dict_make_view(interp, d, interp.types.dict_items);
}

Result<Ref> dict_get_method(Interpreter& interp, Value self, CallArgs args) {
    DICT_SELF("get");
    BASTION_TRY(args_range(interp, args, "dict.get", "get", 1, 2));
    BASTION_TRY_ASSIGN(Value v, dict_get(interp, d, args.items[0]));
    if (!v.is_null())
        return Ref::borrow(v);
    return args.npos == 2 ? Ref::borrow(args.items[1]) : interp.new_none();
}

Result<Ref> dict_setdefault_method(Interpreter& interp, Value self, CallArgs args) {
    DICT_SELF("setdefault");
    BASTION_TRY(args_range(interp, args, "dict.setdefault", "setdefault", 1, 2));
    Value key = args.items[0];
    Ref dflt = args.npos == 2 ? Ref::borrow(args.items[1]) : interp.new_none();
    BASTION_TRY_ASSIGN(int64_t hash, dict_key_hash(interp, key));
    BASTION_TRY_ASSIGN(int64_t ix, dict_lookup(interp, d, key, hash));
    if (ix >= 0)
        return Ref::borrow(dict_entry_value(d, ix));
    BASTION_TRY(dict_insert(interp, d, Ref::borrow(key), hash, dflt));
    return dflt;
}

Result<Ref> dict_pop_method(Interpreter& interp, Value self, CallArgs args) {
    DICT_SELF("pop");
    BASTION_TRY(args_range(interp, args, "dict.pop", "pop", 1, 2));
    Value key = args.items[0];
    BASTION_TRY_ASSIGN(int64_t hash, dict_key_hash(interp, key));
    BASTION_TRY_ASSIGN(int64_t ix, dict_lookup(interp, d, key, hash));
    if (ix < 0) {
        if (args.npos == 2)
            return Ref::borrow(args.items[1]);
        return raise_with_arg(interp, interp.exc.KeyError, key);
    }
    auto removed = dict_remove_entry(d, ix);
    return std::move(removed.second);
}

Result<Ref> dict_popitem_method(Interpreter& interp, Value self, CallArgs args) {
    DICT_SELF("popitem");
    BASTION_TRY(args_none(interp, args, "dict.popitem"));
    if (d->used == 0)
        return interp.raise(interp.exc.KeyError, "popitem(): dictionary is empty");
    // Allocate the result first so that a MemoryError leaves the dict unchanged.
    BASTION_TRY_ASSIGN(Own<TupleObject> pair, tuple_new_uninitialized(interp, 2));
    auto removed = dict_pop_last(d);
    tuple_init_item(pair.get(), 0, std::move(removed.first));
    tuple_init_item(pair.get(), 1, std::move(removed.second));
    return std::move(pair).into_ref();
}

Result<Ref> dict_update_method(Interpreter& interp, Value self, CallArgs args) {
    DICT_SELF("update");
    BASTION_TRY(dict_update_common(interp, d, args, "update"));
    return interp.new_none();
}

Result<Ref> dict_clear_method(Interpreter& interp, Value self, CallArgs args) {
    DICT_SELF("clear");
    BASTION_TRY(args_none(interp, args, "dict.clear"));
    dict_clear(d);
    return interp.new_none();
}

Result<Ref> dict_copy_method(Interpreter& interp, Value self, CallArgs args) {
    DICT_SELF("copy");
    BASTION_TRY(args_none(interp, args, "dict.copy"));
    return to_ref(dict_copy(interp, d));
}

Result<Ref> dict_reversed_method(Interpreter& interp, Value self, CallArgs args) {
    DICT_SELF("__reversed__");
    BASTION_TRY(args_none(interp, args, "dict.__reversed__"));
    return dict_make_iter(interp, d, interp.types.dict_reversekeyiterator, true);
}

// dict.fromkeys(iterable, value=None), a classmethod: `self` is the class.
Result<Ref> dict_fromkeys_method(Interpreter& interp, Value cls, CallArgs args) {
    BASTION_TRY(args_range(interp, args, "dict.fromkeys", "fromkeys", 1, 2));
    Value iterable = args.items[0];
    Ref value = args.npos == 2 ? Ref::borrow(args.items[1]) : interp.new_none();
    BASTION_TRY_ASSIGN(Ref d, call_positional(interp, cls, {}));
    bool exact = d.get().is_obj() && d.obj()->type == interp.types.dict;
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, iterable));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref key, iter_next(interp, it));
        if (!key)
            return d;
        if (exact)
            BASTION_TRY(dict_set(interp, as_dict(d), key, value));
        else
            BASTION_TRY(set_item(interp, d, key, value));
    }
}

#undef DICT_SELF

} // namespace

void init_dict_slots(Interpreter& interp) {
    Type* t = interp.types.dict;
    t->instance_size = sizeof(DictObject);
    t->flags |= kTypeBaseType | kTypeGC | kTypeDictSubclass;
    t->tp_new = dict_tp_new;
    t->tp_init = dict_tp_init;
    t->repr = dict_repr;
    t->hash = nullptr; // unhashable
    t->richcompare = dict_richcompare;
    t->iter = dict_iter_slot;
    t->length = dict_length;
    t->getitem = dict_getitem;
    t->setitem = dict_setitem;
    t->contains = dict_contains_slot;
    t->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Or)] = dict_or;
    t->number.inplace[static_cast<std::size_t>(bc::BinaryOpKind::Or)] = dict_ior;
    t->number.truth = dict_truth;
    t->destroy = destroy_as<DictObject>;
}

Status init_dict_methods(Interpreter& interp) {
    static constexpr MethodDef kMethods[] = {
        {"keys", dict_keys_method},
        {"values", dict_values_method},
        {"items", dict_items_method},
        {"get", dict_get_method},
        {"setdefault", dict_setdefault_method},
        {"pop", dict_pop_method},
        {"popitem", dict_popitem_method},
        {"update", dict_update_method},
        {"clear", dict_clear_method},
        {"copy", dict_copy_method},
        {"__reversed__", dict_reversed_method},
        {"fromkeys", dict_fromkeys_method, kMethClass},
    };
    return add_methods(interp, interp.types.dict, kMethods);
}

} // namespace bastion
