// vm_state.h: Interpreter::VmState, the execution state private to vm/: the frame stack,
// the chain of handled exceptions (sys.exc_info), the re-entry depth of the loop, the
// repr recursion guard, the registered source texts (for tracebacks) and import state.
// Not for: anything a host or another component configures (that is in Interpreter).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "vm/frame.h"
#include "vm/interpreter.h"

namespace bastion {

struct Interpreter::VmState {
    FrameStack frame_stack;
    Frame* current = nullptr; // innermost running frame

    // Handled exceptions, CPython's exc_info chain: entry 0 belongs to the thread; a
    // running generator pushes its own entry while it runs. PUSH_EXC_INFO / POP_EXCEPT
    // work on the last entry; sys.exc_info() is the last non-null one. Null = None.
    std::vector<Ref> exc_info = std::vector<Ref>(1);

    uint32_t run_depth = 0; // nested run_frame invocations (native re-entries + 1)

    // LOAD_GLOBAL's cache (eval.cpp), keyed by instruction address: a hit needs the same
    // globals and builtins dicts at the same (interpreter-unique) versions, which proves
    // both still hold exactly what they held, so `value` is what a lookup would return
    // and is alive. Allocated on first use.
    struct GlobalCacheEntry {
        const uint32_t* ip = nullptr;
        StrObject* name = nullptr; // interned: code at a reused address may load another name
        DictObject* globals = nullptr;
        DictObject* builtins = nullptr;
        uint64_t globals_version = 0;
        uint64_t builtins_version = 0;
        Value value;
    };
    static constexpr std::size_t kGlobalCacheEntries = 512; // power of two
    std::vector<GlobalCacheEntry> global_cache;

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
