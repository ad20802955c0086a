// name_cache.h: the lookups behind LOAD_NAME, STORE_NAME, LOAD_GLOBAL and STORE_GLOBAL in
// the interpreter loop (vm/eval.cpp), through Interpreter::VmState::name_cache: a name is
// read from the dict entry where it was last found (proved by objects/dict_table.h's
// dict_entry_for), and a name found in a later namespace is served only while the earlier
// namespaces provably still lack it (same dict, same keys_version). The results are those
// of load_name / dict_get_str (eval_slow.cpp): a hit returns the value a full lookup would.
// Only exact dicts are read here; other mappings (exec with a mapping or a dict subclass
// as locals, a class body under a custom __prepare__) take load_name / store_name.
#pragma once

#include "objects/dict_table.h"
#include "vm/vm_state.h"

namespace bastion {

using NameCacheEntry = Interpreter::VmState::NameCacheEntry;

// The dict itself when `v` is an exact dict (CPython's PyDict_CheckExact), else null.
inline DictObject* exact_dict_or_null(Interpreter& interp, Value v) {
    return v.is_obj() && v.obj()->type == interp.types.dict ? static_cast<DictObject*>(v.obj()) : nullptr;
}

// Slot i of e's absence proof still holds for `d`: the same dict, its keys unchanged.
inline bool name_still_absent(const NameCacheEntry& e, int i, DictObject* d) {
    return e.absent[i] == d && d->keys_version == e.absent_keys[i];
}

// Value of `name` in namespace `where` of e (1: d1, 2: d2, 3: d3), borrowed; null when the
// entry cannot answer (then the caller does the full lookup).
inline Value name_cache_get(const NameCacheEntry& e, StrObject* name, DictObject* d1, DictObject* d2,
                            DictObject* d3) {
    if (e.name != name)
        return Value();
    DictObject* d = nullptr;
    switch (e.where) {
    case 1:
        d = d1;
        break;
    case 2:
        if (!name_still_absent(e, 0, d1))
            return Value();
        d = d2;
        break;
    case 3:
        if (!name_still_absent(e, 0, d1) || !name_still_absent(e, 1, d2))
            return Value();
        d = d3;
        break;
    default:
        return Value();
    }
    DictEntry* x = dict_entry_for(d, name, e.hint);
    return x ? x->value.get() : Value();
}

// The full lookup of `name` in d1, then d2, then d3 (d3 null: only two namespaces), as
// load_name does for exact dicts; fills e for the next time. Null when absent everywhere.
inline Value name_cache_fill(NameCacheEntry& e, StrObject* name, DictObject* d1, DictObject* d2, DictObject* d3) {
    e.where = 0;
    e.name = name;
    DictObject* dicts[3] = {d1, d2, d3};
    for (int i = 0; i < 3 && dicts[i] != nullptr; i++) {
        int64_t ix = dict_find_str(dicts[i], name);
        if (ix >= 0) {
            e.where = static_cast<uint8_t>(i + 1);
            e.hint = ix;
            Value v = dicts[i]->table->entries()[ix].value.get();
            // An absence proof needs an interned name and dicts whose keys_version vouches.
            for (int j = 0; j < i; j++) {
                if (!name->interned || dicts[j]->keys_version == 0)
                    e.where = 0;
                e.absent[j] = dicts[j];
                e.absent_keys[j] = dicts[j]->keys_version;
            }
            return v;
        }
    }
    return Value();
}

// STORE_NAME / STORE_GLOBAL into dict `d`: replaces the value at the remembered entry, else
// dict_set_str (and remembers where the name now is).
inline Status name_cache_store(Interpreter& interp, NameCacheEntry& e, DictObject* d, StrObject* name, Ref value) {
    if (e.name == name && e.where == 1) {
        if (DictEntry* x = dict_entry_for(d, name, e.hint)) {
            Ref old = dict_replace_entry_value(interp, d, x, std::move(value));
            return {}; // old is released now, with the dict consistent
        }
    }
    int64_t hint = -1;
    e.name = name;
    e.where = 0;
    BASTION_TRY(dict_set_str_hinted(interp, d, name, value, &hint));
    if (hint >= 0) {
        e.where = 1;
        e.hint = hint;
    }
    return {};
}

// The float `v` is what STORE_NAME / STORE_GLOBAL at `store_ip` (the instruction about to
// run) will overwrite in dict `d`, per that instruction's cache entry: then the dict's
// entry and the operand are v's two references, and BINARY_OP may update v in place.
inline bool name_store_replaces(Interpreter& interp, DictObject* d, StrObject* name, const uint32_t* store_ip, Value v) {
    auto& cache = interp.vm().name_cache;
    if (d == nullptr || cache.empty())
        return false;
    const NameCacheEntry& e =
        cache[(reinterpret_cast<uintptr_t>(store_ip + 1) >> 2) & (Interpreter::VmState::kNameCacheEntries - 1)];
    if (e.name != name || e.where != 1)
        return false;
    DictEntry* x = dict_entry_for(d, name, e.hint);
    return x != nullptr && x->value.get().is(v);
}

} // namespace bastion
