// name_cache.cpp: the out-of-line parts of the name caches (vm/name_cache.h): the full
// lookup that fills an entry, LOAD_GLOBAL's refill of its versioned value cache, the store that records where a name went, and the test that
// lets BINARY_OP update a float in place before STORE_NAME / STORE_GLOBAL.
#include "vm/name_cache.h"

#include "vm/code_object.h"
#include "vm/frame.h"

namespace bastion {

Value name_cache_fill(NameCacheEntry& e, StrObject* name, DictObject* d1, DictObject* d2, DictObject* d3) {
    e.where = 0;
    e.name = name;
    DictObject* dicts[3] = {d1, d2, d3};
    bool keys_decide[3] = {false, false, false};
    for (int i = 0; i < 3 && dicts[i] != nullptr; i++) {
        int64_t ix = dict_find_str_decided(dicts[i], name, &keys_decide[i]);
        if (ix >= 0) {
            // A found name is served from its entry only when the keys alone decide that
            // entry: a str-subclass key with the name's hash elsewhere in the probe
            // sequence could start to compare equal (its class's __eq__ changed) and would
            // then be what a lookup finds.
            e.where = keys_decide[i] ? static_cast<uint8_t>(i + 1) : 0;
            e.hint = ix;
            Value v = dicts[i]->table->entries()[ix].value.get();
            // An absence proof needs an interned name, dicts whose keys_version vouches and
            // absences their keys alone decide (no str-subclass key with the name's hash,
            // whose class's __eq__ could change).
            for (int j = 0; j < i; j++) {
                if (!name->interned || dicts[j]->keys_version == 0 || !keys_decide[j])
                    e.where = 0;
                e.absent[j] = dicts[j];
                e.absent_keys[j] = dicts[j]->keys_version;
            }
            return v;
        }
    }
    return Value();
}

Value global_cache_refill(Interpreter& interp, GlobalCacheEntry& g, const uint32_t* ip, StrObject* name,
                          DictObject* globals, DictObject* builtins) {
    NameCacheEntry& e = interp.vm().name_cache_entry(ip);
    Value v = name_cache_get(e, name, globals, builtins, nullptr);
    if (v.is_null())
        v = name_cache_fill(e, name, globals, builtins, nullptr);
    // No user code ran above: the versions read now are those the value was found at.
    // Only when the name cache vouches (e.where): a name found in builtins past a
    // str-subclass key with its hash in globals is not cached, as that key's class's
    // __eq__ can change with no change to either dict's version.
    if (!v.is_null() && e.where != 0 && name->interned && globals->version != 0 && builtins->version != 0) {
        g.name = name;
        g.globals = globals;
        g.builtins = builtins;
        g.globals_version = globals->version;
        g.builtins_version = builtins->version;
        g.value = v;
    } else {
        g.name = nullptr;
    }
    return v;
}

Status name_cache_store_slow(Interpreter& interp, NameCacheEntry& e, DictObject* d, StrObject* name, Value value) {
    int64_t hint = -1;
    e.where = 0;
    BASTION_TRY(dict_set_str_hinted(interp, d, name, value, &hint));
    // Filled after the store: a replaced value's __del__ may have used this entry meanwhile.
    e.name = name;
    e.where = hint >= 0 ? 1 : 0;
    e.hint = hint;
    return {};
}

bool name_store_replaces(Interpreter& interp, Frame* f, const uint32_t* store_ip, Value v) {
    auto& cache = interp.vm().name_cache;
    uint32_t store = *store_ip;
    bc::Op op = static_cast<bc::Op>(store & 0xFF);
    DictObject* d = op == bc::Op::STORE_NAME     ? exact_dict_or_null(interp, f->locals())
                    : op == bc::Op::STORE_GLOBAL ? static_cast<DictObject*>(f->globals.obj())
                                                 : nullptr;
    if (d == nullptr || cache.empty())
        return false;
    // The store's own entry: it looks itself up by the address after it (eval.cpp's ip).
    const NameCacheEntry& e =
        cache[(reinterpret_cast<uintptr_t>(store_ip + 1) >> 2) & (Interpreter::VmState::kNameCacheEntries - 1)];
    StrObject* name = f->code->name_at(store >> 8);
    if (e.name != name || e.where != 1)
        return false;
    DictEntry* x = dict_entry_for(d, name, e.hint);
    return x != nullptr && x->value.get().is(v);
}

} // namespace bastion
