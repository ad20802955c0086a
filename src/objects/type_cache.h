// type_cache.h: the caches behind attribute lookup — type_lookup's MRO cache
// (objects/abstract_attr.cpp) and the per-instruction attribute cache of LOAD_ATTR,
// STORE_ATTR and LOAD_METHOD (objects/attr_cache.h).
//
// Both record one MRO lookup as a LookupRecord and validate it by class identity:
//  - the type is the same object as at fill time: its `stamp` (type.h) is the recorded
//    one (a type made at a freed type's address starts at stamp 0, never recorded);
//  - its MRO is the same tuple (compared by pointer; every MRO replacement makes the new
//    tuple before the old one is released, so a replaced MRO never has the old address),
//    so the classes on it are alive and each still has the dict it had (a class dict is
//    set once, when the class is made, and dropped only at teardown);
//  - each of those dicts, recorded by pointer, is at the recorded version. Dict versions
//    are unique across the interpreter (objects/dict_object.cpp), so an equal version
//    proves the dict holds exactly what it held: the recorded result is what a fresh walk
//    would return, and alive (a dict still holds it);
//  - the collector's teardown has not started dropping class dicts
//    (GcState::finalizers_off); from then on nothing is looked up through a record.
// A hit is then one load per MRO level (the recorded dict's version) with no dependent
// loads through the MRO tuple and its classes. Dicts at version 0 (never mutated, shared
// by every such dict) and classes without a dict are never recorded.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "objects/value.h"

namespace bastion {

struct Type;
struct StrObject;
struct DictObject;

// One lookup's record; N: the longest MRO it can record (longer ones are looked up uncached).
template <std::size_t N>
struct LookupRecordN {
    static constexpr std::size_t kMaxDepth = N;
    struct Level {
        DictObject* dict = nullptr;
        uint64_t version = 0;
    };
    Type* type = nullptr; // null: empty record
    uint64_t stamp = 0;   // type->stamp at fill time (never 0 in a filled record)
    uintptr_t mro = 0;    // the bits of type->mro at fill time (a tuple)
    Value result;         // borrowed from one of the dicts below; null: not found
    uint32_t depth = 0;   // MRO length
    std::array<Level, N> levels{};
};
using LookupRecord = LookupRecordN<6>;     // type_lookup's
using AttrLookupRecord = LookupRecordN<4>; // the per-instruction cache's (a 128-byte entry)

struct alignas(64) TypeCacheEntry {
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
};
static_assert(sizeof(AttrCacheEntry) == 128);

struct TypeCache {
    static constexpr std::size_t kEntries = 1024;     // power of two
    static constexpr std::size_t kAttrEntries = 1024; // power of two
    std::vector<TypeCacheEntry> entries;              // allocated on first use
    std::vector<AttrCacheEntry> attr_entries;         // allocated on first use
    uint64_t last_stamp = 0;                          // the last Type::stamp handed out
};

} // namespace bastion
