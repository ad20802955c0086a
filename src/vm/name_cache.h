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
// Out of line (vm/name_cache.cpp), as the other slow parts: the loop's handlers stay small.
Value name_cache_fill(NameCacheEntry& e, StrObject* name, DictObject* d1, DictObject* d2, DictObject* d3);

using GlobalCacheEntry = Interpreter::VmState::GlobalCacheEntry;

// LOAD_GLOBAL's hit test (vm_state.h GlobalCacheEntry): the cached value of `name` in
// (globals, builtins), borrowed, while both dicts are at the versions it was read at;
// null otherwise. Reads no dict entry: the proof is the two versions.
[[gnu::always_inline]] inline Value global_cache_get(const GlobalCacheEntry& g, StrObject* name, DictObject* globals,
                                                     DictObject* builtins) {
    bool hit = g.name == name && g.globals == globals && g.builtins == builtins &&
               g.globals_version == globals->version && g.builtins_version == builtins->version;
    return hit ? g.value : Value();
}

// LOAD_GLOBAL's miss (name_cache.cpp, out of line): the lookup through the name cache of
// `ip` (exact dicts: the caller checked), then g refilled when the dicts' versions can
// vouch. Null when the name is in neither dict (the caller raises NameError).
[[gnu::noinline]] Value global_cache_refill(Interpreter& interp, GlobalCacheEntry& g, const uint32_t* ip,
                                            StrObject* name, DictObject* globals, DictObject* builtins);

Status name_cache_store_slow(Interpreter& interp, NameCacheEntry& e, DictObject* d, StrObject* name, Value value);

// STORE_NAME / STORE_GLOBAL into dict `d`: replaces the value at the remembered entry, else
// dict_set_str (and remembers where the name now is).
inline Status name_cache_store(Interpreter& interp, NameCacheEntry& e, DictObject* d, StrObject* name, Ref value) {
    if (e.name == name && e.where == 1) {
        if (DictEntry* x = dict_entry_for(d, name, e.hint)) {
            Ref old = dict_replace_entry_value(interp, d, x, std::move(value));
            return {}; // old is released now, with the dict consistent
        }
    }
    return name_cache_store_slow(interp, e, d, name, value);
}

// The float `v` (the left operand of a BINARY_OP whose result the next instruction, at
// `store_ip`, stores with STORE_NAME / STORE_GLOBAL) is what that store will overwrite, per
// its cache entry: then the dict's entry and the operand are v's two references, and
// BINARY_OP may update v in place. Reads the instruction at store_ip.
[[gnu::cold]] bool name_store_replaces(Interpreter& interp, Frame* f, const uint32_t* store_ip, Value v);

} // namespace bastion
