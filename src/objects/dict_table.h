// dict_table.h: the layout of a dict's table (DictObject::Table: the index slots and the
// dense entry array) for the places that read it directly: objects/dict_object.cpp, which
// owns and mutates it; the interpreter loop's name caches (vm/name_cache.h) and attribute
// caches (objects/attr_cache.h), which read one entry by a remembered entry number
// (`dict_entry_for`); and the collector (gc/collector.cpp), which walks the entries
// (`dict_for_each_ref`). Nobody else includes it.
#pragma once

#include <cstdint>
#include <utility>

#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "support/assert.h"
#include "vm/interpreter.h"

namespace bastion {

struct DictEntry {
    int64_t hash = 0;
    Ref key; // null: deleted entry
    Ref value;
};

struct DictObject::Table {
    Interpreter* interp = nullptr;
    int64_t size = 0;     // index slots, a power of two
    int64_t usable = 0;   // entry capacity: 2/3 of size (USABLE_FRACTION)
    int64_t nentries = 0; // entries appended so far, live or deleted
    std::size_t bytes = 0; // 0: the table lives in its dict's block (dict_new_presized_inline)
    // Index slots are 1, 2, 4 or 8 bytes wide by table size (CPython's dk_indices): a
    // table of 2^20 slots takes 4 MiB of indices instead of 8, so lookups in big dicts,
    // which are memory-bound, touch half the cache lines. 1 << index_shift bytes each.
    int index_shift = 3;
    // Where the entries start (index_bytes() + (size << index_shift)), set once when the
    // table is built (dict_object.cpp table_init and the inline minimal table): size and
    // index_shift never change for a table and tables are never copied or moved, so it
    // stays right for the table's life. One load instead of two loads, a shift and an add
    // on every lookup (the attribute and name caches' hits included).
    DictEntry* entry_base = nullptr;
    unsigned char* index_bytes() { return reinterpret_cast<unsigned char*>(this + 1); }
    // Slot numbers come masked by size - 1 from the probe loops; checked anyway (one compare).
    int64_t index(uint64_t i) {
        BASTION_CHECK(i < static_cast<uint64_t>(size));
        switch (index_shift) {
        case 0: return reinterpret_cast<int8_t*>(index_bytes())[i];
        case 1: return reinterpret_cast<int16_t*>(index_bytes())[i];
        case 2: return reinterpret_cast<int32_t*>(index_bytes())[i];
        default: return reinterpret_cast<int64_t*>(index_bytes())[i];
        }
    }
    void set_index(uint64_t i, int64_t ix) {
        BASTION_CHECK(i < static_cast<uint64_t>(size));
        switch (index_shift) {
        case 0: reinterpret_cast<int8_t*>(index_bytes())[i] = static_cast<int8_t>(ix); break;
        case 1: reinterpret_cast<int16_t*>(index_bytes())[i] = static_cast<int16_t>(ix); break;
        case 2: reinterpret_cast<int32_t*>(index_bytes())[i] = static_cast<int32_t>(ix); break;
        default: reinterpret_cast<int64_t*>(index_bytes())[i] = ix; break;
        }
    }
    // The index area is a multiple of 8 bytes (size >= 8), so the entries stay aligned.
    DictEntry* entries() {
        BASTION_ASSERT(entry_base == reinterpret_cast<DictEntry*>(index_bytes() + (size << index_shift)));
        return entry_base;
    }
    void set_entry_base() { entry_base = reinterpret_cast<DictEntry*>(index_bytes() + (size << index_shift)); }
};

// The live entry number `hint` of `d` when it holds exactly `key` (the same object), else
// null. Name caches remember where a name was found: a dict holds each key in at most one
// live entry, so an entry whose key *is* `key` is the entry any lookup of `key` finds, and
// its value is what dict_get_str returns. Stale hints (a deleted entry, a resize or
// compaction that moved the entries, a table that shrank) fail the bounds or identity test.
inline DictEntry* dict_entry_for(DictObject* d, StrObject* key, int64_t hint) {
    DictObject::Table* t = d->table;
    if (t == nullptr || hint < 0 || hint >= t->nentries)
        return nullptr;
    DictEntry* e = &t->entries()[hint];
    return e->key.get().is(Value(static_cast<Object*>(key))) ? e : nullptr;
}

// The value of live entry `ix` of `d` (from dict_find_str), bounds-checked.
inline Value dict_value_at(DictObject* d, int64_t ix) {
    DictObject::Table* t = d->table;
    BASTION_CHECK(t != nullptr && ix >= 0 && ix < t->nentries);
    return t->entries()[ix].value.get();
}

// Calls f(key, value) for every live entry of `d`, in order (the collector's walk: it
// runs no user code, so the table cannot change under it).
template <typename F>
inline void dict_for_each_ref(DictObject* d, F&& f) {
    DictObject::Table* t = d->table;
    if (t == nullptr)
        return;
    DictEntry* e = t->entries();
    for (int64_t i = 0, n = t->nentries; i < n; ++i)
        if (e[i].key)
            f(e[i].key.get(), e[i].value.get());
}

// A mutation of `d` (its version just moved on) whose owner is set: the lookup records of
// the owner type and of every type whose MRO holds it stop matching (objects/type_bases.cpp).
// Every site that bumps a dict's version calls it when d->owner is set.
void type_dict_written(Interpreter&, DictObject* d);

// Replaces the value of a live entry (from dict_entry_for) as dict_set_str does for a
// present key: the key set is unchanged (keys_version stays), `version` moves on. The old
// value comes back for the caller to release after this returns (it may run __del__).
[[nodiscard, gnu::always_inline]] inline Ref dict_replace_entry_value(Interpreter& interp, DictObject* d, DictEntry* e, Ref value) {
    Ref old = std::exchange(e->value, std::move(value));
    d->version = ++interp.dict_versions;
    if (d->owner != nullptr) [[unlikely]]
        type_dict_written(interp, d);
    return old;
}

// The entry number of exact-str-equal `key` in `d`, -1 when absent: dict_get_str's lookup
// (no user code runs), for callers that remember where a name is.
int64_t dict_find_str(DictObject* d, StrObject* key);
// dict_find_str that also says whether the result follows from d's key set alone:
// *keys_decide is false when a key of another type than str with key's hash was met (a
// str subclass, whose class's comparison decides and can change while the keys stay).
// When true, any dict with the same keys_version (the same keys) gives the same result.
int64_t dict_find_str_keyed(DictObject* d, StrObject* key, bool* keys_decide);
// dict_find_str whose *keys_decide is true only when the result follows from d's key set
// and entry order alone, found or not: no key of another type than exact str with key's
// hash anywhere in the dict (dict_find_str_keyed looks only at the keys its probing met,
// which for a found key stops there). Then any dict with the same keys_version (the same
// keys at the same entry numbers, dict_object.h) gives the same entry number.
int64_t dict_find_str_decided(DictObject* d, StrObject* key, bool* keys_decide);
// dict_set_str that also reports the entry number now holding `key` in *hint (-1 when the
// store took the generic path; the hint is then simply not useful), and in *hint_keys the
// keys_version for which dict_find_str_decided would have given that entry number as
// decided, read before anything was released (0 when it is not decided or unknown).
Status dict_set_str_hinted(Interpreter&, DictObject* d, StrObject* key, Value value, int64_t* hint,
                           uint64_t* hint_keys = nullptr);

// The live-or-deleted entry `ix` of `d` when it is within the table's entries, else null
// (a bounds check only: the attribute cache's key-set proof says which key it holds).
[[gnu::always_inline]] inline DictEntry* dict_entry_at(DictObject* d, int64_t ix) {
    DictObject::Table* t = d->table;
    if (t == nullptr || static_cast<uint64_t>(ix) >= static_cast<uint64_t>(t->nentries))
        return nullptr;
    return &t->entries()[ix];
}

} // namespace bastion
