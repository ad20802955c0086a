// attr_cache.cpp: filling the per-instruction attribute cache (objects/attr_cache.h):
// the kind of what type_lookup finds, recorded with the lookup's validation record.
#include "objects/attr_cache.h"
#include "objects/core_internal.h"
#include "support/checked.h"

#include <algorithm>
#include <memory>
#include <new>
#include <cstdint>
#include <utility>

namespace bastion {

namespace {

// Only kinds whose generic behaviour is fixed by the record: the descriptor's type must
// be static (its slots never change, and no instance of it can change type).
AttrKind classify(Interpreter& interp, Value descr) {
    if (descr.is_null())
        return AttrKind::Absent;
    Type* dt = type_of(interp, descr);
    if (dt == interp.types.function || dt == interp.types.method_descriptor || dt == interp.types.wrapper_descriptor)
        return AttrKind::Method;
    if (!dt->has_flag(kTypeHeap) && dt->descr_get == nullptr && dt->descr_set == nullptr)
        return AttrKind::ClassValue;
    return AttrKind::Uncached;
}

} // namespace

AttrKind attr_cache_fill(Interpreter& interp, AttrCacheEntry& e, Type* type, StrObject* name) {
    const LookupRecord* rec = nullptr;
    Value descr = type_lookup_recorded(type, name, &rec);
    e.name = name;
    if (rec == nullptr) {
        // Not recordable (a class without a dict or with a custom MRO on the MRO): an
        // entry that sends this type to the generic path while its stamp and MRO stay,
        // so the site does not look up twice on every execution.
        e.rec.type = type;
        e.rec.stamp = type->stamp;
        e.rec.mro = type->mro.get().bits();
        e.rec.result = Value();
        e.kind = AttrKind::Uncached;
        return e.kind;
    }
    e.rec = *rec;
    e.kind = classify(interp, descr);
    return e.kind;
}

namespace {

// attr_cache_lookup_second when neither way holds a valid record for the key: refills the
// way that holds the key (stale), else moves the first way to the second and refills the
// first. Out of line, so the second-way hit above needs no saved registers.
[[gnu::noinline]] AttrCacheEntry& attr_cache_refill(Interpreter& interp, AttrCacheEntry& first,
                                                    AttrCacheEntry& second, Type* type, StrObject* name) {
    if (second.name == name && second.rec.type == type) {
        // The second way holds this key with a stale record: refill it in place.
        attr_cache_fill(interp, second, type, name);
        return second;
    }
    if (first.name == name && first.rec.type == type) {
        // The first way holds this key with a stale record: refill it in place.
        attr_cache_fill(interp, first, type, name);
        return first;
    }
    // A new key: the first way's entry (most recently filled) moves to the second.
    if (first.name != nullptr)
        second = first;
    first.dict_hint = -1;
    first.present_keys = 0; // proves presence nowhere
    first.absent_keys = 0;  // proves absence only from dicts that never held a key
    attr_cache_fill(interp, first, type, name);
    return first;
}

} // namespace

AttrCacheEntry& attr_cache_lookup_second(Interpreter& interp, AttrCacheEntry& first, const void* ip, Type* type,
                                         StrObject* name) {
    auto& table = interp.type_cache.attr_entries;
    std::size_t i = static_cast<std::size_t>(&first - table.data());
    BASTION_CHECK(i + 1 < table.size() && (i & 1) == 0);
    AttrCacheEntry& second = table[i + 1];
    // A polymorphic site's other type often shares the pair: the second way's hit first.
    if (second.name == name && lookup_record_valid(interp, second.rec, type)) [[likely]]
        return second;
    return attr_cache_refill(interp, first, second, type, name);
}

void attr_sites_forget_all(Interpreter& interp) {
    // Every record went at once (a built-in type's dict written, or teardown began): no
    // code runs here, so the list stays as it is while it is walked.
    for (AttrSiteTable* t = interp.type_cache.sites; t != nullptr; t = t->next) {
        for (uint32_t i = 0; i < t->count; ++i)
            t->entries[i] = AttrCacheEntry{};
        if (t->more != nullptr)
            for (uint64_t i = 0; i < uint64_t{t->count} * AttrSiteTable::kExtraWays; ++i)
                t->more[i] = AttrCacheEntry{};
    }
}

AttrSiteTable::~AttrSiteTable() {
    if (raw != nullptr) {
        // Off the interpreter's list (alive: objects die in its destructor's body).
        (prev != nullptr ? prev->next : interp->type_cache.sites) = next;
        if (next != nullptr)
            next->prev = prev;
        interp->deallocate(raw, raw_bytes);
    }
    if (more_raw != nullptr)
        interp->deallocate(more_raw, more_raw_bytes);
}

namespace {

// `n` empty entries from the interpreter's accounted memory, 64-byte aligned (one entry
// per cache line); null when the size overflows or the memory limit refuses.
AttrCacheEntry* attr_entries_allocate(Interpreter& interp, uint64_t n, void** raw_out, std::size_t* raw_bytes_out) {
    constexpr std::size_t kAlign = alignof(AttrCacheEntry);
    auto bytes = checked_mul<uint64_t>(n, sizeof(AttrCacheEntry));
    if (!bytes || *bytes > SIZE_MAX - (kAlign - 1))
        return nullptr;
    std::size_t raw_bytes = static_cast<std::size_t>(*bytes) + (kAlign - 1);
    void* raw = interp.allocate(raw_bytes);
    if (raw == nullptr)
        return nullptr;
    void* aligned = raw;
    std::size_t space = raw_bytes;
    BASTION_CHECK(std::align(kAlign, static_cast<std::size_t>(*bytes), aligned, space) != nullptr);
    auto* entries = static_cast<AttrCacheEntry*>(aligned);
    for (uint64_t i = 0; i < n; ++i)
        ::new (static_cast<void*>(entries + i)) AttrCacheEntry{};
    *raw_out = raw;
    *raw_bytes_out = raw_bytes;
    return entries;
}

// The entry for `type` among `ways` entries of one name: the one holding it (refilled
// when its record is stale), else an empty one, filled; null when all hold other types.
AttrCacheEntry* attr_ways_find(Interpreter& interp, AttrCacheEntry* ways, uint32_t n, Type* type, StrObject* name) {
    for (uint32_t w = 0; w < n; ++w) {
        AttrCacheEntry& e = ways[w];
        BASTION_CHECK(e.name == nullptr || e.name == name); // the code's name `index`, always
        if (e.rec.type == type) {
            // This type (a type at the address of a freed one included: its stamp differs).
            // The dict hint and the absence proof stay — they are about the name in
            // instance dicts (a key-set number names the same keys whatever the type),
            // and the hint is checked before use.
            if (!(e.rec.stamp == type->stamp && e.rec.mro == type->mro.get().bits()))
                attr_cache_fill(interp, e, type, name);
            return &e;
        }
        if (e.rec.type == nullptr) {
            attr_cache_fill(interp, e, type, name);
            return &e;
        }
        // Another type (valid or not: a stale one's may be freed, so it is never
        // dereferenced).
    }
    return nullptr;
}

} // namespace

namespace {

// attr_site_miss when no other way holds a valid record for the type: allocation (and
// the interpreter's list of tables), refills, the global table. Out of line, so the other ways' hit needs no saved
// registers.
[[gnu::noinline]] AttrCacheEntry& attr_site_refill(Interpreter& interp, AttrSiteTable& sites, uint32_t index,
                                                   const void* ip, Type* type, StrObject* name) {
    if (sites.count == 0 && index < sites.wanted && sites.raw == nullptr) {
        sites.entries = attr_entries_allocate(interp, sites.wanted, &sites.raw, &sites.raw_bytes);
        if (sites.entries != nullptr) {
            sites.interp = &interp;
            sites.count = sites.wanted;
            // On the list attr_sites_forget_all empties (type_cache.h TypeCache::sites).
            sites.prev = nullptr;
            sites.next = interp.type_cache.sites;
            if (sites.next != nullptr)
                sites.next->prev = &sites;
            interp.type_cache.sites = &sites;
        }
    }
    if (index >= sites.count)
        return attr_cache_lookup(interp, ip, type, name);
    if (AttrCacheEntry* e = attr_ways_find(interp, &sites.entries[index], 1, type, name))
        return *e;
    // The first way holds another type: this name is used on several types.
    if (sites.more == nullptr) {
        sites.more = attr_entries_allocate(interp, uint64_t{sites.count} * AttrSiteTable::kExtraWays, &sites.more_raw,
                                           &sites.more_raw_bytes);
        if (sites.more == nullptr)
            return attr_cache_lookup(interp, ip, type, name);
    }
    uint64_t first = uint64_t{index} * AttrSiteTable::kExtraWays;
    BASTION_CHECK(first + AttrSiteTable::kExtraWays <= uint64_t{sites.count} * AttrSiteTable::kExtraWays);
    if (AttrCacheEntry* e = attr_ways_find(interp, &sites.more[first], AttrSiteTable::kExtraWays, type, name))
        return *e;
    return attr_cache_lookup(interp, ip, type, name);
}

} // namespace

AttrCacheEntry& attr_site_miss(Interpreter& interp, AttrSiteTable& sites, uint32_t index, const void* ip, Type* type,
                               StrObject* name) {
    // A name used on several types: the other ways' hit first (index < count bounds them).
    if (index < sites.count && sites.more != nullptr) [[likely]] {
        AttrCacheEntry* ways = &sites.more[std::size_t{index} * AttrSiteTable::kExtraWays];
        for (uint32_t w = 0; w < AttrSiteTable::kExtraWays; ++w)
            if (ways[w].rec.stamp == type->stamp) // attr_site_lookup: the stamp names the type and its MRO
                return ways[w];
    }
    return attr_site_refill(interp, sites, index, ip, type, name);
}

Value attr_dict_get_slow(DictObject* d, StrObject* name, AttrCacheEntry& e) {
    // A method looked up through an instance is usually absent from its dict: when the
    // first index slot the name's hash probes is empty, dict_find_str would stop there.
    // What the key set and entry order alone decide is remembered against d's keys_version
    // (the next lookup through a dict with that keys_version skips this, attr_cache.h):
    // an absence in absent_keys, a presence in present_keys with its entry number.
    DictObject::Table* t = d->table;
    if (t == nullptr) {
        e.absent_keys = d->keys_version;
        return Value();
    }
    if (name->hash != -1 && t->index(static_cast<uint64_t>(name->hash) & static_cast<uint64_t>(t->size - 1)) == -1) {
        // An empty first slot: absent whatever the keys' classes compare as.
        e.absent_keys = d->keys_version;
        return Value();
    }
    bool keys_decide = false;
    int64_t ix = dict_find_str_decided(d, name, &keys_decide);
    if (ix < 0) {
        if (keys_decide)
            e.absent_keys = d->keys_version;
        return Value();
    }
    if (ix <= INT32_MAX) {
        e.dict_hint = static_cast<int32_t>(ix);
        e.present_keys = keys_decide ? d->keys_version : 0;
    }
    return dict_value_at(d, ix);
}

Status attr_dict_store_slow(Interpreter& interp, Type* type, DictObject* d, StrObject* name, Value value,
                            AttrCacheEntry& e) {
    // The store may release an old value whose __del__ reassigns the instance's
    // __class__, dropping the last reference to `type`: hold it.
    Ref keep_type = Ref::borrow(Value(static_cast<Object*>(type)));
    Ref keep_dict = Ref::borrow(Value(static_cast<Object*>(d)));
    int64_t hint = -1;
    uint64_t hint_keys = 0;
    BASTION_TRY(dict_set_str_hinted(interp, d, name, value, &hint, &hint_keys));
    // hint_keys was read before any release: a fact about that key-set number, whatever
    // the released value's __del__ did to the dict since (a change moves its number on).
    if (hint >= 0 && hint <= INT32_MAX) {
        e.dict_hint = static_cast<int32_t>(hint);
        e.present_keys = hint_keys;
    }
    if (d->used > static_cast<int64_t>(type->instance_dict_keys))
        type->instance_dict_keys = static_cast<uint32_t>(std::min<int64_t>(d->used, 64));
    return {};
}

namespace {

// attr_store_first when no block of the dict's size waits in the free lists (or the limit
// refuses its reuse): the general allocation, which may collect. Out of line, so the
// common path below saves no registers for its handles.
[[gnu::noinline]] Status attr_store_first_allocating(Interpreter& interp, Type* type, Object* obj, StrObject* name,
                                                     Value value, AttrCacheEntry& e) {
    // The allocation may run a collection, and finalizers with it: one may reassign the
    // instance's __class__ (hold `type`) or give it a dict, which is replaced as the
    // generic path's dict_new replaces it.
    Ref keep_type = Ref::borrow(Value(static_cast<Object*>(type)));
    BASTION_TRY_ASSIGN(Own<DictObject> fresh, dict_new_inline_first_str(interp, type->instance_dict_keys, name, value));
    Ref old = std::exchange(managed_dict(obj), Ref(std::move(fresh)));
    if (type->instance_dict_keys == 0)
        type->instance_dict_keys = 1;
    return {};
}

} // namespace

Status attr_store_first(Interpreter& interp, Type* type, Object* obj, StrObject* name, Value value,
                        AttrCacheEntry& e) {
    if (!dict_new_instance_first(interp, type, obj, name, value)) [[unlikely]]
        return attr_store_first_allocating(interp, type, obj, name, value, e);
    // No code ran (no allocation from the heap, no collection). The site's present proof
    // is left as it is: a first store's site usually meets only new instances (and the
    // next lookup through a dict of this key set records one).
    if (type->instance_dict_keys == 0)
        type->instance_dict_keys = 1;
    return {};
}

} // namespace bastion
