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
//    a replaced MRO never has the old address while the old one is recorded). The code
//    objects' site entries (AttrSiteTable, objects/attr_cache.h attr_site_hit) skip this
//    compare; see "Stamps and MRO replacement" below;
//  - the collector's teardown has not started dropping class dicts
//    (GcState::finalizers_off); from then on nothing is looked up through a record.
// So the recorded result is what a fresh walk would return, and alive (a class dict on the
// MRO holds it). A hit is two loads from the type and no walk. Types whose MRO holds a
// class without a dict, a dict owned by another type, or a class with kTypeCustomMro are
// never recorded.
//
// Stamps and MRO replacement (why a site entry's hit needs no MRO compare): a type's MRO
// tuple is assigned only
//  - when the type is made (objects/type_object.cpp type_new; mro.cpp ready_builtin_type
//    for the built-in types): its stamp is 0 then — new, and no lookup records a type
//    before it has an MRO (type_lookup_fill) — and a metaclass mro() that runs meanwhile
//    marks the type kTypeCustomMro, never recorded;
//  - by a __bases__ assignment (objects/type_bases.cpp set_bases), for the class and each
//    class below it, each followed at once by forget_lookups (stamp 0), also when a failed
//    recomputation puts the old MROs back, and once more for every class in play at the
//    end (a metaclass mro() run in between may have recorded some);
//  - for ExceptionGroup at start-up (exception_types.cpp fix_exception_group_bases), which
//    resets its stamp too;
//  - set to null at teardown (gc/teardown.cpp), after the start of teardown emptied every
//    site entry (attr_sites_forget_all; entries filled from then on are Uncached).
// Stamps come from ++last_stamp (64-bit, never handed out twice), so a record whose stamp
// equals its type's names the same type object with no forget since the fill — hence the
// same MRO tuple. Entries of kind Uncached may hold stamp 0 (an unrecordable type): they
// only send the instruction to the generic path, which is right whatever the MRO.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "objects/value.h"

namespace bastion {

class Interpreter;
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

// Everything an entry holds is a function of (type, name) — never of the instruction —
// so the global table keys an entry by (name, type) only (the instruction's address picks
// the pair: two instructions that meet there with the same name and type may share it).
struct alignas(64) AttrCacheEntry {
    StrObject* name = nullptr; // interned: code at a reused address may name another attribute
    AttrKind kind = AttrKind::Uncached;
    // The present proof (objects/attr_cache.h): `name` is at entry number dict_hint in every
    // instance dict whose keys_version is present_keys, and a lookup of it finds that entry
    // (dict_find_str_decided: no key with its hash that is not an exact str). keys_version
    // names the keys *and their entry numbers* (dict_object.h), so the value is read there
    // with no key compare. 0: none (the empty key set holds nothing; a dict at 0 has no
    // entries, and the entry number is bounds-checked anyway).
    int32_t dict_hint = -1;
    uint64_t present_keys = 0;
    AttrLookupRecord rec;
    // The absence proof (objects/attr_cache.h): the keys_version of the instance dict in
    // which this site last found `name` absent. keys_version names a key set (equal
    // numbers, the same keys: dict_object.h), so any dict with this keys_version lacks
    // `name` — the same dict later, or another instance's whose names came in the same
    // order. 0 is the empty set's. Reset to 0 whenever the entry is taken for another name.
    uint64_t absent_keys = 0;
};
static_assert(sizeof(AttrCacheEntry) == 64, "one cache line");

// The attribute entries a code object owns (vm/code_object.h CodeObject::attr_sites):
// entry i serves every LOAD_ATTR, STORE_ATTR and LOAD_METHOD of that code whose operand
// is name index i, so the handler finds it from the operand it already decoded — no hash,
// no table test, no key compare (the code's names never change: entry i is always for
// co_names[i]). An entry holds one type's record, checked as the global table's are
// (objects/attr_cache.h attr_site_lookup). A name used on several types (a base class's
// method run on instances of its subclasses) has up to kExtraWays more entries for the
// other types in `more` (allocated when the code first sees a second type for a name);
// types beyond those go to the global table (TypeCache::attr_entries), so polymorphic
// sites still hit. Everything in an entry is borrowed and validated by its record, as in
// the global table: nothing here is owned, traversed by the collector or serialised
// (marshal writes the image only). Allocated from Interpreter::allocate (counted against
// the memory limit); when that fails the code uses the global table. Freed with the code
// object. While its entries exist a table is on the interpreter's list of tables
// (TypeCache::sites, linked through prev/next, unlinked by the destructor), so an event
// that drops every record at once (attr_sites_forget_all) empties them all there and then,
// and a hit needs no epoch compare. Implemented in objects/attr_cache.cpp.
struct AttrSiteTable {
    static constexpr uint32_t kExtraWays = 3;
    AttrCacheEntry* entries = nullptr; // `count` entries; null until the first attribute instruction runs
    uint32_t count = 0;                // 0, or `wanted` once allocated
    uint32_t wanted = 0;               // 1 + the largest name index an attribute instruction names (0: none)
    AttrCacheEntry* more = nullptr;    // count * kExtraWays entries (name i's at i * kExtraWays), or null
    Interpreter* interp = nullptr;     // whose memory holds the blocks below
    void* raw = nullptr;               // `entries`' allocation (entries is its first 64-byte boundary)
    std::size_t raw_bytes = 0;
    void* more_raw = nullptr;          // `more`'s
    std::size_t more_raw_bytes = 0;
    AttrSiteTable* prev = nullptr;     // TypeCache::sites' links, while `raw` is allocated
    AttrSiteTable* next = nullptr;

    AttrSiteTable() = default;
    AttrSiteTable(const AttrSiteTable&) = delete;
    AttrSiteTable& operator=(const AttrSiteTable&) = delete;
    ~AttrSiteTable();
};

struct TypeCache {
    static constexpr std::size_t kEntries = 1024;     // power of two
    static constexpr std::size_t kAttrEntries = 1024; // power of two
    std::vector<TypeCacheEntry> entries;              // allocated on first use
    std::vector<AttrCacheEntry> attr_entries;         // allocated on first use
    uint64_t last_stamp = 0;                          // the last Type::stamp handed out
    // The code objects' tables that hold entries (AttrSiteTable::prev/next), emptied all at
    // once by attr_sites_forget_all whenever every record must go — a built-in type's dict
    // written (objects/type_bases.cpp type_dict_written, which also empties the tables
    // above) and the start of teardown (gc/teardown.cpp: finalizers_off).
    AttrSiteTable* sites = nullptr;
};

// Empties the entries of every code object's AttrSiteTable (objects/attr_cache.cpp).
void attr_sites_forget_all(Interpreter&);

} // namespace bastion
