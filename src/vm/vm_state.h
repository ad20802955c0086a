// vm_state.h: Interpreter::VmState, the execution state private to vm/: the frame stack,
// the chain of handled exceptions (sys.exc_info), the re-entry depth of the loop, the
// repr recursion guard, the registered source texts (for tracebacks) and import state.
// Not for: anything a host or another component configures (that is in Interpreter).
#pragma once

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/frame.h"
#include "vm/interpreter.h"

namespace bastion {

struct Interpreter::VmState {
    FrameStack frame_stack;
    Frame* current = nullptr; // innermost running frame

    // Handled exceptions, CPython 3.11's linked exc_info chain (_PyErr_StackItem):
    // `exc_info` is the innermost entry; `thread_exc` belongs to the thread and ends the
    // chain. Each generator owns an entry (GeneratorObject::exc_state) that resuming links
    // in front of the chain and suspending unlinks — exactly when its frame is linked into
    // and out of `current`, so an entry is linked only while the object holding it is
    // running (alive: its resumer holds it). PUSH_EXC_INFO / POP_EXCEPT work on the
    // innermost entry; sys.exc_info() is the first non-null one along the chain.
    ExcStackItem thread_exc;
    ExcStackItem* exc_info = &thread_exc; // never null

    uint32_t run_depth = 0; // nested run_frame invocations (native re-entries + 1)

    // The name caches of LOAD_NAME, STORE_NAME and LOAD_GLOBAL (eval.cpp), one entry per
    // instruction address (hashed; a collision only costs a lookup). Nothing borrowed is
    // read through an entry without proof:
    // - `hint` is the entry number where `name` was last found or stored, in the dict the
    //   hit came from (`where`); it is used only through dict_entry_for, whose bounds and
    //   key-identity test proves the entry is the name's (objects/dict_table.h), and the
    //   value is read from the dict there and then.
    // - a name found in a later namespace (globals, builtins) must still be absent from the
    //   earlier ones: each is remembered as (dict, keys_version). keys_version names a
    //   key set (objects/dict_object.h: equal numbers, the same keys, whichever dicts
    //   hold them) and moves with every change of it; 0 (the empty set) is not cached. So
    //   the same dict at the same keys_version holds the same keys — even when a freed
    //   dict's address was reused. `name` is interned (alive until teardown, so its
    //   address is never another name's).
    struct NameCacheEntry {
        StrObject* name = nullptr;
        int64_t hint = -1;
        uint8_t where = 0; // 0: nothing cached, 1: the first namespace, 2: the second, 3: the third
        DictObject* absent[2] = {nullptr, nullptr};
        uint64_t absent_keys[2] = {0, 0};
    };
    static constexpr std::size_t kNameCacheEntries = 1024; // power of two
    // Key-set transitions (objects/dict_object.cpp next_keys_version; kept here, with the
    // caches whose proofs rest on keys_version): the keys_version minted for "an interned
    // str `key` appended to a dict at keys_version `from`", so dicts that gain the same
    // names in the same order (the instance dicts of one class) share keys_version
    // values. Direct-mapped, allocated on first use; an evicted transition only means that
    // the next dict taking it gets a fresh value.
    struct KeysTransition {
        uint64_t from = 0;
        const void* key = nullptr; // an interned str (alive until teardown; cleared then)
        uint64_t to = 0;           // 0: empty
    };
    static constexpr std::size_t kKeysTransitions = 1024; // power of two
    std::vector<KeysTransition> keys_transitions;
    std::vector<NameCacheEntry> name_cache;
    NameCacheEntry& name_cache_entry(const uint32_t* ip) {
        if (name_cache.empty()) [[unlikely]]
            name_cache.resize(kNameCacheEntries);
        return name_cache[(reinterpret_cast<uintptr_t>(ip) >> 2) & (kNameCacheEntries - 1)];
    }

    // LOAD_GLOBAL's cache (eval.cpp, vm/name_cache.h), one entry per instruction address
    // (direct-mapped by address, no hash; a collision only costs a refill): the value a
    // full lookup of `name` in (globals, builtins) returned, borrowed, proved on each hit
    // by both dicts' `version` (CPython 3.11's LOAD_GLOBAL_MODULE / _BUILTIN, with the
    // value itself cached). `version` is fresh and interpreter-unique on every mutation
    // of a dict and 0 for a dict never mutated (not cached), so the same dict at the same
    // version holds the same keys and values — even when a freed dict's address was
    // reused — and the value is alive, held by that dict. Filled only from exact dicts
    // and interned names (alive until teardown, never another name's address). A version
    // miss (a global rebound in a loop) refills from the name cache's keys_version proof,
    // not a full lookup.
    struct GlobalCacheEntry {
        StrObject* name = nullptr; // null: empty
        DictObject* globals = nullptr;
        DictObject* builtins = nullptr;
        uint64_t globals_version = 0;
        uint64_t builtins_version = 0;
        Value value;
    };
    static constexpr std::size_t kGlobalCacheEntries = 1024; // power of two
    std::array<GlobalCacheEntry, kGlobalCacheEntries> global_cache{};
    GlobalCacheEntry& global_cache_entry(const uint32_t* ip) {
        return global_cache[(reinterpret_cast<uintptr_t>(ip) >> 2) & (kGlobalCacheEntries - 1)];
    }

    // Objects whose repr is being computed (containers use it to print [...]).
    std::vector<Object*> repr_stack;

    // Source texts by filename, registered by run_source (tracebacks print lines from it).
    std::unordered_map<std::string, std::string> sources;

    // Import: the main script's folder (searched after sys.path entries), and the names
    // of modules whose body is running (a circular import sees the partial module).
    std::string main_dir;
    std::vector<std::string> importing;
};

// The handled exception sys.exc_info() reports (borrowed; null when none).
Value current_handled_exception(Interpreter&);

} // namespace bastion
