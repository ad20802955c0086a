// type_cache.h: the cache behind type_lookup (objects/abstract_attr.cpp): MRO lookups of
// interned names, validated by the dict versions of every class on the MRO. Dict versions
// are unique across the interpreter (objects/dict_object.cpp), so a matching (dict,
// version) list proves every dict still holds what it held: the cached result is exactly
// what a fresh walk would return, and is alive (a dict still holds it).
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
    Value result;              // borrowed from one of the dicts below; null: not found
    uint32_t depth = 0;        // MRO length
    std::array<DictObject*, kMaxDepth> dicts{};
    std::array<uint64_t, kMaxDepth> versions{};
};

struct TypeCache {
    static constexpr std::size_t kEntries = 1024; // power of two
    std::vector<TypeCacheEntry> entries;          // allocated on first use
};

} // namespace bastion
