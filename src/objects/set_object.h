// set_object.h: Python `set` and `frozenset`: an open-addressing hash table with CPython
// 3.11's exact algorithm (8-slot minimum, 9 linear probes then perturbed probing, resize
// at 60% fill to 4x used), so iteration order — which programs print — equals CPython's
// for the same sequence of operations. Implemented in objects/set_object.cpp (table and algebra)
// and objects/set_type.cpp (the Python types).
#pragma once

#include <cstdint>

#include "objects/value.h"

namespace bastion {

// One slot. Unused: key null, hash 0. Dummy (deleted): key null, hash -1. Active: key set.
struct SetEntry {
    Ref key;
    int64_t hash = 0;
};

struct SetObject : Object {
    static constexpr int64_t kMinSize = 8;
    int64_t fill = 0; // active + dummy slots
    int64_t used = 0; // active slots
    int64_t mask = kMinSize - 1;
    SetEntry* table = small; // `small` or a heap block of mask + 1 entries
    int64_t hash = -1;       // frozenset: cached hash
    int64_t finger = 0;      // where pop() resumes its scan
    Interpreter* interp = nullptr; // owner of the heap block (set by the allocator helpers)
    SetEntry small[kMinSize];
    ~SetObject();
};

bool is_anyset(Interpreter&, Value v);   // set, frozenset or a subclass
bool is_set(Interpreter&, Value v);      // set or a subclass (not frozenset)
bool is_frozenset(Interpreter&, Value v); // frozenset or a subclass

// A new set of `type` (set, frozenset or a subclass) holding the items of `iterable`
// (null: empty). CPython's make_new_set.
Result<Own<SetObject>> set_new(Interpreter&, Type* type, Value iterable);
Status set_add(Interpreter&, SetObject* s, Value key);
Result<bool> set_contains(Interpreter&, SetObject* s, Value key);
Result<bool> set_discard(Interpreter&, SetObject* s, Value key); // true when it was present
// set_update_internal: add every item of `other` (set, dict or iterable).
Status set_update(Interpreter&, SetObject* s, Value other);
Status set_difference_update(Interpreter&, SetObject* s, Value other);
Status set_symmetric_difference_update(Interpreter&, SetObject* s, Value other);
Result<Own<SetObject>> set_intersection(Interpreter&, SetObject* s, Value other);
// Iterate active entries by slot: *pos starts at 0; false at the end. Borrowed key.
bool set_next(SetObject* s, int64_t* pos, Value* key, int64_t* hash);

// --- The rest of the set algebra (set_object.cpp), used by set_type.cpp and dict views ---------
Status set_add_hashed(Interpreter&, SetObject* s, Value key, int64_t hash);
Result<bool> set_contains_hashed(Interpreter&, SetObject* s, Value key, int64_t hash);
Result<bool> set_discard_hashed(Interpreter&, SetObject* s, Value key, int64_t hash);
void set_clear_table(SetObject* s); // empties first, then releases the keys
Status set_merge(Interpreter&, SetObject* s, SetObject* other);
Type* set_basetype(Interpreter&, Type* t); // set or frozenset: the type of operation results
Result<Own<SetObject>> set_copy_of(Interpreter&, SetObject* s);
Result<Own<SetObject>> set_difference(Interpreter&, SetObject* s, Value other);
Result<Own<SetObject>> set_symmetric_difference(Interpreter&, SetObject* s, Value other);
Result<bool> set_issubset(Interpreter&, SetObject* s, Value other);
Result<bool> set_issuperset(Interpreter&, SetObject* s, Value other);
Result<bool> set_isdisjoint(Interpreter&, SetObject* s, Value other);
void set_swap_bodies(SetObject* a, SetObject* b);
int64_t frozenset_hash_of(SetObject* s); // CPython 3.11's frozenset_hash (uncached)

// Pure helpers (exposed for unit tests): CPython's table size for `minused` entries.
inline int64_t set_table_size_for(int64_t minused) {
    int64_t size = SetObject::kMinSize;
    while (size <= minused)
        size <<= 1;
    return size;
}

} // namespace bastion
