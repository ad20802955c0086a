// stack_guard.h: measuring the native (C) stack, so deep native recursion (repr, ==, hash,
// parser, compiler, marshal) raises RecursionError instead of overflowing. Pure; the
// Interpreter keeps the limit it computed (vm/interpreter.h native_stack_exhausted()).
#pragma once

#include <cstdint>

namespace bastion {

// [low, high) of the calling thread's stack; both 0 when the platform cannot say.
struct StackBounds {
    uintptr_t low = 0;
    uintptr_t high = 0;
};
StackBounds current_thread_stack_bounds();

// An address inside the caller's frame (stacks grow down on every supported platform).
[[gnu::always_inline]] inline uintptr_t current_stack_address() {
    return reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
}

// Never let native code come closer than this to the end of the stack: the guard is
// checked at function entry, and one unchecked native call chain (a C library routine,
// a signal handler, ASan's bookkeeping) must still fit below the limit.
inline constexpr uint64_t kStackSafetyMargin = 128 * 1024;

// The lowest stack address native code may reach, measured from `start` (the stack
// address when the interpreter was created): start - budget, where budget is
// `native_bytes` when nonzero, else 3/4 of the thread's stack; clamped so at least
// min(kStackSafetyMargin, size/4) remains below it. Unknown bounds: 1 MiB budget.
uintptr_t compute_stack_limit(uintptr_t start, StackBounds bounds, uint64_t native_bytes);

} // namespace bastion
