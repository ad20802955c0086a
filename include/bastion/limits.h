// limits.h: the hard limits a host sets per interpreter (public embedding API).
// Exceeding memory raises MemoryError, steps raise StepLimitExceeded, recursion raises
// RecursionError; the interpreter stays usable after each.
#pragma once

#include <cstdint>

namespace bastion {

struct Limits {
    uint64_t max_memory_bytes = 0;    // 0: no limit beyond the machine's
    uint64_t max_steps = 0;           // bytecode instructions; 0: unlimited
    uint32_t recursion_limit = 1000;  // Python frames (sys.setrecursionlimit changes it)
    uint64_t native_stack_bytes = 0;  // C stack the interpreter may use; 0: 3/4 of the thread's stack
};

} // namespace bastion
