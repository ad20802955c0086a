// type_cache.h: the caches behind attribute lookup — type_lookup's MRO cache
// (objects/abstract_attr.cpp) and the per-instruction attribute cache of LOAD_ATTR,
// STORE_ATTR and LOAD_METHOD (objects/attr_cache.h).
//
// Both record one MRO lookup as a LookupRecord and validate it by the type's version tag
// (Type::stamp, CPython's tp_version_tag):
//  - a record holds the type's stamp at fill time (never 0); stamps are interpreter-unique,
//    so an equal stamp proves the same type object (a type made at a freed type's address
//    starts at stamp 0);
//  - the stamp is set back to 0 whenever the lookup could find something else: every
//    mutation of a class dict reaches type_dict_written (dict_table.h; the dict's `owner`
//    is set by the fill, before the record exists), which resets the stamp of the owner
//    and of every subclass (objects/type_bases.cpp; a static type's dict write empties
//    both caches instead, as static subclass lists may be incomplete), and every MRO
//    replacement resets it (type_bases.cpp forget_lookups);
//  - its MRO is the same tuple (compared by pointer, a second guard for MRO replacement:
//    a replaced MRO never has the old address while the old one is recorded);
//  - the collector's teardown has not started dropping class dicts
//    (GcState::finalizers_off); from then on nothing is looked up through a record.
// So the recorded result is what a fresh walk would return, and alive (a class dict on the
// MRO holds it). A hit is two loads from the type and no walk. Types whose MRO holds a
// class without a dict, a dict owned by another type, or a class with kTypeCustomMro are
// never recorded.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "objects/value.h"

namespace bastion {

struct Type;
struct StrObject;
struct DictObject;

// One lookup's record.
struct LookupRecord {
    Type* type = nullptr; // null: empty record
    uint64_t stamp = 0;   // type->stamp at fill time (never 0 in a filled record)
    uintptr_t mro = 0;    // the bits of type->mro at fill time (a tuple)
    Value result;         // borrowed from one of the MRO's dicts; null: not found
};
using AttrLookupRecord = LookupRecord; // the per-instruction cache's

struct alignas(32) TypeCacheEntry {
    StrObject* name = nullptr; // interned (lives as long as the interpreter)
    LookupRecord rec;
};

// What a per-instruction entry found on the type for its name. Only results whose
// behaviour cannot change while the record stays valid are given a kind: the descriptor
// kinds are instances of static types (their slots and an instance's type are fixed).
enum class AttrKind : uint32_t {
    Uncached = 0, // anything else: the generic path runs
    Absent,       // no class on the MRO has the name
    Method,       // an exact function, method descriptor or slot wrapper (non-data descriptors)
    ClassValue,   // an instance of a static type that is no descriptor at all (int, str, None, ...)
};

struct alignas(64) AttrCacheEntry {
    const void* ip = nullptr;  // the instruction (LOAD_ATTR, STORE_ATTR or LOAD_METHOD)
    StrObject* name = nullptr; // interned: code at a reused address may name another attribute
    AttrKind kind = AttrKind::Uncached;
    // Where the instance dict held `name` when this site last found it there (an entry
    // number, objects/attr_cache.h): a hint, used only when that entry's key is `name`.
    int32_t dict_hint = -1;
    AttrLookupRecord rec;
    // The absence proof (objects/attr_cache.h): the keys_version of the instance dict in
    // which this site last found `name` absent. keys_version names a key set (equal
    // numbers, the same keys: dict_object.h), so any dict with this keys_version lacks
    // `name` — the same dict later, or another instance's whose names came in the same
    // order. 0 is the empty set's. Reset to 0 whenever the entry is taken for another name.
    uint64_t absent_keys = 0;
};
static_assert(sizeof(AttrCacheEntry) == 64, "one cache line: the 8 bytes after the record were padding");

struct TypeCache {
    static constexpr std::size_t kEntries = 1024;     // power of two
    static constexpr std::size_t kAttrEntries = 1024; // power of two
    std::vector<TypeCacheEntry> entries;              // allocated on first use
    std::vector<AttrCacheEntry> attr_entries;         // allocated on first use
    uint64_t last_stamp = 0;                          // the last Type::stamp handed out
};

} // namespace bastion
