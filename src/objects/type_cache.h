// type_cache.h: the cache behind type_lookup (objects/abstract_attr.cpp): MRO lookups of
// interned names. An entry is valid exactly when
//   - it names the same live type: the same Type* and the same Type::lookup_stamp (unique
//     per interpreter; a type made at a freed type's address starts unstamped), and the
//     same MRO tuple object. A live type's MRO and its classes' dicts are set when it is
//     made and not replaced while it lives (only teardown resets them; the cache is off
//     from then on: GcState::finalizers_off), so the recorded dicts are alive;
//   - every dict on that MRO still has the recorded version. Dict versions are unique
//     across the interpreter (objects/dict_object.cpp) and change on every mutation, so
//     equal versions prove each dict holds what it held: the cached result is exactly
//     what a fresh walk would return, and alive (a dict holds it). This covers every way
//     a class dict can change (type.__setattr__, native method tables, a dict reached
//     through gc.get_referents) with no hook in those paths.
// The validation reads only the entry, the type and one version word per MRO class.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "objects/value.h"

namespace bastion {

struct Type;
struct StrObject;
struct DictObject;

struct TypeCacheEntry {
    static constexpr std::size_t kMaxDepth = 6; // longer MROs are looked up uncached
    Type* type = nullptr;
    StrObject* name = nullptr; // interned (lives as long as the interpreter)
    uint64_t stamp = 0;        // type->lookup_stamp when filled
    const Object* mro = nullptr; // type->mro when filled (compared, never read)
    Value result;              // borrowed from one of the dicts below; null: not found
    uint32_t depth = 0;        // MRO length
    // The dict of each class on the MRO and its version (pairs: a short MRO's checks
    // share the entry's first cache lines).
    struct Level {
        DictObject* dict = nullptr;
        uint64_t version = 0;
    };
    std::array<Level, kMaxDepth> levels{};
};

struct TypeCache {
    static constexpr std::size_t kEntries = 1024; // power of two
    std::vector<TypeCacheEntry> entries;          // allocated on first use
    uint64_t stamps = 0;                          // the last Type::lookup_stamp given out
};

} // namespace bastion
