// attr_cache.h: the per-instruction attribute cache of the interpreter loop's LOAD_ATTR,
// STORE_ATTR and LOAD_METHOD, and the record check it shares with type_lookup.
//
// An entry (type_cache.h AttrCacheEntry), found by the instruction's address and the type, holds the
// type_lookup record of (type, name) and what it found (AttrKind). While the record is
// valid (type_cache.h: the type's version tag and MRO tuple are the recorded ones)
// the lookup would find the same thing, so the handler does what the generic algorithm
// (objects/abstract_attr.cpp generic_getattr / generic_setattr / get_method) does for that
// kind, in the same order, without the walk: probe the instance dict, then use the class
// attribute. Types whose getattr/setattr slot is not the generic one (a __getattribute__,
// __getattr__ or __setattr__ override, modules, types themselves) always take the generic
// path, as do the kinds with a descriptor whose call could differ. Errors are never raised
// here: every case that would raise runs the generic path, which raises the same error.
// Implemented in objects/attr_cache.cpp (fill) and inline below (hits).
#pragma once

#include "gc/gc_state.h"
#include "objects/attr_fast.h"
#include "objects/dict_object.h"
#include "objects/dict_table.h"
#include "objects/type_cache.h"
#include "vm/interpreter.h"

namespace bastion {

Result<Ref> generic_getattr(Interpreter&, Value obj, StrObject* name);   // objects/abstract_attr.cpp
Status generic_setattr(Interpreter&, Value obj, StrObject* name, Value); // objects/abstract_attr.cpp

// True when `rec` still describes the lookup on `type` (type_cache.h lists the conditions):
// the type's version tag and MRO are the recorded ones.
[[gnu::always_inline]] inline bool lookup_record_valid(Interpreter& interp, const LookupRecord& rec,
                                                       const Type* type) {
    return rec.type == type && rec.stamp == type->stamp && rec.mro == type->mro.get().bits() &&
           !interp.gc().finalizers_off;
}

// type_lookup(type, name), and the cache record that now vouches for it (null when the
// lookup cannot be recorded: a class without a dict or with a custom MRO, teardown).
// objects/abstract_attr.cpp.
Value type_lookup_recorded(Type* type, StrObject* name, const LookupRecord** rec);

// Refills `e` for (name, type) from a type_lookup; returns its kind (Uncached when
// the lookup cannot be recorded or what it found has no kind).
AttrKind attr_cache_fill(Interpreter&, AttrCacheEntry& e, Type* type, StrObject* name);

// The table slot pair of (ip, type): a multiplicative hash of both, so sites of one code
// object (consecutive addresses) and types at nearby addresses spread over the table.
[[gnu::always_inline]] inline std::size_t attr_cache_pair(const void* ip, const Type* type) {
    uint64_t h = (reinterpret_cast<uintptr_t>(ip) >> 2) * 0x9E3779B97F4A7C15ull ^
                 (reinterpret_cast<uintptr_t>(type) >> 4) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<std::size_t>(h >> 54) & (TypeCache::kAttrEntries - 2); // even: the pair's first
}

// The second way of the pair (objects/attr_cache.cpp): the entry for (ip, name, type) when
// the first way `first` holds another key; a miss moves the first way's entry to the
// second and refills the first (the pair keeps the two most recent keys).
AttrCacheEntry& attr_cache_lookup_second(Interpreter&, AttrCacheEntry& first, const void* ip, Type* type,
                                         StrObject* name);

// The entry of instruction `ip` for (type, name), refilled when it does not hold a valid
// record for them; returns its kind. Two-way: a pair of entries per hash, so two hot
// (instruction, type) keys with the same hash do not evict each other on every run.
[[gnu::always_inline]] inline AttrCacheEntry& attr_cache_lookup(Interpreter& interp, const void* ip, Type* type,
                                                                StrObject* name) {
    auto& table = interp.type_cache.attr_entries;
    if (table.empty()) [[unlikely]]
        table.resize(TypeCache::kAttrEntries);
    // Keyed by instruction and type, so a site that sees several types (a base class
    // method called on instances of its subclasses) keeps one entry per type.
    AttrCacheEntry& e = table[attr_cache_pair(ip, type)];
    if (!(e.name == name && lookup_record_valid(interp, e.rec, type))) [[unlikely]]
        return attr_cache_lookup_second(interp, e, ip, type, name);
    return e;
}

// attr_site_lookup's miss (objects/attr_cache.cpp): the name's other ways (AttrSiteTable::
// more) when one holds a valid record for `type`; else allocates the code's entries on
// first use (putting the table on TypeCache::sites), and refills the way that holds
// `type` (stale) or an empty one; when every way holds another type, the global table's
// entry for (ip, type), so a site that sees many types keeps hitting. `name` is the
// code's name `index`.
AttrCacheEntry& attr_site_miss(Interpreter&, AttrSiteTable& sites, uint32_t index, const void* ip, Type* type,
                               StrObject* name);

// The entry for attribute instruction `ip` of a code object whose attribute entries are
// `sites`, operand (name index) `index` naming `name`, on an instance of `type`: the
// code's own entry `index` when it holds a valid record for `type` (type_cache.h
// AttrSiteTable), else attr_site_miss. The name needs no compare: entry `index` only ever
// holds the code's name `index`. Nor does lookup_record_valid's `finalizers_off` test
// apply: the start of teardown empties every code's entries (attr_sites_forget_all, as
// does a write to a built-in type's dict), and records filled from then on are never
// recordable (Uncached). The record's MRO is not compared (lookup_record_valid does): a stamp is
// interpreter-unique and never handed out again, so an equal stamp names the same type
// with no forget since the fill, and every replacement of a type's MRO resets its stamp
// (type_cache.h "Stamps and MRO replacement"). Nor is the record's type: a stamp other
// than 0 is given to one type only, and an entry's stamp is its own type's (the fill copies
// both from one record), so an equal stamp other than 0 names the entry's type. A stamp of
// 0 (a type never recorded, or forgotten since) matches only entries of kind Uncached —
// empty ones and the fills of unrecordable types; a filled record's stamp is never 0 —
// which send the instruction to the generic path: right for any type, and the generic
// path's own lookup gives a recordable type its stamp, so the next run refills the entry.
// attr_site_hit is its hit alone: the code's entry `index` or the name's
// first other way when it holds a valid record for `type`, else null (attr_site_lookup
// then takes attr_site_miss, which may allocate; the fused LOAD_FAST + attribute
// instruction of vm/eval.cpp falls back to the unfused pair instead).
[[gnu::always_inline]] inline AttrCacheEntry* attr_site_hit(Interpreter& interp, AttrSiteTable& sites, uint32_t index,
                                                            Type* type) {
    if (index < sites.count) [[likely]] {
        AttrCacheEntry& e = sites.entries[index];
        if (e.rec.stamp == type->stamp) [[likely]]
            return &e;
        // A name used on several types (a base class's method run on its subclasses'
        // instances: richards' Task methods see four): the other types' ways, inline as
        // well (`more` holds count * kExtraWays).
        if (sites.more != nullptr) {
            AttrCacheEntry* e2 = &sites.more[std::size_t{index} * AttrSiteTable::kExtraWays];
            for (uint32_t w = 0; w < AttrSiteTable::kExtraWays; ++w, ++e2)
                if (e2->rec.stamp == type->stamp)
                    return e2;
        }
    }
    return nullptr;
}

[[gnu::always_inline]] inline AttrCacheEntry& attr_site_lookup(Interpreter& interp, AttrSiteTable& sites,
                                                               uint32_t index, const void* ip, Type* type,
                                                               StrObject* name) {
    if (AttrCacheEntry* e = attr_site_hit(interp, sites, index, type)) [[likely]]
        return *e;
    return attr_site_miss(interp, sites, index, ip, type, name);
}

// attr_site_lookup, or with kHitOnly attr_site_hit (null on a miss).
template <bool kHitOnly>
[[gnu::always_inline]] inline AttrCacheEntry* attr_site_find(Interpreter& interp, AttrSiteTable& sites, uint32_t index,
                                                             const void* ip, Type* type, StrObject* name) {
    if constexpr (kHitOnly)
        return attr_site_hit(interp, sites, index, type);
    else
        return &attr_site_lookup(interp, sites, index, ip, type, name);
}

// The value of `name` in `d` (an instance dict) found by a full lookup, remembering what
// d's key set alone decides for the next time: the entry number in e.dict_hint with d's
// keys_version in e.present_keys, or the absence in e.absent_keys (objects/attr_cache.cpp).
Value attr_dict_get_slow(DictObject* d, StrObject* name, AttrCacheEntry& e);

// The value of `name` in the instance dict of `obj` (whose type is `type`), or null, by the
// key-set proofs, with no hash, probe or key compare. keys_version names the keys and
// their entry numbers (dict_object.h: equal numbers, the same key objects at the same
// entry numbers, deleted entries included), so:
//  - present: a dict whose keys_version is e.present_keys holds `name` at entry
//    e.dict_hint, and a lookup finds that entry (recorded only when no key with the name's
//    hash is anything but an exact str, whose comparison cannot change): its value is the
//    lookup's. The entry number is bounds-checked, as every index is;
//  - absent: a dict whose keys_version is e.absent_keys lacks `name` (0 is the empty
//    set; attr_dict_get_slow records only absences the keys alone decide).
// Instances of a class whose attributes were set in the same order share keys_version
// values, so one proof serves them all. Any other dict: attr_dict_get_slow.
[[gnu::always_inline]] inline Value attr_instance_dict_get(Type* type, Object* obj, StrObject* name,
                                                           AttrCacheEntry& e) {
    if (!type->has_flag(kTypeManagedDict))
        return Value();
    Value d = managed_dict(obj).get();
    if (d.is_null())
        return Value();
    auto* dict = static_cast<DictObject*>(d.obj());
    uint64_t keys = dict->keys_version;
    if (keys == e.present_keys) [[likely]] {
        if (DictEntry* entry = dict_entry_at(dict, e.dict_hint)) [[likely]]
            return entry->value.get();
    }
    if (keys == e.absent_keys)
        return Value();
    return attr_dict_get_slow(dict, name, e);
}

// STORE_ATTR into the instance dict `d` of an instance of `type` when the site's present
// proof does not cover d: dict_set_str, remembering where the key now is (and for which
// keys_version, when the keys decide it: dict_set_str_hinted), and the
// class's largest instance dict so far (the size new instance dicts start with). Holds
// `d` and `type` itself (the store may release an old value, which may run any code).
Status attr_dict_store_slow(Interpreter&, Type* type, DictObject* d, StrObject* name, Value value,
                            AttrCacheEntry& e);

// dict_new_presized_inline(expected) holding `key` -> `value` as its one entry, as
// dict_set_str would leave it (objects/dict_object.cpp).
Result<Own<DictObject>> dict_new_inline_first_str(Interpreter&, uint32_t expected, StrObject* key, Value value);

// The same dict for the first store of `key` on `obj`, an instance of `type` with an empty
// managed-dict slot, made in one step from a block of its size waiting in the free lists
// (gc_state.h) and put in the slot; false — nothing done — when none waits or --max-memory
// refuses the reuse. It is born taken into its instance (untracked: gc_state.h "Instance
// dicts") and takes the class's remembered keys_version for {key} (type.h). No code runs.
bool dict_new_instance_first(Interpreter&, Type* type, Object* obj, StrObject* key, Value value);

// STORE_ATTR of the first attribute of an instance of `type` (no instance dict yet): the
// generic path's dict_new and dict_set_str, as one block sized for the class (a class's
// instances usually get the same attributes); the site remembers entry 0.
Status attr_store_first(Interpreter&, Type* type, Object* obj, StrObject* name, Value value, AttrCacheEntry& e);

// The lookups below take the code object's entries (`sites`), the instruction's operand
// (`index`, the name's index in the code's names) and the name itself. LOAD_ATTR and
// LOAD_METHOD use load_attr_find<false> / load_method_find<false> (then the generic path
// when they do not answer), STORE_ATTR store_attr_cached. Each has a hit-only variant
// (…_hit) for the LOAD_FAST_ATTR + attribute instruction pair of vm/eval.cpp,
// which runs on a receiver borrowed from a local: it answers only when the code's entry
// hits (no fill, no allocation) and returns null / false on everything else, without
// side effects that matter (attr_dict_get_slow may remember a key-set proof); no code
// runs and nothing is raised in it.

// LOAD_ATTR's answer from the cache: the attribute, borrowed (from the instance dict or
// the record), or null when the cache does not answer (get_attr_interned does).
template <bool kHitOnly>
[[gnu::always_inline]] inline Value load_attr_find(Interpreter& interp, AttrSiteTable& sites, uint32_t index,
                                                   const void* ip, Value obj, StrObject* name) {
    if (obj.is_obj()) [[likely]] {
        Type* t = obj.obj()->type;
        if (t->getattr == &generic_getattr) [[likely]] {
            AttrCacheEntry* e = attr_site_find<kHitOnly>(interp, sites, index, ip, t, name);
            if (kHitOnly && e == nullptr)
                return Value();
            if (e->kind == AttrKind::Absent || e->kind == AttrKind::ClassValue) {
                Value v = attr_instance_dict_get(t, obj.obj(), name, *e);
                if (!v.is_null())
                    return v;
                if (e->kind == AttrKind::ClassValue)
                    return e->rec.result;
            }
        }
    }
    return Value();
}

// LOAD_ATTR's hit only: the attribute (borrowed: the caller takes its reference before
// any code runs), or null.
[[gnu::always_inline]] inline Value load_attr_hit(Interpreter& interp, AttrSiteTable& sites, uint32_t index,
                                                  Value obj, StrObject* name) {
    return load_attr_find<true>(interp, sites, index, nullptr, obj, name);
}

// STORE_ATTR's entry: the site's entry when the cache may store `name` on `obj` into its
// instance dict, else null (set_attr_interned does).
template <bool kHitOnly>
[[gnu::always_inline]] inline AttrCacheEntry* store_attr_site(Interpreter& interp, AttrSiteTable& sites,
                                                              uint32_t index, const void* ip, Value obj,
                                                              StrObject* name) {
    if (obj.is_obj()) [[likely]] {
        Type* t = obj.obj()->type;
        if (t->setattr == &generic_setattr && t->has_flag(kTypeManagedDict)) [[likely]] {
            // Every kind is a class attribute without __set__/__delete__ (or none): the
            // generic algorithm stores into the instance dict, made on first store.
            AttrCacheEntry* e = attr_site_find<kHitOnly>(interp, sites, index, ip, t, name);
            if ((!kHitOnly || e != nullptr) && e->kind != AttrKind::Uncached)
                return e;
        }
    }
    return nullptr;
}

// The present proof (attr_instance_dict_get): the entry of `d` a lookup of the site's name
// finds, or null when the proof does not cover d.
[[gnu::always_inline]] inline DictEntry* attr_store_entry(DictObject* d, const AttrCacheEntry& e) {
    return d->keys_version == e.present_keys ? dict_entry_at(d, e.dict_hint) : nullptr;
}

// dict_set_str's replacement of a present key's value in instance dict `d`; the old value
// is released after the dict is consistent, as the last thing done (it may run __del__,
// which may drop the dict: nothing touches it after the release, so no reference to it
// is taken).
[[gnu::always_inline]] inline void attr_store_replace(Interpreter& interp, DictObject* d, DictEntry* entry, Ref value) {
    Ref old = dict_replace_entry_value(interp, d, entry, std::move(value));
}

// STORE_ATTR (value not null): as set_attr_interned. The value moves into the instance
// dict on the replace path (`value` is left null then), so the interpreter loop's slot
// passes its reference without a count up and down.
[[gnu::always_inline]] inline Status store_attr_cached(Interpreter& interp, AttrSiteTable& sites, uint32_t index,
                                                       const void* ip, Value obj, StrObject* name, Ref& value) {
    if (AttrCacheEntry* e = store_attr_site<false>(interp, sites, index, ip, obj, name)) [[likely]] {
        Type* t = obj.obj()->type;
        if (!managed_dict(obj.obj())) // the first attribute: the dict is made holding it
            return attr_store_first(interp, t, obj.obj(), name, value, *e);
        auto* d = static_cast<DictObject*>(managed_dict(obj.obj()).obj());
        if (DictEntry* entry = attr_store_entry(d, *e)) [[likely]] {
            attr_store_replace(interp, d, entry, std::move(value));
            return {};
        }
        return attr_dict_store_slow(interp, t, d, name, value, *e);
    }
    return set_attr_interned(interp, obj, name, value);
}

// STORE_ATTR's hit only: the entry of obj's instance dict (in *dict) whose value the store
// replaces (attr_store_replace, as store_attr_cached), or null when the hit path
// does not apply (no instance dict yet, the proof does not cover it, a miss).
[[gnu::always_inline]] inline DictEntry* store_attr_hit(Interpreter& interp, AttrSiteTable& sites, uint32_t index,
                                                        Value obj, StrObject* name, DictObject** dict) {
    AttrCacheEntry* e = store_attr_site<true>(interp, sites, index, nullptr, obj, name);
    if (e == nullptr)
        return nullptr;
    Value d = managed_dict(obj.obj()).get();
    if (d.is_null())
        return nullptr;
    *dict = static_cast<DictObject*>(d.obj());
    return attr_store_entry(*dict, *e);
}

// LOAD_METHOD's answer from the cache: true with the attribute (borrowed) in *method and
// *unbound set as get_method_interned would, false when the cache does not answer.
template <bool kHitOnly>
[[gnu::always_inline]] inline bool load_method_find(Interpreter& interp, AttrSiteTable& sites, uint32_t index,
                                                    const void* ip, Value obj, StrObject* name, Value* method,
                                                    bool* unbound) {
    if (obj.is_obj()) [[likely]] {
        Type* t = obj.obj()->type;
        if (t->getattr == &generic_getattr) [[likely]] {
            AttrCacheEntry* e = attr_site_find<kHitOnly>(interp, sites, index, ip, t, name);
            if ((!kHitOnly || e != nullptr) && e->kind != AttrKind::Uncached) {
                Value v = attr_instance_dict_get(t, obj.obj(), name, *e);
                if (!v.is_null()) {
                    *method = v;
                    *unbound = false;
                    return true;
                }
                if (e->kind == AttrKind::Method || e->kind == AttrKind::ClassValue) {
                    *method = e->rec.result;
                    *unbound = e->kind == AttrKind::Method;
                    return true;
                }
            }
        }
    }
    return false;
}

// LOAD_METHOD's hit only (a super object's type has its own getattr: never a hit).
[[gnu::always_inline]] inline bool load_method_hit(Interpreter& interp, AttrSiteTable& sites, uint32_t index,
                                                   Value obj, StrObject* name, Value* method, bool* unbound) {
    return load_method_find<true>(interp, sites, index, nullptr, obj, name, method, unbound);
}

} // namespace bastion
